import type { DrawnCell } from './drawn-cell';

/** What most cells of a column share (how it is drawn, its class): said once for the column. */
export interface ColumnLook {
  k?: DrawnCell['k'];
  c?: DrawnCell['c'];
}

/**
 * A drawn cell as the page's payload carries it: only what differs from its column's look ('' for
 * "none" where the column has one), and its words alone when nothing else is left.
 */
export type PackedCell = string | (Omit<DrawnCell, 'k' | 'c'> & { k?: DrawnCell['k'] | ''; c?: DrawnCell['c'] | '' });

export interface PackedRows {
  looks: ColumnLook[];
  rows: PackedCell[][];
}

/** The most frequent of `values` (undefined when most are undefined). */
function mostCommon<T extends string>(values: (T | undefined)[]): T | undefined {
  const counts = new Map<T | undefined, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let most = 0;
  for (const [v, n] of counts) if (n > most) [best, most] = [v, n];
  return best;
}

/** Packs the rows of a table for the page: each column's look once, each cell's differences only. */
export function packRows(rows: DrawnCell[][], width: number): PackedRows {
  const looks: ColumnLook[] = Array.from({ length: width }, (_, i) => {
    const look: ColumnLook = {};
    const k = mostCommon(rows.map((r) => r[i]?.k));
    const c = mostCommon(rows.map((r) => r[i]?.c));
    if (k) look.k = k;
    if (c) look.c = c;
    return look;
  });
  return { looks, rows: rows.map((r) => r.map((cell, i) => packCell(cell, looks[i]!))) };
}

function packCell(cell: DrawnCell, look: ColumnLook): PackedCell {
  const { k, c, ...rest } = cell;
  const out: Exclude<PackedCell, string> = rest;
  if (k !== look.k) out.k = k ?? '';
  if (c !== look.c) out.c = c ?? '';
  return Object.keys(out).length === 1 ? out.t : out;
}

/** The drawn cell back from its packed form and its column's look. */
export function unpackCell(cell: PackedCell, look: ColumnLook): DrawnCell {
  const { k, c, ...rest } = typeof cell === 'string' ? { t: cell } : cell;
  const out: DrawnCell = rest;
  const kind = k === undefined ? look.k : k || undefined;
  const cls = c === undefined ? look.c : c || undefined;
  if (kind) out.k = kind;
  if (cls) out.c = cls;
  return out;
}
