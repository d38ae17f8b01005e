/**
 * A period's whole picture: every indicator evaluated, task forces, competitions and units scored
 * and ranked, with movement against the previous period. Pure: the caller loads the rows.
 *
 * Values: only approved entries are judged (official rankings use approved values); an indicator
 * whose effective-period entry is submitted but not yet approved is flagged `pending` (待审核).
 */
import type { StatusCounts } from './aggregate';
import type { GroupProgress } from './group';
import type { IndicatorEvaluation, IndicatorInput } from './indicator-types';
import { holdsData, previousRankPeriod } from './movement';
import { timeProgress } from './period';
import type { PublishedRanks } from './published';
import { parseSettings, type CampaignSettings } from './settings';
import { rankGroups } from './snapshot-groups';
import { evaluateAll, groupBy, indicatorResults, scoreAll } from './snapshot-parts';
import { roundCompleteness, type RoundCompleteness } from './todo';

export { groupBy } from './snapshot-parts';

export interface SnapshotIndicator {
  id: number;
  taskForceId: number;
  responsibleUnitId: number | null;
  weight: number;
  hasCountyComparison: boolean;
  input: Omit<IndicatorInput, 'values'>;
}

export interface SnapshotInput {
  period: string;
  settings: CampaignSettings;
  homeRegionCode: string;
  /** The campaign's first period: it has no movement. Default January of the period's year. */
  firstPeriod?: string;
  /** The campaign year, for what a round owes (completeness). Default the period's year. */
  year?: number;
  competitions: { id: number }[];
  taskForces: { id: number; competitionId: number }[];
  /** Units; those with a `kind` are ranked among their own kind (departments, townships). */
  units: { id: number; kind?: string }[];
  indicators: SnapshotIndicator[];
  /** Entries of the campaign year up to the period (any status), keyed by data month. */
  entries: { indicatorId: number; period: string; value: number | null; status: string }[];
  countyValues: { indicatorId: number; period: string; regionCode: string; value: number }[];
  /**
   * The published ranks of the period movement compares with, when that period was published
   * (locked): they are then the previous ranks. Ignored when its period is not that one.
   */
  publishedPrevious?: PublishedRanks | null;
}

export interface IndicatorResult {
  id: number;
  taskForceId: number;
  evaluation: IndicatorEvaluation;
  pending: boolean;
  countyRank: number | null;
  countyTotal: number;
  countyMovement: number | null;
  countyBottomThird: boolean;
  weak: boolean;
}

export interface RankedResult {
  id: number;
  score: number | null;
  rank: number | null;
  previousRank: number | null;
  movement: number | null;
  counts: StatusCounts;
  /** = progress.completion: the mean completion of the higher-is-better cumulative indicators. */
  completion: number | null;
  /** Completion against the group's 应完成 line (see groupProgress). */
  progress: GroupProgress;
}

export interface PeriodSnapshot {
  period: string;
  timeProgress: number;
  /** The period movement is measured against; null when there is none (first period, or no data then). */
  previousPeriod: string | null;
  /** Whether the previous ranks are that period's published ranking or computed from its current figures; null without movement. */
  previousSource: 'published' | 'computed' | null;
  /** How much of the period's round is in (see roundCompleteness). */
  completeness: RoundCompleteness;
  indicators: IndicatorResult[];
  taskForces: (RankedResult & { competitionId: number })[];
  competitions: (RankedResult & { taskForceIds: number[] })[];
  units: RankedResult[];
}

/**
 * Computes the snapshot of `input.period`. Ranks: standard competition ranking on scores rounded
 * to 0.1 (see rankByScore); units with a kind are ranked within their kind. Movement (internal and
 * county) compares with {@link previousRankPeriod} — none in the campaign's first period — and
 * only when both periods hold data ({@link holdsData}: an open month with nothing approved yet is
 * all tied at 0 and moves nobody); county movement compares the district's
 * rank on the county values of each round's effective period, and needs values in both.
 * Where the previous period was published (`publishedPrevious`), its published ranks are the
 * previous ranks — internal and county — and a correction made since moves no one.
 * Group figures: see groupProgress (higher-is-better cumulative indicators only).
 */
export function computeSnapshot(input: SnapshotInput): PeriodSnapshot {
  const period = input.period;
  const settings = parseSettings(input.settings);
  const entriesByIndicator = groupBy(input.entries, (e) => e.indicatorId);
  const countyByIndicator = groupBy(input.countyValues, (v) => v.indicatorId);
  const evals = evaluateAll(input, period, entriesByIndicator);
  const now = scoreAll(input, evals);
  const candidate = previousRankPeriod(period, input.firstPeriod);
  const published = candidate !== null && input.publishedPrevious?.period === candidate ? input.publishedPrevious : null;
  const prevEvals = candidate === null || published ? null : evaluateAll(input, candidate, entriesByIndicator);
  const nowHoldsData = holdsData(evals.map((e) => e.evaluation));
  const bothHoldData = prevEvals !== null && nowHoldsData && holdsData(prevEvals.map((e) => e.evaluation));
  const prev = (published && nowHoldsData) || bothHoldData ? candidate : null;
  const before = !bothHoldData || prevEvals === null ? null : scoreAll(input, prevEvals);

  const indicators = indicatorResults(input, evals, countyByIndicator, candidate, published?.countyRanks ?? null);
  const groups = rankGroups(input, indicators, now, before, settings.tolerancePp, published && nowHoldsData ? published : null);
  const completeness = roundCompleteness({
    round: period,
    year: input.year ?? Number(period.slice(0, 4)),
    indicators: input.indicators.map((i) => ({ id: i.id, ...i.input })),
    entries: input.entries,
  });
  return {
    period,
    timeProgress: timeProgress(period, settings.timeProgressMode),
    previousPeriod: prev,
    previousSource: prev === null ? null : published ? 'published' : 'computed',
    completeness,
    indicators,
    ...groups,
  };
}
