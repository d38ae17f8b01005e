/**
 * A period's whole picture: every indicator evaluated, task forces, competitions and units scored
 * and ranked, with movement against the previous period. Pure: the caller loads the rows.
 *
 * Values: only approved entries are judged (official rankings use approved values); an indicator
 * whose effective-period entry is submitted but not yet approved is flagged `pending` (待审核).
 */
import { countStatuses, competitionScore, meanCompletion, taskForceScore, unitScore, type StatusCounts } from './aggregate';
import { evaluateIndicator } from './indicator';
import type { IndicatorEvaluation, IndicatorInput } from './indicator-types';
import { previousPeriod, timeProgress } from './period';
import { countyRank, isBottomThird, isWeak, rankByScore, rankMovement } from './ranking';
import type { CampaignSettings } from './settings';

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
  competitions: { id: number }[];
  taskForces: { id: number; competitionId: number }[];
  units: { id: number }[];
  indicators: SnapshotIndicator[];
  /** Entries of the campaign year up to the period (any status). */
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
  completion: number | null;
}

export interface PeriodSnapshot {
  period: string;
  timeProgress: number;
  indicators: IndicatorResult[];
  taskForces: (RankedResult & { competitionId: number })[];
  competitions: (RankedResult & { taskForceIds: number[] })[];
  units: RankedResult[];
}

type Scores = { tf: Map<number, number | null>; comp: Map<number, number | null>; unit: Map<number, number | null> };

/** Groups items by a key, keeping their order within each group. */
export function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function evaluateAll(input: SnapshotInput, period: string, entriesByIndicator: Map<number, SnapshotInput['entries']>) {
  return input.indicators.map((ind) => {
    const entries = entriesByIndicator.get(ind.id) ?? [];
    const approved = entries.filter((e) => e.status === 'approved' && e.period <= period);
    const evaluation = evaluateIndicator(
      { ...ind.input, values: approved.map((e) => ({ period: e.period, value: e.value })) },
      period,
      input.settings,
    );
    const pending = entries.some((e) => e.period === evaluation.effectivePeriod && e.status === 'submitted');
    return { ind, evaluation, pending };
  });
}

function scoreAll(input: SnapshotInput, evals: ReturnType<typeof evaluateAll>): Scores {
  const byTf = groupBy(evals, (e) => e.ind.taskForceId);
  const tf = new Map(
    input.taskForces.map((t) => [
      t.id,
      taskForceScore((byTf.get(t.id) ?? []).map((e) => ({ score: e.evaluation.score, weight: e.ind.weight }))),
    ]),
  );
  const tfByComp = groupBy(input.taskForces, (t) => t.competitionId);
  const comp = new Map(
    input.competitions.map((c) => [c.id, competitionScore((tfByComp.get(c.id) ?? []).map((t) => tf.get(t.id) ?? null))]),
  );
  const byUnit = groupBy(evals, (e) => e.ind.responsibleUnitId);
  const unit = new Map(
    input.units.map((u) => [u.id, unitScore((byUnit.get(u.id) ?? []).map((e) => ({ score: e.evaluation.score, weight: e.ind.weight })))]),
  );
  return { tf, comp, unit };
}

function ranks(ids: number[], scores: Map<number, number | null>): Map<number, number | null> {
  return new Map(rankByScore(ids, (id) => scores.get(id) ?? null).map((r) => [r.item, r.rank]));
}

function homeCountyRank(
  input: SnapshotInput,
  byIndicator: Map<number, SnapshotInput['countyValues']>,
  ind: SnapshotIndicator,
  period: string | null,
) {
  if (!period || !ind.hasCountyComparison) return { rank: null, total: 0 };
  const values = (byIndicator.get(ind.id) ?? []).filter((v) => v.period === period);
  return { rank: countyRank(values, input.homeRegionCode, ind.input.direction), total: values.length };
}

/**
 * Computes the snapshot of `input.period` and, for movement, of the previous period on the same rows.
 * Ranks: standard competition ranking on scores rounded to 0.1 (see rankByScore). County ranks use
 * the county values of each indicator's effective period; movement compares with the period before it
 * within the same year (January has no movement: null).
 */
