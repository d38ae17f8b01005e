/** The trend panel of an indicator page: cumulative against its 序时 line, or a level / rank against its target. */
import type { Indicator } from '@/db/schema';
import { monthlyIncrements, progressFigure, trendLines, type IndicatorEvaluation } from '@/lib/metrics';
import { describeGap, formatAmount, formatProgressFigure, formatRank } from '@/lib/format';
import type { ViewContext } from './context';
import type { MonthlyValues } from './rows';

export interface TrendPoint {
  month: number;
  /** Approved value (cumulative: 1—N月 year to date), null when missing or not yet due. */
  actual: number | null;
  /** Submitted value awaiting approval (待审核), when there is no approved one. */
  pending: number | null;
  /** Cumulative only: this month's increment (monthlyIncrements). */
  increment: number | null;
  /** 阶段性目标 (for a ceiling, 阶段控制线) of the month, if set. */
  phased: number | null;
  /** trendLines' reference: the 序时 line (序时控制线 for a ceiling); level: the target; rank: the target rank. */
  reference: number | null;
  /** trendLines' projection, from the effective month on. */
  projection: number | null;
}

export interface TrendView {
  chart: 'cumulative' | 'level' | 'rank';
  title: string;
  summary: string;
  unit: string;
  points: TrendPoint[];
  /** Names of the lines, for the legend and the tooltips. */
  labels: { actual: string; reference: string; phased: string; projection: string };
  /** Level / rank: the target line. */
  target: number | null;
  /** Whether any month has a phased target / a value awaiting approval (their legend entries). */
  hasPhased: boolean;
  hasPending: boolean;
}

function points(
  ind: Indicator,
  e: IndicatorEvaluation,
  ctx: ViewContext,
  values: MonthlyValues,
  phased: Map<string, number>,
): TrendPoint[] {
  const lines = trendLines(ind, e, ctx.settings);
  const eff = e.effectivePeriod;
  const due = lines.map((l) => eff !== null && l.period <= eff && ind.kind !== 'milestone');
  const actual = lines.map((l, k) => (due[k] ? (values.approved.get(l.period) ?? null) : null));
  const increments = ind.kind === 'cumulative' ? monthlyIncrements(actual, ind.combinedJanFeb) : actual.map(() => null);
  return lines.map((l, k) => ({
    month: l.month,
    actual: actual[k] ?? null,
    pending: due[k] && actual[k] === null ? (values.submitted.get(l.period) ?? null) : null,
    increment: increments[k] ?? null,
    phased: phased.get(l.period) ?? null,
    reference: l.reference,
    projection: l.projection,
  }));
}

/** The trend of a non-milestone indicator over the period's year; null for milestones. */
export function trendView(
  ind: Indicator,
  e: IndicatorEvaluation,
  ctx: ViewContext,
  values: MonthlyValues,
  phasedTargets: { period: string; target: number }[],
): TrendView | null {
  if (ind.kind === 'milestone') return null;
  const pts = points(ind, e, ctx, values, new Map(phasedTargets.map((p) => [p.period, p.target])));
  const has = { hasPhased: pts.some((p) => p.phased !== null), hasPending: pts.some((p) => p.pending !== null) };
  const gap = describeGap(e);
  const a = (v: number | null) => formatAmount(v, ind.unit);
  if (ind.kind === 'cumulative') {
    const ceiling = e.basis === 'ceiling';
    const month = e.effectivePeriod ? Number(e.effectivePeriod.slice(5)) : null;
    const f = progressFigure(e);
    const figure = f && f.kind !== 'zero_ceiling' ? formatProgressFigure(f, ind.unit) : null;
    return {
      chart: 'cumulative',
      title: ceiling ? '累计发生与控制线' : '累计完成与序时进度',
      summary: `${ceiling ? '年度控制线' : '年度目标'}${a(ind.annualTarget)}；截至${month ?? '—'}月累计${a(e.actual)}${figure ? `，${figure.text}` : ''}，${gap}。`,
      unit: ind.unit,
      points: pts,
      labels: ceiling
        ? { actual: '累计发生', reference: '序时控制线（控制线×序时进度）', phased: '阶段控制线', projection: '按当前趋势预计' }
        : { actual: '累计完成', reference: '序时进度线（年度目标×序时进度）', phased: '阶段性目标', projection: '按当前进度预计' },
      target: ind.annualTarget,
      ...has,
    };
  }
  const rank = ind.kind === 'rank';
  return {
    chart: rank ? 'rank' : 'level',
    title: rank ? '全市排名走势' : '数值走势与目标',
    summary: rank
      ? `目标全市前${ind.targetRank ?? '—'}，本期${formatRank(e.actual)}，${gap}。`
      : `目标${a(e.target ?? ind.annualTarget)}，本期${a(e.actual)}，${gap}。`,
    unit: ind.unit,
    points: pts,
    labels: rank
      ? { actual: '全市排名', reference: '目标名次', phased: '', projection: '' }
      : { actual: '数值', reference: '年度目标', phased: '', projection: '' },
    target: rank ? ind.targetRank : ind.annualTarget,
    ...has,
  };
}
