import {
  describeGap,
  describeGroupProgress,
  formatAmount,
  formatNumber,
  formatOutlook,
  formatProgressFigure,
  formatRank,
} from '@/lib/format';
import { progressFigure, yearEndOutlook, type IndicatorEvaluation } from '@/lib/metrics';
import { headingLabel } from '../numbering';
import type { BulletinContext } from '../context';
import type { Block, Section } from '../types';

/**
 * Where a lagging indicator stands, in lib/format's words: its headline figure (完成率 /
 * 控制线使用; the value for a level, the county rank for a rank indicator), the gap (fact, then
 * judgement) and, for a cumulative indicator, the year-end outlook — "已用控制线75.0%，超出阶段控制线
 * 1起（严重滞后）；按当前趋势全年约12起，与控制线持平". A 零容忍 ceiling and a milestone are told by
 * their gap words alone (they already say how many occurred / which steps are done).
 */
export function indicatorStanding(e: IndicatorEvaluation): string {
  const figure = progressFigure(e);
  let head: string | null = null;
  if (e.basis === 'level') head = `当前${formatAmount(e.actual, e.unit)}`;
  else if (e.basis === 'rank') head = `全市${formatRank(e.actual)}`;
  else if (figure && figure.kind !== 'zero_ceiling' && figure.kind !== 'milestone')
    head = formatProgressFigure(figure, e.unit)?.text ?? null;
  const outlook = yearEndOutlook(e);
  const ahead = outlook && outlook.kind !== 'zero_ceiling' ? formatOutlook(outlook, e.unit).headline : null;
  return [[head, describeGap(e)].filter(Boolean).join('，'), ahead].filter(Boolean).join('；');
}

/**
 * 四、进度滞后的专班: task forces whose group progress (the snapshot's: higher-is-better cumulative
 * indicators against their 应完成 line) is 严重滞后, or whose score is below the warning line, with
 * lead unit and leader, and under each its lagging indicators as （1）（2）….
 */
export function laggingSection(ctx: BulletinContext, heading: string): Section {
  const { snapshot, settings } = ctx.input;
  const blocks: Block[] = [];
  let n = 0;
  for (const t of ctx.input.structure.taskForces) {
    const result = snapshot.taskForces.find((r) => r.id === t.id);
    if (!result) continue;
    const lowScore = result.score !== null && result.score < settings.warningScoreBelow;
    if (result.progress.status !== 'lagging' && !lowScore) continue;
    n++;
    const own = ctx.idx.resultsByTaskForce.get(t.id) ?? [];
    const lagging = own.filter((r) => r.evaluation.status === 'lagging' || r.evaluation.status === 'overdue');
    const unit = ctx.idx.unitName(t.leadUnitId) ?? '未定';
    const leader = ctx.idx.personLabel(t.leadPersonId);
    const facts = [
      `得分${formatNumber(result.score)}分（全区${formatRank(result.rank, snapshot.taskForces.length)}）`,
      describeGroupProgress(result.progress),
      `严重滞后指标${lagging.length}项`,
    ];
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
        text: `${indicatorStanding(r.evaluation)}${ind?.responsibleUnitId ? `（责任单位：${ctx.idx.unitName(ind.responsibleUnitId) ?? '—'}）` : ''}。`,
      });
    });
  }
  const intro = n
    ? `以下${n}个专班累计型指标平均完成率慢于应完成进度${settings.tolerancePp}个百分点以上，或得分低于${settings.warningScoreBelow}分，请牵头领导和牵头单位重点推进：`
    : `本期没有累计型指标平均完成率慢于应完成进度${settings.tolerancePp}个百分点以上或得分低于${settings.warningScoreBelow}分的专班。`;
  return { heading, blocks: [{ type: 'p', text: intro }, ...blocks], subsections: [] };
}
