/** Building blocks of computeSnapshot: evaluating every indicator and scoring the groups. */

import { competitionScore, taskForceScore, unitScore } from './aggregate';
import { effectivePeriodOf, evaluateIndicator } from './indicator';
import type { IndicatorEvaluation } from './indicator-types';
import { countyRank, isBottomThird, isWeak, rankMovement } from './ranking';
import type { IndicatorResult, SnapshotIndicator, SnapshotInput } from './snapshot';

export type Scores = { tf: Map<number, number | null>; comp: Map<number, number | null>; unit: Map<number, number | null> };

export type Evaluated = { ind: SnapshotIndicator; evaluation: IndicatorEvaluation; pending: boolean };

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

/** Every indicator evaluated for `period` on its approved values; pending = its effective-period entry awaits approval. */
export function evaluateAll(input: SnapshotInput, period: string, entriesByIndicator: Map<number, SnapshotInput['entries']>): Evaluated[] {
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

/** Task-force, competition and unit scores of evaluated indicators. */
export function scoreAll(input: SnapshotInput, evals: Evaluated[]): Scores {
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

/** The district's county rank of an indicator in the round `round` (on the values of its effective period). */
export function homeCountyRank(
  input: SnapshotInput,
  byIndicator: Map<number, SnapshotInput['countyValues']>,
  ind: SnapshotIndicator,
  round: string | null,
): { rank: number | null; total: number } {
  const data = round === null || !ind.hasCountyComparison ? null : effectivePeriodOf(ind.input, round);
  if (data === null) return { rank: null, total: 0 };
  const values = (byIndicator.get(ind.id) ?? []).filter((v) => v.period === data);
  return { rank: countyRank(values, input.homeRegionCode, ind.input.direction), total: values.length };
}

/**
 * Each evaluated indicator with the district's county rank, its movement since `previousRound`
 * (against `publishedCounty`, the published county ranks of that round, when it was published),
 * and the 弱项 flag.
 */
export function indicatorResults(
  input: SnapshotInput,
  evals: Evaluated[],
  countyByIndicator: Map<number, SnapshotInput['countyValues']>,
  previousRound: string | null,
  publishedCounty: Map<number, number | null> | null = null,
): IndicatorResult[] {
  return evals.map(({ ind, evaluation, pending }) => {
    const cur = homeCountyRank(input, countyByIndicator, ind, input.period);
    const old = publishedCounty
      ? { rank: publishedCounty.get(ind.id) ?? null }
      : homeCountyRank(input, countyByIndicator, ind, previousRound);
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
}
