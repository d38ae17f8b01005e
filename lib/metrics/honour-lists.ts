/** 红榜 (honour list) and 黄榜 (warning list); re-exported from './ranking'. */

import { isFiniteNumber } from './numbers';
import type { CampaignSettings } from './settings';

type Ranked<T> = { item: T; rank: number | null; score: number | null };

/**
 * Builds the honour list 红榜 and the warning list 黄榜 from ranked entries (e.g. rankByScore output
 * joined with scores). Entries with a null rank or null score are on neither list.
 * - 红榜: entries with rank ≤ honourListSize and score ≥ 100. Ties at the cut are all included
 *   (equal scores share a rank, so "top 5" with ranks 1,2,3,4,5,5 lists six).
 * - 黄榜: the bottom honourListSize — entries with fewer than honourListSize ranked entries
 *   strictly below them, ties at the cut included — plus every entry with
 *   score < warningScoreBelow.
 * - No entry is on both: score < warningScoreBelow always wins 黄榜 (it is "always on" it);
 *   otherwise 红榜 wins (in a short list the same entry can be both top and bottom).
 * Both lists are ordered by rank ascending, ties in input order.
 */
export function honourLists<T>(ranked: Ranked<T>[], settings: CampaignSettings): { red: Ranked<T>[]; yellow: Ranked<T>[] } {
  const size = isFiniteNumber(settings.honourListSize) ? Math.max(0, Math.floor(settings.honourListSize)) : 0;
  const threshold = isFiniteNumber(settings.warningScoreBelow) ? settings.warningScoreBelow : -Infinity;
  const valid = ranked
    .map((entry, index) => ({ entry, index }))
    .filter(
      (x): x is { entry: Ranked<T> & { rank: number; score: number }; index: number } =>
        isFiniteNumber(x.entry.rank) && isFiniteNumber(x.entry.score),
    )
    .sort((a, b) => a.entry.rank - b.entry.rank || a.index - b.index);

  const red: Ranked<T>[] = [];
  const yellow: Ranked<T>[] = [];
  // worseCount[i] = number of valid entries ranked strictly below valid[i] (valid is sorted by rank).
  const worseCount: number[] = new Array<number>(valid.length).fill(0);
  for (let i = valid.length - 2; i >= 0; i--) {
    const next = valid[i + 1];
    const cur = valid[i];
    if (!next || !cur) continue;
    worseCount[i] = next.entry.rank > cur.entry.rank ? valid.length - (i + 1) : (worseCount[i + 1] ?? 0);
  }
  valid.forEach(({ entry }, i) => {
    const warned = entry.score < threshold;
    const top = entry.rank <= size && entry.score >= 100;
    const bottom = (worseCount[i] ?? 0) < size;
    if (warned) yellow.push(entry);
    else if (top) red.push(entry);
    else if (bottom) yellow.push(entry);
  });
  return { red, yellow };
}
