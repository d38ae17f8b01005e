import type { DrawnCell } from './drawn-cell';

/**
 * What most cells of a column share (how it is drawn, its class) and what all its links share
 * (their beginning and end, `h`: [prefix, suffix]): said once for the column.
 */
export interface ColumnLook {
  k?: DrawnCell['k'];
  c?: DrawnCell['c'];
  h?: [string, string];
}

/**
 * A drawn cell as the page's payload carries it: only what differs from its column's look ('' for
 * "none" where the column has one), a link as what lies between its column's prefix and suffix,
 * and its words alone when nothing else is left.
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
    const links = rows.flatMap((r) => (r[i]?.h === undefined ? [] : [r[i]!.h!]));
    if (links.length > 1) look.h = sharedEnds(links);
    return look;
  });
  return { looks, rows: rows.map((r) => r.map((cell, i) => packCell(cell, looks[i]!))) };
}

/** The longest beginning and the longest end (not overlapping it) that all `texts` share. */
function sharedEnds(texts: string[]): [string, string] {
  const shortest = Math.min(...texts.map((t) => t.length));
  let pre = 0;
  while (pre < shortest && texts.every((t) => t[pre] === texts[0]![pre])) pre++;
  let suf = 0;
  while (suf < shortest - pre && texts.every((t) => t[t.length - 1 - suf] === texts[0]![texts[0]!.length - 1 - suf])) suf++;
  return [texts[0]!.slice(0, pre), texts[0]!.slice(texts[0]!.length - suf)];
}

function packCell(cell: DrawnCell, look: ColumnLook): PackedCell {
  const { k, c, ...rest } = cell;
  const out: Exclude<PackedCell, string> = rest;
  if (rest.h !== undefined && look.h) out.h = rest.h.slice(look.h[0].length, rest.h.length - look.h[1].length);
  if (k !== look.k) out.k = k ?? '';
  if (c !== look.c) out.c = c ?? '';
  return Object.keys(out).length === 1 ? out.t : out;
}

/** The drawn cell back from its packed form and its column's look. */
export function unpackCell(cell: PackedCell, look: ColumnLook): DrawnCell {
  const { k, c, ...rest } = typeof cell === 'string' ? { t: cell } : cell;
  const out: DrawnCell = rest;
  if (rest.h !== undefined && look.h) out.h = look.h[0] + rest.h + look.h[1];
  const kind = k === undefined ? look.k : k || undefined;
  const cls = c === undefined ? look.c : c || undefined;
  if (kind) out.k = kind;
  if (cls) out.c = cls;
  return out;
}
