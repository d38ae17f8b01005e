/**
 * The lists every surface shows from a snapshot — weak items weakest first, the task forces'
 * 红榜/黄榜, groups in rank order — so the dashboard, the live deck, the PPTX and the 通报 list
 * the same items in the same order.
 */

import { honourLists } from './honour-lists';
import { isFiniteNumber } from './numbers';
import type { CampaignSettings } from './settings';
import type { IndicatorResult } from './snapshot';

/**
 * The 弱项 of `results` (those flagged `weak`: lagging or overdue, or a county rank in the bottom
 * third — see isWeak), weakest first: lowest indicator score first (no score counts as 0), then
 * the worse county rank (a larger rank number; none counts as 0); ties keep the input order.
 * @example scores 66.7 / 90 / 66.7 with county ranks —, 5, 6 ⇒ the 66.7 ranked 6th, the other 66.7, then 90
 */
export function weakestFirst(results: IndicatorResult[]): IndicatorResult[] {
  return results
    .map((r, order) => ({ r, order }))
    .filter(({ r }) => r.weak)
    .sort(
      (a, b) =>
        (a.r.evaluation.score ?? 0) - (b.r.evaluation.score ?? 0) || (b.r.countyRank ?? 0) - (a.r.countyRank ?? 0) || a.order - b.order,
    )
    .map(({ r }) => r);
}

/**
 * Groups (task forces, competitions, units) in rank order: rank 1 first, ties and unranked ones
 * (null rank, last) in input order. Ranks are the snapshot's (standard competition ranking).
 */
export function inRankOrder<T extends { rank: number | null }>(groups: T[]): T[] {
  const key = (r: number | null) => (isFiniteNumber(r) ? r : Infinity);
  return groups
    .map((g, order) => ({ g, order }))
    .sort((a, b) => key(a.g.rank) - key(b.g.rank) || a.order - b.order)
    .map(({ g }) => g);
}

export interface ListedGroup {
  id: number;
  rank: number | null;
  score: number | null;
}

/** An entry of 红榜 or 黄榜: the group's id, rank and score. */
export interface ListEntry {
  item: number;
  rank: number | null;
  score: number | null;
}

/**
 * 红榜 and 黄榜 of ranked groups (normally the snapshot's task forces) by the campaign's rule
 * (see honourLists): each list in rank order, entries as `{ item: id, rank, score }`.
 */
export function groupHonourLists(groups: ListedGroup[], settings: CampaignSettings): { red: ListEntry[]; yellow: ListEntry[] } {
  return honourLists(
    groups.map((g) => ({ item: g.id, rank: g.rank, score: g.score })),
    settings,
  );
}
