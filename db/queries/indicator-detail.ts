import 'server-only';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { countyValues, regions, type Indicator, type IndicatorStep } from '@/db/schema';
import { countyRank, periodEndDate, periodKey, periodsOfYearUpTo, timeProgress, type IndicatorResult } from '@/lib/metrics';
import type { IndicatorFacts } from '@/lib/views/indicator-cells';
import type { DashboardContext } from './dashboard-context';
import { unitLabel } from './dashboard-names';
import { listMonthlyValues } from './indicator-series';
import { getPeriodSnapshot } from './snapshot';
import { getCampaignStructure } from './structure';

export interface MonthPoint {
  period: string;
  month: number;
  /** Approved value (cumulative: 1—N月 year to date), null when missing or not yet due. */
  actual: number | null;
  /** Submitted value awaiting approval (待审核), when there is no approved one. */
  pending: number | null;
  /** Cumulative only: this month's increment (actual − previous month's actual). */
  increment: number | null;
  /** 阶段性目标 of the month, if set. */
  phased: number | null;
  /** Cumulative: annual target × time progress (序时进度线); level: the annual target; rank: the target rank. */
  reference: number | null;
}

export interface CountyRow {
  code: string;
  name: string;
  value: number;
  rank: number | null;
  home: boolean;
}

export interface IndicatorView {
  indicator: Indicator;
  facts: IndicatorFacts;
  taskForce: { id: number; name: string };
  competition: { id: number; name: string };
  responsibleUnit: string | null;
  result: IndicatorResult;
  /** Twelve months of the period's year; values only up to the effective period. */
  months: MonthPoint[];
  steps: IndicatorStep[];
  /** County comparison of the effective period, with the district's rank history; null without one. */
  county: { period: string; rows: CountyRow[]; history: { period: string; month: number; rank: number | null }[] } | null;
}

function monthPoints(
  ctx: DashboardContext,
  ind: Indicator,
  result: IndicatorResult,
  phased: { period: string; target: number }[],
): MonthPoint[] {
  const year = Number(ctx.period.slice(0, 4));
  const eff = result.evaluation.effectivePeriod;
  const values = listMonthlyValues([ind.id], ctx.period).get(ind.id);
  const phasedBy = new Map(phased.map((p) => [p.period, p.target]));
  let previous: number | null = null;
  return Array.from({ length: 12 }, (_, k) => {
    const period = periodKey(year, k + 1);
    const due = eff !== null && period <= eff && ind.kind !== 'milestone';
    const actual = due ? (values?.approved.get(period) ?? null) : null;
    const pending = due && actual === null ? (values?.submitted.get(period) ?? null) : null;
    let increment: number | null = null;
    if (ind.kind === 'cumulative' && actual !== null) {
      const firstOfYear = k === 0 || (ind.combinedJanFeb && k === 1);
      increment = firstOfYear ? actual : previous === null ? null : actual - previous;
    }
    if (due) previous = actual;
    let reference: number | null = null;
    if (ind.kind === 'cumulative' && ind.annualTarget !== null)
      reference = ind.annualTarget * timeProgress(period, ctx.settings.timeProgressMode);
    else if (ind.kind === 'level') reference = ind.annualTarget;
    else if (ind.kind === 'rank') reference = ind.targetRank;
    return { period, month: k + 1, actual, pending, increment, phased: phasedBy.get(period) ?? null, reference };
  });
}

function countyComparison(ctx: DashboardContext, ind: Indicator, effective: string | null): IndicatorView['county'] {
  if (!ind.hasCountyComparison || effective === null) return null;
  const rows = getDb()
    .select({
      period: countyValues.period,
      regionCode: countyValues.regionCode,
      value: countyValues.value,
      name: regions.name,
      sortOrder: regions.sortOrder,
    })
    .from(countyValues)
    .innerJoin(regions, eq(regions.code, countyValues.regionCode))
    .where(
      and(
        eq(countyValues.indicatorId, ind.id),
        gte(countyValues.period, `${effective.slice(0, 4)}-01`),
        lte(countyValues.period, effective),
      ),
    )
    .orderBy(asc(regions.sortOrder))
    .all();
  const home = ctx.campaign.homeRegionCode;
  const current = rows.filter((r) => r.period === effective);
  return {
    period: effective,
    rows: current.map((r) => ({
      code: r.regionCode,
      name: r.name,
      value: r.value,
      home: r.regionCode === home,
      rank: countyRank(current, r.regionCode, ind.direction),
    })),
    history: periodsOfYearUpTo(effective).map((p) => ({
      period: p,
      month: Number(p.slice(5)),
      rank: countyRank(
        rows.filter((r) => r.period === p),
        home,
        ind.direction,
      ),
    })),
  };
}

/** Everything the indicator page shows, or null when `id` is not an indicator of the active campaign. */
export function getIndicatorView(ctx: DashboardContext, id: number): IndicatorView | null {
  const s = getCampaignStructure(ctx.campaign.id);
  const ind = s.indicators.find((i) => i.id === id);
  const tf = ind && s.taskForces.find((t) => t.id === ind.taskForceId);
  const comp = tf && s.competitions.find((c) => c.id === tf.competitionId);
  const result = getPeriodSnapshot(ctx.campaign, ctx.period).indicators.find((r) => r.id === id);
  if (!ind || !tf || !comp || !result) return null;
  const steps = s.steps.get(id) ?? [];
  const end = periodEndDate(ctx.period);
  return {
    indicator: ind,
    facts: { ...ind, steps: { total: steps.length, done: steps.filter((st) => st.doneDate !== null && st.doneDate <= end).length } },
    taskForce: { id: tf.id, name: tf.name },
    competition: { id: comp.id, name: comp.name },
    responsibleUnit: unitLabel(s, ind.responsibleUnitId),
    result,
    months: monthPoints(ctx, ind, result, s.phasedTargets.get(id) ?? []),
    steps,
    county: countyComparison(ctx, ind, result.evaluation.effectivePeriod),
  };
}
