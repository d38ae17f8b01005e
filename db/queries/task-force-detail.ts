import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { taskForceMembers, units, workItemMilestones, workItems, type Indicator, type WorkItem, type WorkItemMilestone } from '@/db/schema';
import { periodEndDate, periodsOfYearUpTo, type IndicatorResult, type RankedResult } from '@/lib/metrics';
import { actualCell, gapCell, kindCell, targetCell, type IndicatorFacts } from '@/lib/excel/indicator-cells';
import { num, pct, status, text, type Table } from '@/lib/excel/table';
import { formatDateZh, formatRank } from '@/lib/format';
import { withPeriod, type DashboardContext } from './dashboard-context';
import { personLabel, unitLabel } from './dashboard-names';
import { listMonthlyValues } from './indicator-series';
import { getPeriodSnapshot } from './snapshot';
import { getCampaignStructure } from './structure';

export interface TaskForceIndicator {
  indicator: Indicator;
  facts: IndicatorFacts;
  result: IndicatorResult;
  /** The submitted value of the effective period awaiting approval, if any. */
  pendingValue: number | null;
  /** Approved values January → effective period (null = missing), for the sparkline. */
  series: (number | null)[];
}

export interface TaskForceView {
  id: number;
  name: string;
  goal: string;
  competition: { id: number; name: string };
  leader: string | null;
  unit: string | null;
  members: string[];
  result: RankedResult;
  total: number;
  indicators: TaskForceIndicator[];
  workItems: (WorkItem & { milestones: WorkItemMilestone[] })[];
}

/** The task force `id` of the active campaign, its indicators evaluated for the period, and its work items; null when unknown. */
export function getTaskForceView(ctx: DashboardContext, id: number): TaskForceView | null {
  const s = getCampaignStructure(ctx.campaign.id);
  const tf = s.taskForces.find((t) => t.id === id);
  const comp = tf && s.competitions.find((c) => c.id === tf.competitionId);
  const snap = getPeriodSnapshot(ctx.campaign, ctx.period);
  const result = snap.taskForces.find((t) => t.id === id);
  if (!tf || !comp || !result) return null;
  const db = getDb();
  const members = db
    .select({ name: units.name })
    .from(taskForceMembers)
    .innerJoin(units, eq(units.id, taskForceMembers.unitId))
    .where(eq(taskForceMembers.taskForceId, id))
    .orderBy(asc(units.sortOrder))
    .all();
  const own = s.indicators.filter((i) => i.taskForceId === id);
  const results = new Map(snap.indicators.map((r) => [r.id, r]));
  const values = listMonthlyValues(
    own.map((i) => i.id),
    ctx.period,
  );
  const end = periodEndDate(ctx.period);
  const indicators = own.flatMap((indicator) => {
    const r = results.get(indicator.id);
    if (!r) return [];
    const v = values.get(indicator.id);
    const eff = r.evaluation.effectivePeriod;
    const steps = s.steps.get(indicator.id) ?? [];
    return [
      {
        indicator,
        facts: {
          ...indicator,
          steps: { total: steps.length, done: steps.filter((st) => st.doneDate !== null && st.doneDate <= end).length },
        },
        result: r,
        pendingValue: eff ? (v?.submitted.get(eff) ?? null) : null,
        series: eff && indicator.kind !== 'milestone' ? periodsOfYearUpTo(eff).map((p) => v?.approved.get(p) ?? null) : [],
      },
    ];
  });
  const items = db.select().from(workItems).where(eq(workItems.taskForceId, id)).orderBy(asc(workItems.id)).all();
  const milestones = items.length
    ? db
        .select()
        .from(workItemMilestones)
        .where(
          inArray(
            workItemMilestones.workItemId,
            items.map((w) => w.id),
          ),
        )
        .orderBy(asc(workItemMilestones.sortOrder))
        .all()
    : [];
  return {
    id: tf.id,
    name: tf.name,
    goal: tf.goal,
    competition: { id: comp.id, name: comp.name },
    leader: personLabel(s, tf.leadPersonId),
    unit: unitLabel(s, tf.leadUnitId),
    members: members.map((m) => m.name),
    result,
    total: snap.taskForces.length,
    indicators,
    workItems: items.map((w) => ({ ...w, milestones: milestones.filter((m) => m.workItemId === w.id) })),
  };
}

/** The task force's indicators: target, actual (or 待审核), completion, gap, status, score, county rank. */
export function taskForceIndicatorsTable(ctx: DashboardContext, view: TaskForceView): Table {
  return {
    id: 'task-force-indicators',
    title: `${view.name} · 指标`,
    columns: ['指标', '类型', '年度目标', '本期实际', '完成率', '进度差距', '状态', '得分', '全市排名', '责任单位'].map((header) => ({
      header,
      align: ['年度目标', '本期实际', '完成率', '得分'].includes(header) ? ('right' as const) : undefined,
    })),
    rows: view.indicators.map(({ indicator: i, facts, result: r, pendingValue }) => [
      text(i.name, withPeriod(`/indicators/${i.id}`, ctx.period)),
      kindCell(i.kind),
      targetCell(facts),
      actualCell(facts, r.evaluation, pendingValue),
      pct(r.evaluation.completion),
      gapCell(facts, r.evaluation),
      status(r.evaluation.status, r.pending),
      num(r.evaluation.score),
      text(r.countyRank === null ? '—' : formatRank(r.countyRank, r.countyTotal)),
      text(unitLabel(getCampaignStructure(ctx.campaign.id), i.responsibleUnitId)),
    ]),
    note: '按已审核数据计算；已报送未审核的数值标为“待审核”，不计入得分。得分为各指标得分按权重的加权平均。',
  };
}

export const WORK_ITEM_STATUS_LABELS: Record<WorkItem['status'], string> = {
  not_started: '未启动',
  in_progress: '推进中',
  done: '已完成',
  closed: '已销号',
};

/** 项目化推进: task, target, owner, deadline, status, milestone progress and the next milestone. */
export function workItemsTable(ctx: DashboardContext, view: TaskForceView): Table {
  const s = getCampaignStructure(ctx.campaign.id);
  const asOf = periodEndDate(ctx.period);
  return {
    id: 'task-force-work-items',
    title: `${view.name} · 工作任务`,
    columns: ['任务', '目标', '责任单位', '责任人', '完成时限', '状态', '节点进度', '下一节点'].map((header) => ({ header })),
    rows: view.workItems.map((w) => {
      const done = w.milestones.filter((m) => m.actualDate !== null && m.actualDate <= asOf).length;
      const next = w.milestones.find((m) => !(m.actualDate !== null && m.actualDate <= asOf));
      const overdue = w.deadline < asOf && (w.status === 'not_started' || w.status === 'in_progress');
      const nextText = next
        ? `${next.title}（${next.dateLabel ?? (next.plannedDate ? formatDateZh(next.plannedDate) : '时间待定')}）`
        : '—';
      return [
        text(w.title, withPeriod(`/work-items/${w.id}`, ctx.period)),
        text(w.target),
        text(unitLabel(s, w.ownerUnitId)),
        text(w.ownerPerson),
        text(formatDateZh(w.deadline)),
        text(overdue ? `${WORK_ITEM_STATUS_LABELS[w.status]}（已逾期）` : WORK_ITEM_STATUS_LABELS[w.status]),
        text(`${done}/${w.milestones.length}`),
        text(nextText),
      ];
    }),
    note: `节点按${formatDateZh(asOf)}（统计期末）计；超过完成时限仍未完成的标“已逾期”。`,
  };
}
