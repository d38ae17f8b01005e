import { completionVsExpected, progressStatus } from '@/lib/metrics';
import { describeGapPp, describeProgressGap, formatNumber, formatPercent, formatRank, formatValue, STATUS_LABELS } from '@/lib/format';
import type { IndicatorResult } from '@/lib/metrics';
import { headingLabel } from '../numbering';
import type { BulletinContext } from '../context';
import type { Block, Section } from '../types';

/** How far a lagging indicator is behind, in words. */
export function lagText(ctx: BulletinContext, r: IndicatorResult): string {
  const ind = ctx.indicator.get(r.id);
  const e = r.evaluation;
  if (!ind) return STATUS_LABELS[e.status];
  switch (ind.kind) {
    case 'cumulative':
      return `完成${formatPercent(e.completion)}，${describeProgressGap(e.completion !== null && e.expected !== null ? (e.completion - e.expected) * 100 : null)}`;
    case 'level':
      return ind.unit === '%'
        ? `${formatValue(e.actual, ind.unit)}，${describeGapPp(e.gapPp)}`
        : `当前${formatValue(e.actual, ind.unit)}，目标${formatValue(ind.annualTarget, ind.unit)}`;
    case 'rank':
      return `全市${formatRank(e.actual)}，目标前${ind.targetRank ?? '—'}名`;
    case 'milestone':
      return `${STATUS_LABELS[e.status]}，已完成节点${formatPercent(e.completion)}`;
  }
}

/**
 * 四、进度滞后的专班: task forces whose mean completion is more than the tolerance behind expected
 * progress, or whose score is below the warning line, with lead unit and leader, and under each
 * its lagging indicators as （1）（2）….
 */
export function laggingSection(ctx: BulletinContext, heading: string): Section {
  const { snapshot, settings } = ctx.input;
  const blocks: Block[] = [];
  let n = 0;
  for (const t of ctx.input.structure.taskForces) {
    const result = snapshot.taskForces.find((r) => r.id === t.id);
    const own = ctx.idx.resultsByTaskForce.get(t.id) ?? [];
    const cv = completionVsExpected(own);
    const status = progressStatus(cv.completion, cv.expected, settings.tolerancePp);
    const lowScore = result?.score !== null && result?.score !== undefined && result.score < settings.warningScoreBelow;
    if (status !== 'lagging' && !lowScore) continue;
    n++;
    const lagging = own.filter((r) => r.evaluation.status === 'lagging' || r.evaluation.status === 'overdue');
    const unit = ctx.idx.unitName(t.leadUnitId) ?? '未定';
    const leader = ctx.idx.personLabel(t.leadPersonId);
    const facts = [
      `得分${formatNumber(result?.score ?? null)}分（全区${formatRank(result?.rank ?? null, snapshot.taskForces.length)}）`,
      cv.completion !== null
        ? `平均完成率${formatPercent(cv.completion)}，${describeProgressGap(cv.expected !== null ? (cv.completion - cv.expected) * 100 : null)}`
        : null,
      `严重滞后指标${lagging.length}项`,
    ].filter(Boolean);
    blocks.push({
      type: 'item',
      level: 3,
      label: headingLabel(3, n),
      lead: `${t.name}（牵头单位：${unit}${leader ? `；牵头领导：${leader}` : ''}）。`,
      text: `${facts.join('；')}${lagging.length ? '：' : '。'}`,
    });
    lagging.forEach((r, i) => {
      const ind = ctx.indicator.get(r.id);
      blocks.push({
        type: 'item',
        level: 4,
        label: headingLabel(4, i + 1),
        lead: `${ind?.name ?? ''}：`,
        text: `${lagText(ctx, r)}${ind?.responsibleUnitId ? `（责任单位：${ctx.idx.unitName(ind.responsibleUnitId) ?? '—'}）` : ''}。`,
      });
    });
  }
  const intro = n
    ? `以下${n}个专班平均完成率慢于应完成进度${settings.tolerancePp}个百分点以上，或得分低于${settings.warningScoreBelow}分，请牵头领导和牵头单位重点推进：`
    : `本期没有平均完成率慢于应完成进度${settings.tolerancePp}个百分点以上或得分低于${settings.warningScoreBelow}分的专班。`;
  return { heading, blocks: [{ type: 'p', text: intro }, ...blocks], subsections: [] };
}
