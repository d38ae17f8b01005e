import { formatMovement, formatNumber, formatRank } from '@/lib/format';
import { cap, deckCompleteness, disambiguate, groupFigures, weakRows } from '../measures';
import type { DeckIndex } from '../source';
import type { CompetitionSlide, CountyRow, TaskForceBar } from '../types';
import { titleOr, type BuildContext } from './context';

/** How many rows of each list fit on a 16:9 slide with body text of 24 px at 1080p. */
export const COMPETITION_LIMITS = { taskForces: 7, county: 7, weak: 5 } as const;

function taskForceBars(idx: DeckIndex, competitionId: number): TaskForceBar[] {
  const results = new Map(idx.src.snapshot.taskForces.map((t) => [t.id, t]));
  return idx.src.structure.taskForces
    .filter((t) => t.competitionId === competitionId)
    .flatMap((t) => {
      const r = results.get(t.id);
      if (!r) return [];
      return [
        {
          id: t.id,
          name: t.name,
          goal: t.goal,
          leadUnit: idx.unitName(t.leadUnitId),
          score: r.score,
          rank: r.rank,
          movement: r.movement,
          ...groupFigures(r.progress, idx.resultsByTaskForce.get(t.id) ?? []),
        },
      ];
    });
}

function countyRows(idx: DeckIndex, taskForceIds: number[]): CountyRow[] {
  return idx.resultsOf(taskForceIds).flatMap((r) => {
    const ind = idx.indicator.get(r.id);
    const tf = idx.taskForce.get(r.taskForceId);
    if (r.countyRank === null || r.countyTotal === 0 || !ind || !tf) return [];
    return [
      {
        indicatorId: r.id,
        name: ind.name,
        label: ind.name,
        taskForce: tf.name,
        rank: r.countyRank,
        total: r.countyTotal,
        movement: r.countyMovement,
        bottomThird: r.countyBottomThird,
      },
    ];
  });
}

/**
 * 竞赛专页: the annual task (each task force's goal), each task force's group progress against its
 * 应完成 line (the snapshot's), the district's county ranks and their movement for the
 * competition's compared indicators, and its weak items. Throws when the competition is not one
 * of the campaign's.
 */
export function buildCompetition({ idx, spec, number }: BuildContext): CompetitionSlide {
  const { snapshot } = idx.src;
  const comp = spec.competitionId === null ? undefined : idx.competition.get(spec.competitionId);
  const result = snapshot.competitions.find((c) => c.id === comp?.id);
  if (!comp || !result) throw new Error(`竞赛专页所选的竞赛（编号 ${spec.competitionId ?? '空'}）不属于本活动，请编辑会议重新选择。`);
  const bars = taskForceBars(idx, comp.id);
  const tfIds = bars.map((b) => b.id);
  const county = countyRows(idx, tfIds);
  const weak = disambiguate(weakRows(idx, idx.resultsOf(tfIds)));
  const group = groupFigures(result.progress, idx.resultsOf(result.taskForceIds));
  const completeness = deckCompleteness(snapshot.completeness);
  const behind = bars.filter((b) => b.status === 'behind' || b.status === 'lagging');
  return {
    kind: 'competition',
    number,
    title: titleOr(spec, comp.name),
    notes: spec.notes,
    summary:
      `${comp.name}得分${formatNumber(result.score)}分，${formatRank(result.rank, snapshot.competitions.length)}，较上期${formatMovement(result.movement)}；${group.text}。` +
      `${bars.length}个专班中${behind.length}个慢于应完成进度` +
      (behind.length ? `（${behind.map((b) => `${b.name}${b.text}`).join('；')}）` : '') +
      `；全市比较指标${county.length}项，弱项${weak.length}项。` +
      (completeness.note ? `${completeness.note}。` : ''),
    competitionId: comp.id,
    name: comp.name,
    leader: idx.personLabel(comp.leadPersonId),
    leadUnit: idx.unitName(comp.leadUnitId),
    score: result.score,
    rank: result.rank,
    total: snapshot.competitions.length,
    movement: result.movement,
    timeProgress: snapshot.timeProgress,
    group,
    completeness,
    taskForceTotal: snapshot.taskForces.length,
    taskForces: cap(bars, COMPETITION_LIMITS.taskForces),
    county: cap(disambiguate(county), COMPETITION_LIMITS.county),
    weak: cap(weak, COMPETITION_LIMITS.weak),
  };
}
