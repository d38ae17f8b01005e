/** The indicator page: where it sits, its key figures, the year-end outlook, its trend and the counties. */
import { progressFigure, yearEndOutlook, type IndicatorResult } from '@/lib/metrics';
import {
  describeGap,
  DIRECTION_LABELS,
  formatNumber,
  formatOutlook,
  formatPeriodZh,
  formatProgressFigure,
  formatRank,
  KIND_LABELS,
} from '@/lib/format';
import { withPeriod, type DashboardData } from './context';
import { countyView, type CountyView } from './indicator-county';
import { trendView, type TrendView } from './indicator-trend';
import { actualCell, targetCell } from './indicator-cells';
import type { IndicatorRows } from './rows';
import { unitLabel } from './structure';
import { cellText, status, type Cell } from './table';
import { indicatorFacts } from './task-force';

export interface KeyFigureView {
  /** Test hook of the value. */
  key: string;
  label: string;
  value: string;
  /** A line under the value (the figure in a sentence: '已用控制线75.0%'). */
  caption: string | null;
}

export interface ProjectionView {
  headline: string;
  amount: string;
  verdict: string;
  good: boolean;
  needTitle: string;
  need: string;
}

export interface IndicatorView {
  id: number;
  name: string;
  kind: IndicatorResult['evaluation']['kind'];
  competition: { name: string; href: string };
  taskForce: { name: string; href: string };
  /** '责任单位：区应急管理局 · 累计型 · 单位：起 · 越低越好（年度目标为控制线）'. */
  facts: string;
  /** 错月 note, or null. */
  lagNote: string | null;
  figures: KeyFigureView[];
  status: Cell;
  gap: string;
  score: string;
  county: { rank: string; movement: number | null } | null;
  projection: ProjectionView | null;
  trend: TrendView | null;
  counties: CountyView | null;
}

const NEED_TITLES = { completion: '完成年度目标尚需', ceiling: '控制线余量', zero_ceiling: '零容忍要求' } as const;

/** The year-end outlook of a cumulative indicator in words (formatOutlook(yearEndOutlook(e))); null for other kinds. */
export function projectionView(r: IndicatorResult): ProjectionView | null {
  const e = r.evaluation;
  if (e.kind !== 'cumulative') return null;
  const o = yearEndOutlook(e);
  const w = formatOutlook(o, e.unit);
  return { ...w, needTitle: NEED_TITLES[o?.kind ?? (e.basis === 'ceiling' ? 'ceiling' : 'completion')] };
}

function headlineFigure(r: IndicatorResult): KeyFigureView[] {
  const w = formatProgressFigure(progressFigure(r.evaluation), r.evaluation.unit);
  if (w === null) return [];
  const caption = progressFigure(r.evaluation)?.kind === 'ceiling_use' ? w.text : null;
  return [{ key: 'indicator-figure', label: w.label, value: w.value, caption }];
}

/** Everything the indicator page shows, or null when `id` is not an indicator of the campaign. */
export function indicatorView(data: DashboardData, id: number, rows: IndicatorRows, homeRegionCode: string): IndicatorView | null {
  const { ctx, structure: s, snapshot } = data;
  const ind = s.indicators.find((i) => i.id === id);
  const tf = ind && s.taskForces.find((t) => t.id === ind.taskForceId);
  const comp = tf && s.competitions.find((c) => c.id === tf.competitionId);
  const r = snapshot.indicators.find((x) => x.id === id);
  if (!ind || !tf || !comp || !r) return null;
  const e = r.evaluation;
  const facts = indicatorFacts(s, ind, ctx.period);
  const ceiling = e.basis === 'ceiling';
  const direction = ind.kind === 'rank' ? '名次越小越好' : `${DIRECTION_LABELS[ind.direction]}${ceiling ? '（年度目标为控制线）' : ''}`;
  const pending = e.effectivePeriod ? (rows.values.submitted.get(e.effectivePeriod) ?? null) : null;
  return {
    id: ind.id,
    name: ind.name,
    kind: ind.kind,
    competition: { name: comp.name, href: withPeriod(`/competitions/${comp.id}`, ctx.period) },
    taskForce: { name: tf.name, href: withPeriod(`/task-forces/${tf.id}`, ctx.period) },
    facts: `责任单位：${unitLabel(s, ind.responsibleUnitId) ?? '—'} · ${KIND_LABELS[ind.kind]}${ind.kind === 'milestone' ? '' : ` · 单位：${ind.unit} · ${direction}`}`,
    lagNote: ind.lagMonths > 0 ? `错月指标：本期按${e.effectivePeriod ? formatPeriodZh(e.effectivePeriod) : '—'}数据评价。` : null,
    figures: [
      { key: 'indicator-target', label: ceiling ? '年度控制线' : '年度目标', value: cellText(targetCell(facts)), caption: null },
      { key: 'indicator-actual', label: '本期实际', value: cellText(actualCell(facts, e, pending)), caption: null },
      ...headlineFigure(r),
    ],
    status: status(e.status, r.pending),
    gap: describeGap(e),
    score: formatNumber(e.score),
    county: ind.hasCountyComparison ? { rank: formatRank(r.countyRank, r.countyTotal), movement: r.countyMovement } : null,
    projection: projectionView(r),
    trend: trendView(ind, e, ctx, rows.values, s.phasedTargets.get(id) ?? []),
    counties: countyView(ind, r, homeRegionCode, rows.county),
  };
}
