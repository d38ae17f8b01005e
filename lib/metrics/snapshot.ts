/**
 * A period's whole picture: every indicator evaluated, task forces, competitions and units scored
 * and ranked, with movement against the previous period. Pure: the caller loads the rows.
 *
 * Values: only approved entries are judged (official rankings use approved values); an indicator
 * whose effective-period entry is submitted but not yet approved is flagged `pending` (待审核).
 */
import { countStatuses, type StatusCounts } from './aggregate';
import { groupProgress, type GroupProgress } from './group';
import type { IndicatorEvaluation, IndicatorInput } from './indicator-types';
import { holdsData, previousRankPeriod, rankWithMovement, type RankAndMovement } from './movement';
import { timeProgress } from './period';
import { isBottomThird, isWeak, rankMovement } from './ranking';
import { parseSettings, type CampaignSettings } from './settings';
import { evaluateAll, groupBy, homeCountyRank, scoreAll, type Scores } from './snapshot-parts';
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
  /** How much of the period's round is in (see roundCompleteness). */
  completeness: RoundCompleteness;
  indicators: IndicatorResult[];
  taskForces: (RankedResult & { competitionId: number })[];
  competitions: (RankedResult & { taskForceIds: number[] })[];
  units: RankedResult[];
}

function ranked(
  id: number,
  now: Scores[keyof Scores],
  moves: Map<number, RankAndMovement>,
  own: IndicatorResult[],
  tolerancePp: number,
): RankedResult {
  const m = moves.get(id) ?? { rank: null, previousRank: null, movement: null };
  const progress = groupProgress(
    own.map((i) => i.evaluation),
    tolerancePp,
  );
  return {
    id,
    score: now.get(id) ?? null,
    ...m,
    counts: countStatuses(own.map((i) => i.evaluation.status)),
    completion: progress.completion,
    progress,
  };
}

/**
 * Computes the snapshot of `input.period`. Ranks: standard competition ranking on scores rounded
 * to 0.1 (see rankByScore); units with a kind are ranked within their kind. Movement (internal and
 * county) compares with {@link previousRankPeriod} — none in the campaign's first period — and
 * only when that period holds data ({@link holdsData}); county movement compares the district's
 * rank on the county values of each round's effective period, and needs values in both.
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
  const prevEvals = candidate === null ? null : evaluateAll(input, candidate, entriesByIndicator);
  const prev = prevEvals !== null && holdsData(prevEvals.map((e) => e.evaluation)) ? candidate : null;
  const before = prev === null || prevEvals === null ? null : scoreAll(input, prevEvals);

  const indicators: IndicatorResult[] = evals.map(({ ind, evaluation, pending }) => {
    const cur = homeCountyRank(input, countyByIndicator, ind, period);
    const old = homeCountyRank(input, countyByIndicator, ind, candidate);
    return {
      id: ind.id,
      taskForceId: ind.taskForceId,
      evaluation,
      pending,
      countyRank: cur.rank,
      countyTotal: cur.total,
      countyMovement: rankMovement(old.rank, cur.rank),
      countyBottomThird: isBottomThird(cur.rank, cur.total),
      weak: isWeak(evaluation, cur.rank, cur.total),
    };
  });

  const tol = settings.tolerancePp;
  const byTf = groupBy(indicators, (i) => i.taskForceId);
  const tfMoves = rankWithMovement(
    input.taskForces.map((t) => t.id),
    now.tf,
    before?.tf ?? null,
  );
  const taskForces = input.taskForces.map((t) => ({
    ...ranked(t.id, now.tf, tfMoves, byTf.get(t.id) ?? [], tol),
    competitionId: t.competitionId,
  }));

  const tfByComp = groupBy(input.taskForces, (t) => t.competitionId);
  const compMoves = rankWithMovement(
    input.competitions.map((c) => c.id),
    now.comp,
    before?.comp ?? null,
  );
  const competitions = input.competitions.map((c) => {
    const tfs = (tfByComp.get(c.id) ?? []).map((t) => t.id);
    return {
      ...ranked(
        c.id,
        now.comp,
        compMoves,
        tfs.flatMap((id) => byTf.get(id) ?? []),
        tol,
      ),
      taskForceIds: tfs,
    };
  });

  const kindOf = new Map(input.units.map((u) => [u.id, u.kind]));
  const unitMoves = rankWithMovement(
    input.units.map((u) => u.id),
    now.unit,
    before?.unit ?? null,
    (id) => kindOf.get(id),
  );
  const unitOf = new Map(input.indicators.map((i) => [i.id, i.responsibleUnitId]));
  const byUnit = groupBy(indicators, (i) => unitOf.get(i.id) ?? null);
  const units = input.units.map((u) => ranked(u.id, now.unit, unitMoves, byUnit.get(u.id) ?? [], tol));

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
    completeness,
    indicators,
    taskForces,
    competitions,
    units,
  };
}
