/**
 * 争先进位: rank movement only where a previous rank exists. There is none in a campaign's first
 * period, nor against a period without data; internal rankings (task forces, competitions, units)
 * and the district's county ranks follow the same rule.
 */

import type { IndicatorEvaluation } from './indicator-types';
import { parsePeriod, previousPeriod } from './period';
import { rankByScore, rankMovement } from './ranking';

/**
 * The period a period's ranks are compared with, or null when there is none: the previous month,
 * unless `period` is the campaign's first period or earlier (`firstPeriod`, default January of
 * the period's year — a campaign runs for a year, so January has no movement). Throws RangeError
 * on an invalid period; an unreadable `firstPeriod` falls back to the default.
 * @example previousRankPeriod('2020-10') // '2020-09'
 * @example previousRankPeriod('2020-01') // null
 * @example previousRankPeriod('2020-03', '2020-03') // null (the campaign started in March)
 */
export function previousRankPeriod(period: string, firstPeriod?: string | null): string | null {
  const prev = previousPeriod(period);
  const first = typeof firstPeriod === 'string' && parsePeriod(firstPeriod) ? firstPeriod : `${period.slice(0, 4)}-01`;
  return period <= first ? null : prev;
}

/**
 * Whether a period's evaluations hold data to rank on: at least one non-milestone indicator has an
 * actual for its effective period (milestone steps are dated, not reported, so they do not count).
 * A ranking of a period without data is all zeros and all tied: it is no previous rank.
 */
export function holdsData(evaluations: IndicatorEvaluation[]): boolean {
  return evaluations.some((e) => e.kind !== 'milestone' && e.actual !== null);
}

export interface RankAndMovement {
  rank: number | null;
  previousRank: number | null;
  /** previousRank − rank (positive = up); null without a previous rank. */
  movement: number | null;
}

/**
 * Ranks ids by score now and before, within groups (`groupOf`, e.g. departments apart from
 * townships; one group when omitted), standard competition ranking on scores rounded to 0.1
 * (see rankByScore). `before` null ⇒ no previous rank, no movement (first period, or a period
 * without data). An id without a score before has no previous rank.
 *
 * `published`: the previous period's published ranks (its ranking of record). When given they are
 * the previous ranks, whatever was corrected since (`before` is then not used); an id absent from
 * it, or published without a rank, has no previous rank.
 */
export function rankWithMovement<K>(
  ids: number[],
  now: Map<number, number | null>,
  before: Map<number, number | null> | null,
  groupOf: (id: number) => K = () => undefined as K,
  published: Map<number, number | null> | null = null,
): Map<number, RankAndMovement> {
  const groups = new Map<K, number[]>();
  for (const id of ids) {
    const k = groupOf(id);
    groups.set(k, [...(groups.get(k) ?? []), id]);
  }
  const out = new Map<number, RankAndMovement>();
  for (const members of groups.values()) {
    const rank = new Map(rankByScore(members, (id) => now.get(id) ?? null).map((r) => [r.item, r.rank]));
    const prev =
      published ?? (before ? new Map(rankByScore(members, (id) => before.get(id) ?? null).map((r) => [r.item, r.rank])) : new Map());
    for (const id of members) {
      const r = rank.get(id) ?? null;
      const p = prev.get(id) ?? null;
      out.set(id, { rank: r, previousRank: p, movement: rankMovement(p, r) });
    }
  }
  return out;
}
