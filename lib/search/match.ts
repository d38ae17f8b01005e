/**
 * Finds task forces, indicators and competitions by Chinese text or by pinyin — full syllables or
 * initials (“zsyz” → 招商引资专班), as officials type on a phone or a meeting-room laptop.
 * Pure; polyphonic characters (重 zhong/chong …) are resolved by pinyin-pro's word dictionary.
 */
import { match as pinyinMatch } from 'pinyin-pro';

export interface Searchable {
  name: string;
}

export interface SearchHit<T> {
  item: T;
  /** Character indices of `item.name` that matched, ascending. */
  matched: number[];
}

/** Longest query taken into account (longer input is cut). */
export const MAX_QUERY_LENGTH = 40;

const HAN = /\p{Script=Han}/u;

/** Lower-cased query without spaces, cut to {@link MAX_QUERY_LENGTH}; '' when nothing is left. */
export function normalizeQuery(raw: string | null | undefined): string {
  if (typeof raw !== 'string') return '';
  return raw.normalize('NFKC').replace(/\s+/g, '').toLowerCase().slice(0, MAX_QUERY_LENGTH);
}

function range(start: number, length: number): number[] {
  return Array.from({ length }, (_, i) => start + i);
}

/** Indices of `name` matched by the normalised query `q`, or null. */
export function matchName(name: string, q: string): number[] | null {
  if (!q) return null;
  const at = name.toLowerCase().indexOf(q);
  if (at >= 0) return range(at, [...q].length);
  if (HAN.test(q) || !/[a-z]/.test(q)) return null;
  return pinyinMatch(name, q, { continuous: true, precision: 'start', insensitive: true, v: true });
}

/**
 * Items whose name matches `query` as a Chinese substring, a latin substring, or pinyin (initials,
 * full syllables or a mix, on consecutive characters). Ordered by where the match starts, then
 * by name length (a match on the whole name first), then input order. At most `limit` hits.
 */
export function searchByName<T extends Searchable>(items: readonly T[], query: string, limit = 50): SearchHit<T>[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const hits: (SearchHit<T> & { index: number })[] = [];
  items.forEach((item, index) => {
    const matched = matchName(item.name, q);
    if (matched && matched.length > 0) hits.push({ item, matched, index });
  });
  hits.sort((a, b) => a.matched[0]! - b.matched[0]! || a.item.name.length - b.item.name.length || a.index - b.index);
  return hits.slice(0, Math.max(0, limit)).map(({ item, matched }) => ({ item, matched }));
}

/** Splits `name` into runs for highlighting: `{ text, hit }` in order. */
export function highlightRuns(name: string, matched: readonly number[]): { text: string; hit: boolean }[] {
  const set = new Set(matched);
  const runs: { text: string; hit: boolean }[] = [];
  [...name].forEach((ch, i) => {
    const hit = set.has(i);
    const last = runs[runs.length - 1];
    if (last && last.hit === hit) last.text += ch;
    else runs.push({ text: ch, hit });
  });
  return runs;
}
