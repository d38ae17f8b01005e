/**
 * A page of the 通报 in the PPTX: the same blocks at the same places as the live slide, the design
 * pixels of lib/deck/bulletin/measure scaled to the slide's body (so a page that fits the canvas
 * fits the PPTX slide too).
 */
import type PptxGenJS from 'pptxgenjs';
import { blockHeight, BODY, SIZES } from '@/lib/deck/bulletin/measure';
import type { BulletinSlide, BulletinSlideBlock } from '@/lib/deck/bulletin/types';
import { addFooter, addHeader, type RenderContext } from './parts';
import { COLORS, FONT_FACE, SLIDE, TEXT } from './theme';

const TOP = 1.65;
const W = SLIDE.w - 2 * SLIDE.margin;
/**
 * Inches per design pixel: the page's 810 px in 4.9 in (the body has 5.3): LibreOffice draws table
 * rows a little taller than the canvas does, and a full page must still end above the footer.
 */
const K = 4.9 / BODY.height;
const pt = (px: number) => Math.round(px * K * 72 * 10) / 10;

function renderTable(slide: PptxGenJS.Slide, b: Extract<BulletinSlideBlock, { type: 'table' }>, y: number): void {
  slide.addText(b.caption, { ...TEXT, x: SLIDE.margin, y, w: W, h: SIZES.captionLine * K, fontSize: pt(SIZES.caption), bold: true });
  const cell = (text: string, i: number, head = false): PptxGenJS.TableCell => ({
    text,
    options: { bold: head, align: b.columns[i]?.align ?? 'left', fill: head ? { color: COLORS.headerFill } : undefined },
  });
  slide.addTable([b.columns.map((c, i) => cell(c.header, i, true)), ...b.rows.map((r) => r.map((v, i) => cell(v, i)))], {
    x: SLIDE.margin,
    y: y + SIZES.captionLine * K,
    w: W,
    colW: b.widths.map((w) => (w / 100) * W),
    fontFace: FONT_FACE,
    fontSize: pt(SIZES.table),
    lang: 'zh-CN',
    color: COLORS.text,
    border: { type: 'solid', pt: 0.75, color: COLORS.rule },
    margin: 0.04,
    valign: 'middle',
    autoPage: false,
  } as PptxGenJS.TableProps);
}

function runs(b: BulletinSlideBlock): PptxGenJS.TextProps[] {
  switch (b.type) {
    case 'item':
      return [
        ...(b.label ? [{ text: b.label, options: { bold: true } }] : []),
        ...(b.lead ? [{ text: b.lead, options: { bold: true } }] : []),
        { text: b.text },
      ];
    case 'signature':
      return [
        { text: b.issuer, options: { breakLine: true, align: 'right' } },
        { text: b.dateLabel, options: { breakLine: Boolean(b.demoNote), align: 'right' } },
        ...(b.demoNote ? [{ text: b.demoNote, options: { color: COLORS.muted, align: 'left' as const } }] : []),
      ];
    case 'outline':
      return b.headings.map((h, i) => ({ text: h, options: { breakLine: i < b.headings.length - 1 } }));
    case 'table':
      return [];
    default:
      return [{ text: b.text }];
  }
}

function renderBlock(slide: PptxGenJS.Slide, b: BulletinSlideBlock, y: number): void {
  if (b.type === 'table') return renderTable(slide, b, y);
  const size = b.type === 'title' ? SIZES.title : b.type === 'heading' ? SIZES.heading : SIZES.text;
  const line = b.type === 'title' ? SIZES.titleLine : b.type === 'heading' ? SIZES.headingLine : SIZES.textLine;
  slide.addText(runs(b), {
    ...TEXT,
    x: SLIDE.margin,
    y,
    w: W,
    h: blockHeight(b) * K,
    fontSize: pt(size),
    lineSpacing: pt(line),
    valign: 'top',
    bold: b.type === 'title' || b.type === 'heading',
    color: b.type === 'title' || b.type === 'heading' ? COLORS.brand : COLORS.text,
    align: b.type === 'title' ? 'center' : undefined,
  });
}

export function renderBulletin(_p: PptxGenJS, slide: PptxGenJS.Slide, data: BulletinSlide, ctx: RenderContext): void {
  addHeader(slide, data.title, `通报第${data.page}/${data.pages}页`);
  let y = TOP;
  for (const b of data.blocks) {
    renderBlock(slide, b, y);
    y += blockHeight(b) * K;
  }
  addFooter(slide, data, ctx);
}
