/**
 * How tall a 通报 block is on a slide, in design pixels of the 1920×1080 canvas (components/slides
 * /bulletin-slide.tsx draws with these sizes; lib/pptx/bulletin.ts scales them). An estimate that
 * errs on the tall side: CJK characters are 1 em wide, Latin letters and digits about 0.6 em.
 */
import type { Column } from '@/lib/bulletin/types';
import type { BulletinSlideBlock } from './types';

/** The body's width and the height the blocks of one page may fill (the body is 852 px; kept in reserve: 42). */
export const BODY = { width: 1792, height: 810 };

export const SIZES = {
  text: 26,
  textLine: 39,
  /** Space after a paragraph or item. */
  gap: 10,
  title: 36,
  titleLine: 50,
  titleGap: 16,
  heading: 28,
  headingLine: 40,
  headingGap: 8,
  table: 24,
  /** One line of a table row, padding and rule included. */
  rowLine: 31,
  rowPadding: 11,
  caption: 24,
  captionLine: 34,
  /** Padding of a cell, left and right together. */
  cellPadding: 16,
} as const;

/** The width of `text` in em. */
export function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 ? 0.6 : 1;
  return w;
}

/** Lines `text` takes in a box `width` px wide at `size` px. */
export function linesOf(text: string, size: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / size));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(emWidth(part) / perLine - 1e-9)), 0);
}

/**
 * Column widths in px: each column's natural width when the table fits, else the headers' widths
 * (and a nowrap column's whole width) and the rest shared by what the other columns hold.
 */
export function columnWidths(columns: Column[], rows: string[][]): number[] {
  const { table, cellPadding } = SIZES;
  const natural = columns.map((c, i) => Math.max(emWidth(c.header), ...rows.map((r) => emWidth(r[i] ?? ''))) * table + cellPadding);
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= BODY.width) return natural;
  const fixed = columns.map((c, i) => (c.nowrap ? natural[i]! : emWidth(c.header) * table + cellPadding));
  const spare = BODY.width - fixed.reduce((a, b) => a + b, 0);
  const wants = natural.map((n, i) => Math.max(0, n - fixed[i]!));
  const wanted = wants.reduce((a, b) => a + b, 0);
  return fixed.map((f, i) => f + (wanted > 0 ? (Math.max(0, spare) * wants[i]!) / wanted : 0));
}

/** The height of one table row at the given column widths. */
export function rowHeight(row: string[], widths: number[]): number {
  const lines = Math.max(1, ...row.map((cell, i) => linesOf(cell, SIZES.table, widths[i]! - SIZES.cellPadding)));
  return lines * SIZES.rowLine + SIZES.rowPadding;
}

/** The height of a block on a slide (a table: its caption, header and every row). */
export function blockHeight(block: BulletinSlideBlock): number {
  const s = SIZES;
  switch (block.type) {
    case 'title':
      return linesOf(block.text, s.title, BODY.width) * s.titleLine + s.titleGap;
    case 'outline':
      return block.headings.reduce((h, t) => h + linesOf(t, s.text, BODY.width) * s.textLine, 0) + s.gap;
    case 'heading':
      return linesOf(block.text, s.heading, BODY.width) * s.headingLine + s.headingGap;
    case 'p':
      return linesOf(block.text, s.text, BODY.width) * s.textLine + s.gap;
    case 'item':
      return linesOf(`${block.label}${block.lead ?? ''}${block.text}`, s.text, BODY.width) * s.textLine + s.gap;
    case 'signature':
      return (block.demoNote ? 3 : 2) * s.textLine + s.gap * 2;
    case 'table': {
      const widths = block.widths.map((w) => (w / 100) * BODY.width);
      const header = rowHeight(
        block.columns.map((c) => c.header),
        widths,
      );
      return s.captionLine + header + block.rows.reduce((h, r) => h + rowHeight(r, widths), 0) + s.gap;
    }
  }
}
