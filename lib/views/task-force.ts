/** The task-force page: goal and members, key figures, its indicators (with sparklines) and work items. */
import type { Indicator } from '@/db/schema';
import { periodEndDate, periodsOfYearUpTo, type IndicatorResult } from '@/lib/metrics';
import { formatPeriodRangeZh, formatRank, STATUS_LABELS, type StatusKey } from '@/lib/format';
import { rankedFigures, type RankedFigures } from './competition';
import { withPeriod, type DashboardData } from './context';
import { actualCell, figureCell, gapCell, kindCell, targetCell, type IndicatorFacts } from './indicator-cells';
import type { TaskForceRows } from './rows';
import { personLabel, unitLabel, type CampaignStructure } from './structure';
import { keyedRows, num, status, text, type Table } from './table';
import { workItemsTable } from './work-items';

export interface SparklineView {
  key: string;
  /** Approved values January → effective period (null = missing); empty for milestones. */
  values: (number | null)[];
  tone: StatusKey;
  reversed: boolean;
  title: string;
}

export interface TaskForceView extends RankedFigures {
  id: number;
  name: string;
  goal: string;
  competition: { name: string; href: string };
  leader: string | null;
  unit: string | null;
  members: string[];
  indicators: Table;
  sparklines: SparklineView[];
  workItems: Table;
}

/** An indicator's facts for the cells: its row, with its milestone steps done by the period end. */
export function indicatorFacts(s: CampaignStructure, ind: Indicator, period: string): IndicatorFacts {
  const steps = s.steps.get(ind.id) ?? [];
  const end = periodEndDate(period);
  return { ...ind, steps: { total: steps.length, done: steps.filter((st) => st.doneDate !== null && st.doneDate <= end).length } };
}

interface Item {
  indicator: Indicator;
  result: IndicatorResult;
  pendingValue: number | null;
  series: (number | null)[];
}

function indicatorsTable({ ctx, structure: s }: DashboardData, name: string, items: Item[]): Table {
  const right = new Set(['年度目标', '本期实际', '得分']);
  const rows = items.map(({ indicator: i, result: r, pendingValue }) => {
    const facts = indicatorFacts(s, i, ctx.period);
    return {
      key: `indicator-${i.id}`,
      cells: [
        text(i.name, withPeriod(`/indicators/${i.id}`, ctx.period)),
        kindCell(i.kind),
        targetCell(facts),
        actualCell(facts, r.evaluation, pendingValue),
        figureCell(r.evaluation),
        gapCell(r.evaluation),
        status(r.evaluation.status, r.pending),
        num(r.evaluation.score),
        text(r.countyRank === null ? '—' : formatRank(r.countyRank, r.countyTotal)),
        text(unitLabel(s, i.responsibleUnitId)),
      ],
    };
  });
  const headers: [string, string | undefined][] = [
    ['指标', undefined],
    ['类型', undefined],
    ['年度目标', 'target'],
    ['本期实际', 'actual'],
    ['完成情况', 'figure'],
    ['进度差距', 'gap'],
    ['状态', 'status'],
    ['得分', 'score'],
    ['全市排名', 'county-rank'],
    ['责任单位', undefined],
  ];
  return {
    id: 'task-force-indicators',
    title: `${name} · 指标`,
    columns: headers.map(([header, key]) => ({
      header,
      key,
      align: right.has(header) ? ('right' as const) : undefined,
      wide: key === 'gap' || undefined,
    })),
    ...keyedRows(rows),
    note: '按已审核数据计算；已报送未审核的数值标为“待审核”，不计入得分。越低越好的累计型指标，年度目标为控制线，完成情况为控制线使用。得分为各指标得分按权重的加权平均。',
  };
}

/** The task force `id` with its indicators evaluated for the period and its work items; null when unknown. */
export function taskForceView(data: DashboardData, id: number, rows: TaskForceRows): TaskForceView | null {
  const { ctx, structure: s, snapshot } = data;
  const tf = s.taskForces.find((t) => t.id === id);
  const comp = tf && s.competitions.find((c) => c.id === tf.competitionId);
  const result = snapshot.taskForces.find((t) => t.id === id);
  if (!tf || !comp || !result) return null;
  const results = new Map(snapshot.indicators.map((r) => [r.id, r]));
  const items = s.indicators
    .filter((i) => i.taskForceId === id)
    .flatMap((indicator): Item[] => {
      const r = results.get(indicator.id);
      if (!r) return [];
      const v = rows.values.get(indicator.id);
      const eff = r.evaluation.effectivePeriod;
      const series = eff && indicator.kind !== 'milestone' ? periodsOfYearUpTo(eff).map((p) => v?.approved.get(p) ?? null) : [];
      return [{ indicator, result: r, pendingValue: eff ? (v?.submitted.get(eff) ?? null) : null, series }];
    });
  return {
    id: tf.id,
    name: tf.name,
    goal: tf.goal,
    competition: { name: comp.name, href: withPeriod(`/competitions/${comp.id}`, ctx.period) },
    leader: personLabel(s, tf.leadPersonId),
    unit: unitLabel(s, tf.leadUnitId),
    members: rows.members,
    ...rankedFigures(result, snapshot.taskForces.length, snapshot),
    indicators: indicatorsTable(data, tf.name, items),
    sparklines: items.map(({ indicator, result: r, series }) => ({
      key: `indicator-${indicator.id}`,
      values: series,
      tone: r.evaluation.status,
      reversed: indicator.kind === 'rank',
      title: `${indicator.name}：${formatPeriodRangeZh(r.evaluation.effectivePeriod ?? ctx.period)}走势，${STATUS_LABELS[r.evaluation.status]}`,
    })),
    workItems: workItemsTable(data, tf.name, rows.workItems),
  };
}
