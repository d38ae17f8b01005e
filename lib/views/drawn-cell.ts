import type { StatusKey } from '@/lib/format';
import { cellText, isNumeric, type Cell, type Column } from './table';

/**
 * A table cell as the page draws it — its words already formatted, and only what the drawing
 * needs: k = how (b: isolated text, m: movement, s: status badge, v: figure awaiting review,
 * none: plain), c = the cell's class (see cellClass), h = link, s = status, m = movement, p = 待审核.
 * Keys without a value are left out, so the page's payload stays small.
 */
export interface DrawnCell {
  k?: 'b' | 'm' | 's' | 'v';
  t: string;
  c?: 'n' | 'x' | 'w';
  h?: string;
  s?: StatusKey;
  m?: number;
  p?: true;
}

/** The drawn form of `cell` in `column`. */
export function drawCell(column: Column | undefined, cell: Cell): DrawnCell {
  const out: DrawnCell = { t: cellText(cell) };
  const c = cellClass(column, cell);
  if (c) out.c = c;
  if (cell.kind === 'text') {
    out.k = 'b';
    if (cell.href) out.h = cell.href;
  } else if (cell.kind === 'movement') {
    out.k = 'm';
    if (cell.value !== null) out.m = cell.value;
  } else if (cell.kind === 'status') {
    out.k = 's';
    out.s = cell.status;
    if (cell.pending) out.p = true;
  } else if (cell.kind === 'value' && cell.pending) out.k = 'v';
  return out;
}

/** n: number (right, tabular); x: a wide sentence column; w: long text that wraps; none: short text. */
function cellClass(column: Column | undefined, cell: Cell): DrawnCell['c'] {
  if (alignRight(column?.align, cell)) return 'n';
  if (column?.wide) return 'x';
  return short(cell) ? undefined : 'w';
}

export function alignRight(align: 'left' | 'right' | undefined, cell: Cell | undefined): boolean {
  return align ? align === 'right' : cell !== undefined && isNumeric(cell);
}

/**
 * Short labels (periods, short names, statuses) never wrap; longer texts may wrap, which the browser
 * does only when the table would otherwise be wider than its box (every column stays in view at
 * 1366 px, no sideways scrolling).
 */
function short(cell: Cell): boolean {
  return cell.kind !== 'text' || [...cellText(cell)].length <= 6;
}