export function computeSnapshot(input: SnapshotInput): PeriodSnapshot {
  const period = input.period;
  const prev = previousPeriod(period);
  const entriesByIndicator = groupBy(input.entries, (e) => e.indicatorId);
  const countyByIndicator = groupBy(input.countyValues, (v) => v.indicatorId);
  const evals = evaluateAll(input, period, entriesByIndicator);
  const now = scoreAll(input, evals);
  // Movement compares with the previous period of the same campaign year; January has none.
  const sameYear = prev.slice(0, 4) === period.slice(0, 4);
  const before: Scores = sameYear
    ? scoreAll(input, evaluateAll(input, prev, entriesByIndicator))
    : { tf: new Map(), comp: new Map(), unit: new Map() };

  const indicators: IndicatorResult[] = evals.map(({ ind, evaluation, pending }) => {
    const cur = homeCountyRank(input, countyByIndicator, ind, evaluation.effectivePeriod);
    const prevEffective = evaluation.effectivePeriod ? previousPeriod(evaluation.effectivePeriod) : null;
    const old = homeCountyRank(input, countyByIndicator, ind, prevEffective);
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

  const byTf = groupBy(indicators, (i) => i.taskForceId);
  const tfIds = input.taskForces.map((t) => t.id);
  const tfRank = ranks(tfIds, now.tf);
  const tfPrevRank = ranks(tfIds, before.tf);
  const taskForces = input.taskForces.map((t) => {
    const own = byTf.get(t.id) ?? [];
    return {
      id: t.id,
      competitionId: t.competitionId,
      score: now.tf.get(t.id) ?? null,
      rank: tfRank.get(t.id) ?? null,
      previousRank: tfPrevRank.get(t.id) ?? null,
      movement: rankMovement(tfPrevRank.get(t.id) ?? null, tfRank.get(t.id) ?? null),
      counts: countStatuses(own.map((i) => i.evaluation.status)),
      completion: meanCompletion(own.map((i) => i.evaluation)),
    };
  });

  const tfByComp = groupBy(input.taskForces, (t) => t.competitionId);
  const compIds = input.competitions.map((c) => c.id);
  const compRank = ranks(compIds, now.comp);
  const compPrevRank = ranks(compIds, before.comp);
  const competitions = input.competitions.map((c) => {
    const tfs = (tfByComp.get(c.id) ?? []).map((t) => t.id);
    const own = tfs.flatMap((id) => byTf.get(id) ?? []);
    return {
      id: c.id,
      taskForceIds: tfs,
      score: now.comp.get(c.id) ?? null,
      rank: compRank.get(c.id) ?? null,
      previousRank: compPrevRank.get(c.id) ?? null,
      movement: rankMovement(compPrevRank.get(c.id) ?? null, compRank.get(c.id) ?? null),
      counts: countStatuses(own.map((i) => i.evaluation.status)),
      completion: meanCompletion(own.map((i) => i.evaluation)),
    };
  });

  const unitIds = input.units.map((u) => u.id);
  const unitRank = ranks(unitIds, now.unit);
  const unitPrevRank = ranks(unitIds, before.unit);
  const unitOf = new Map(input.indicators.map((i) => [i.id, i.responsibleUnitId]));
  const byUnit = groupBy(indicators, (i) => unitOf.get(i.id) ?? null);
  const units = input.units.map((u) => {
    const own = byUnit.get(u.id) ?? [];
    return {
      id: u.id,
      score: now.unit.get(u.id) ?? null,
      rank: unitRank.get(u.id) ?? null,
      previousRank: unitPrevRank.get(u.id) ?? null,
      movement: rankMovement(unitPrevRank.get(u.id) ?? null, unitRank.get(u.id) ?? null),
      counts: countStatuses(own.map((i) => i.evaluation.status)),
      completion: meanCompletion(own.map((i) => i.evaluation)),
    };
  });

  return { period, timeProgress: timeProgress(period, input.settings.timeProgressMode), indicators, taskForces, competitions, units };
}
