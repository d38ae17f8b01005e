/** Pieces every PPTX slide shares: the title band, the footer, tables. */
import type PptxGenJS from 'pptxgenjs';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { Deck, SlideData } from '@/lib/deck/types';
import { STATUS_ICONS, STATUS_LABELS, type StatusKey } from '@/lib/format';
import { COLORS, FONT_FACE, SLIDE, STATUS_COLORS, TEXT } from './theme';

export interface RenderContext {
  deck: Deck;
}

/** Title (and an optional line under it) at the top of a content slide. */
export function addHeader(slide: PptxGenJS.Slide, title: string, subtitle?: string): void {
  slide.addText(title, {
    ...TEXT,
    x: SLIDE.margin,
    y: 0.3,
    w: SLIDE.w - 2 * SLIDE.margin,
    h: 0.75,
    fontSize: 28,
    bold: true,
    color: COLORS.brand,
    valign: 'middle',
  });
  if (subtitle)
    slide.addText(subtitle, {
      ...TEXT,
      x: SLIDE.margin,
      y: 1.05,
      w: SLIDE.w - 2 * SLIDE.margin,
      h: 0.4,
      fontSize: 14,
      color: COLORS.muted,
      valign: 'middle',
    });
  slide.addShape('line', { x: SLIDE.margin, y: 1.5, w: SLIDE.w - 2 * SLIDE.margin, h: 0, line: { color: COLORS.rule, width: 1 } });
}

/** Meeting title, the 演示数据 mark when it applies, and "n / N". */
export function addFooter(slide: PptxGenJS.Slide, data: SlideData, ctx: RenderContext): void {
  const left = [ctx.deck.demo ? `【${DECK_TEXT.demo}】` : '', ctx.deck.title, ctx.deck.dateLabel].filter(Boolean).join('  ');
  slide.addText(left, { ...TEXT, x: SLIDE.margin, y: 7.05, w: 9, h: 0.3, fontSize: 10, color: COLORS.muted });
  slide.addText(DECK_TEXT.slideNumber(data.number, ctx.deck.slides.length), {
    ...TEXT,
    x: SLIDE.w - SLIDE.margin - 2,
    y: 7.05,
    w: 2,
    h: 0.3,
    fontSize: 10,
    color: COLORS.muted,
    align: 'right',
  });
}

/** A section heading inside a slide. */
export function addHeading(slide: PptxGenJS.Slide, text: string, x: number, y: number, w: number): void {
  slide.addText(text, { ...TEXT, x, y, w, h: 0.35, fontSize: 15, bold: true, color: COLORS.brand });
}

export type Cell = string | { text: string; color?: string; bold?: boolean };

/** A native table: a shaded header row, then the rows; cells may carry a colour (status words). */
export function addTable(
  slide: PptxGenJS.Slide,
  header: string[],
  rows: Cell[][],
  pos: { x: number; y: number; w: number; colW: number[]; fontSize?: number },
): void {
  const fontSize = pos.fontSize ?? 12;
  const cell = (c: Cell, head = false): PptxGenJS.TableCell => {
    const t = typeof c === 'string' ? { text: c } : c;
    return {
      text: t.text,
      options: { bold: head || t.bold, color: t.color ?? COLORS.text, fill: head ? { color: COLORS.headerFill } : undefined },
    };
  };
  slide.addTable([header.map((h) => cell(h, true)), ...rows.map((r) => r.map((c) => cell(c)))], {
    x: pos.x,
    y: pos.y,
    w: pos.w,
    colW: pos.colW,
    fontFace: FONT_FACE,
    fontSize,
    lang: 'zh-CN',
    color: COLORS.text,
    border: { type: 'solid', pt: 0.75, color: COLORS.rule },
    margin: 0.04,
    valign: 'middle',
    autoPage: false,
  } as PptxGenJS.TableProps);
}

/** "另有N项…" under a cut list, or nothing. */
export function addMore(slide: PptxGenJS.Slide, more: number, what: string, x: number, y: number, w: number): void {
  if (more > 0) slide.addText(DECK_TEXT.more(more, what), { ...TEXT, x, y, w, h: 0.3, fontSize: 11, color: COLORS.muted });
}

/** A status in its colour with its icon and word (never colour alone). */
export function statusCell(status: StatusKey): Cell {
  return { text: `${STATUS_ICONS[status]}${STATUS_LABELS[status]}`, color: STATUS_COLORS[status] };
}

/** A group's status, or "按状态计数" when it has nothing to average. */
export function groupStatusCell(g: { status: StatusKey | null }): Cell {
  return g.status === null ? { text: DECK_TEXT.byStatus, color: COLORS.muted } : statusCell(g.status);
}
