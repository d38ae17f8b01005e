/**
 * Published rankings (发布排名): the ranking of record of a locked period, kept as it was computed
 * (scores, ranks, the targets and settings in force), the previous ranks that 争先进位 compares
 * with once a period is published, and the 修订 of a published period corrected afterwards.
 */
import { isFiniteNumber } from './numbers';
import type { CampaignSettings } from './settings';
import type { PeriodSnapshot, RankedResult } from './snapshot';

/** A ranked group (task force, competition, unit) as published. */
export interface PublishedRank {
  id: number;
  score: number | null;
  rank: number | null;
  previousRank: number | null;
  movement: number | null;
}

/** An indicator as published: its figures and the target it was judged against. */
export interface PublishedIndicator {
  id: number;
  annualTarget: number | null;
  targetRank: number | null;
  /**
   * The phased target of the effective period the indicator was judged against (阶段目标 in force),
   * null when none applied (time progress, or the annual target of a level or rank indicator).
   * Absent from records published before it was kept.
   */
  phasedTarget?: number | null;
  effectivePeriod: string | null;
  actual: number | null;
  completion: number | null;
  score: number | null;
  status: string;
  countyRank: number | null;
  countyTotal: number;
}

/** What locking a period stores (JSON of published_rankings.record). */
export interface PublishedRecord {
  period: string;
  timeProgress: number;
  /** The period its movement was measured against, null when none. */
  previousPeriod: string | null;
  settings: CampaignSettings;
  taskForces: PublishedRank[];
  competitions: PublishedRank[];
  units: PublishedRank[];
  indicators: PublishedIndicator[];
}

/** The ranks of a published period, as the next period's movement reads them. */
export interface PublishedRanks {
  period: string;
  taskForces: Map<number, number | null>;
  competitions: Map<number, number | null>;
  units: Map<number, number | null>;
  /** The district's county rank of each indicator (null: none). */
  countyRanks: Map<number, number | null>;
}

const ranked = (r: RankedResult): PublishedRank => ({
  id: r.id,
  score: r.score,
  rank: r.rank,
  previousRank: r.previousRank,
  movement: r.movement,
});

/**
 * The record to publish of `snapshot`, with the settings and each indicator's target in force
 * (`targets`, by indicator id; an indicator without one keeps nulls) and the phased target it was
 * judged against (from its evaluation). Figures are copied as
 * computed (no rounding beyond the snapshot's own).
 */
export function publishedRecordOf(
  snapshot: PeriodSnapshot,
  settings: CampaignSettings,
  targets: { id: number; annualTarget: number | null; targetRank: number | null }[],
): PublishedRecord {
  const target = new Map(targets.map((t) => [t.id, t]));
  return {
    period: snapshot.period,
    timeProgress: snapshot.timeProgress,
    previousPeriod: snapshot.previousPeriod,
    settings,
    taskForces: snapshot.taskForces.map(ranked),
    competitions: snapshot.competitions.map(ranked),
    units: snapshot.units.map(ranked),
    indicators: snapshot.indicators.map((i) => ({
      id: i.id,
      annualTarget: target.get(i.id)?.annualTarget ?? null,
      targetRank: target.get(i.id)?.targetRank ?? null,
      phasedTarget: i.evaluation.expectedSource === 'phased' ? i.evaluation.expectedValue : null,
      effectivePeriod: i.evaluation.effectivePeriod,
      actual: i.evaluation.actual,
      completion: i.evaluation.completion,
      score: i.evaluation.score,
      status: i.evaluation.status,
      countyRank: i.countyRank,
      countyTotal: i.countyTotal,
    })),
  };
}

function rankMap(list: unknown, rankKey: 'rank' | 'countyRank'): Map<number, number | null> {
  const out = new Map<number, number | null>();
  if (!Array.isArray(list)) return out;
  for (const item of list as Record<string, unknown>[]) {
    const id = item?.id;
    const rank = item?.[rankKey];
    if (typeof id === 'number') out.set(id, isFiniteNumber(rank) ? rank : null);
  }
  return out;
}

/**
 * The ranks of a stored record (JSON read back from the database), for movement. Unreadable parts
 * give empty maps: an id absent from a map has no previous rank, hence no movement.
 */
export function publishedRanksOf(record: unknown): PublishedRanks {
  const r = (record ?? {}) as Partial<Record<keyof PublishedRecord, unknown>>;
  return {
    period: typeof r.period === 'string' ? r.period : '',
    taskForces: rankMap(r.taskForces, 'rank'),
    competitions: rankMap(r.competitions, 'rank'),
    units: rankMap(r.units, 'rank'),
    countyRanks: rankMap(r.indicators, 'countyRank'),
  };
}

/** A published rank that the current figures no longer give (修订). */
export interface Revision {
  id: number;
  publishedRank: number | null;
  currentRank: number | null;
}

/**
 * 修订: the ids whose current rank differs from the published one (a rank gained or lost counts;
 * an id published but no longer ranked now has currentRank null; one ranked now but absent from
 * the record has publishedRank null). Order: the current ranking's (rank ascending, unranked last).
 */
export function revisionsOf(published: Map<number, number | null>, current: { id: number; rank: number | null }[]): Revision[] {
  return current
    .map((c) => ({ id: c.id, publishedRank: published.get(c.id) ?? null, currentRank: c.rank }))
    .filter((r) => r.publishedRank !== r.currentRank)
    .sort((a, b) => (a.currentRank ?? Infinity) - (b.currentRank ?? Infinity) || a.id - b.id);
}
