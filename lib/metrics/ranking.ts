/** Rankings: internal score rankings, rank movement, county ranks, weak items, honour lists. */

import type { Direction, IndicatorEvaluation } from './indicator-types';
import { isFiniteNumber, round1 } from './numbers';

export { honourLists } from './honour-lists';

/**
 * Standard competition ranking ("1224") by score, descending.
 * - Scores are compared after rounding to 0.1 (as displayed), so 83.34 and 83.26 tie at 83.3.
 * - rank = 1 + number of items with a strictly higher rounded score; equal scores share a rank.
 * - null (or non-finite) scores get rank null and go last.
 * - The result is sorted by rank; the sort is stable, so ties (and nulls) keep input order.
 */
export function rankByScore<T>(items: T[], score: (t: T) => number | null): { item: T; rank: number | null }[] {
  const keyed = items.map((item, index) => {
    const s = score(item);
    return { item, index, key: isFiniteNumber(s) ? round1(s) : null };
  });
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key === b.key) return a.index - b.index;
      return a.key === null ? 1 : -1;
    }
    return b.key - a.key || a.index - b.index;
  });
  let rank = 0;
  let previous: number | null = null;
  return keyed.map((k, position) => {
    if (k.key === null) return { item: k.item, rank: null };
    if (k.key !== previous) {
      rank = position + 1;
      previous = k.key;
    }
    return { item: k.item, rank };
  });
}

/**
 * 争先进位: previous rank − current rank, in places (positive = moved up, e.g. 5 → 3 gives +2,
 * shown as "上升2位"). null when either rank is null or not finite.
 */
export function rankMovement(previousRank: number | null, currentRank: number | null): number | null {
  if (!isFiniteNumber(previousRank) || !isFiniteNumber(currentRank)) return null;
  return previousRank - currentRank;
}

/**
 * The rank of `regionCode` among the given counties' values, standard competition ranking
 * (1 + number of counties strictly better), best first: 'higher' ⇒ larger values are better,
 * 'lower' ⇒ smaller are better. Values are compared exactly (no rounding). Entries with a
 * non-finite value are ignored; if the region appears twice its first entry counts.
 * null when the region is absent or its value is not finite.
 */
export function countyRank(values: { regionCode: string; value: number }[], regionCode: string, direction: Direction): number | null {
  const own = values.find((v) => v.regionCode === regionCode);
  if (!own || !isFiniteNumber(own.value)) return null;
  let better = 0;
  for (const v of values) {
    if (v === own || !isFiniteNumber(v.value)) continue;
    if (direction === 'lower' ? v.value < own.value : v.value > own.value) better++;
  }
  return 1 + better;
}

/**
 * True when `rank` is in the bottom third of `total`: rank > ceil(total × 2/3)
 * (6 counties ⇒ ranks 5 and 6; 3 ⇒ rank 3; 1 ⇒ never). false for a null rank or total ≤ 0.
 */
export function isBottomThird(rank: number | null, total: number): boolean {
  if (!isFiniteNumber(rank) || !isFiniteNumber(total) || total <= 0) return false;
  return rank > Math.ceil((total * 2) / 3);
}

/**
 * Weak item 弱项 ("进度较慢、排名靠后"): status 'lagging' or 'overdue', or a county rank in the
 * bottom third of `countyTotal` counties (see {@link isBottomThird}).
 */
export function isWeak(evaluation: IndicatorEvaluation, countyRankValue: number | null, countyTotal: number): boolean {
  if (evaluation.status === 'lagging' || evaluation.status === 'overdue') return true;
  return isBottomThird(countyRankValue, countyTotal);
}
