/** Task forces, competitions and units of a snapshot: scored, ranked with movement, and their group progress. */

import { countStatuses } from './aggregate';
import { groupProgress } from './group';
import { rankWithMovement, type RankAndMovement } from './movement';
import type { PublishedRanks } from './published';
import type { IndicatorResult, PeriodSnapshot, RankedResult, SnapshotInput } from './snapshot';
import { groupBy, type Scores } from './snapshot-parts';

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
 * Ranks the groups of a snapshot on their scores now and `before` (null ⇒ no previous rank, no
 * movement); units with a kind are ranked within their kind. Each gets its status counts and its
 * group progress (groupProgress with the campaign's cumulative tolerance). `published`: the
 * previous period's published ranks, which then are the previous ranks (see rankWithMovement).
 */
export function rankGroups(
  input: SnapshotInput,
  indicators: IndicatorResult[],
  now: Scores,
  before: Scores | null,
  tol: number,
  published: PublishedRanks | null = null,
): Pick<PeriodSnapshot, 'taskForces' | 'competitions' | 'units'> {
  const byTf = groupBy(indicators, (i) => i.taskForceId);
  const tfMoves = rankWithMovement(
    input.taskForces.map((t) => t.id),
    now.tf,
    before?.tf ?? null,
    undefined,
    published?.taskForces ?? null,
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
    undefined,
    published?.competitions ?? null,
  );
  const competitions = input.competitions.map((c) => {
    const tfs = (tfByComp.get(c.id) ?? []).map((t) => t.id);
    const own = tfs.flatMap((id) => byTf.get(id) ?? []);
    return { ...ranked(c.id, now.comp, compMoves, own, tol), taskForceIds: tfs };
  });
  const kindOf = new Map(input.units.map((u) => [u.id, u.kind]));
  const unitMoves = rankWithMovement(
    input.units.map((u) => u.id),
    now.unit,
    before?.unit ?? null,
    (id) => kindOf.get(id),
    published?.units ?? null,
  );
  const unitOf = new Map(input.indicators.map((i) => [i.id, i.responsibleUnitId]));
  const byUnit = groupBy(indicators, (i) => unitOf.get(i.id) ?? null);
  const units = input.units.map((u) => ranked(u.id, now.unit, unitMoves, byUnit.get(u.id) ?? [], tol));
  return { taskForces, competitions, units };
}
