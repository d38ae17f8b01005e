/** 互看互学互比: the counties' values of an indicator for its effective period, and the district's rank over the year. */
import type { Indicator } from '@/db/schema';
import { countyRank, periodsOfYearUpTo, type IndicatorResult } from '@/lib/metrics';
import { formatMovement, formatPeriodZh, formatRank } from '@/lib/format';
import type { CountyValueRow } from './rows';
import { amount, keyedRows, rank, text, type Table } from './table';

export interface CountyBar {
  code: string;
  name: string;
  value: number;
  rank: number | null;
  home: boolean;
  /** Written over the bar: '★ 第2名' for the district. */
  label: string;
}

export interface CountyView {
  period: string;
  title: string;
  summary: string;
  unit: string;
  bars: CountyBar[];
  /** The district's county rank per month of the year up to the effective period. */
  history: { month: number; value: number | null }[];
  rankTotal: number;
  table: Table;
}

/** The six counties' values of the effective period, in the official order, with each one's rank. */
function countyTable(ind: Indicator, period: string | null, bars: CountyBar[]): Table {
  return {
    id: 'indicator-counties',
    title: `${ind.name} · 全市县（市、区）比较${period ? `（${formatPeriodZh(period)}）` : ''}`,
    columns: [
      { header: '县（市、区）' },
      { header: '数值', align: 'right', key: 'value' },
      { header: '排名', align: 'right', key: 'rank' },
    ],
    ...keyedRows(
      bars.map((b) => ({
        key: `county-${b.code}`,
        cells: [text(b.home ? `${b.name}（本区）` : b.name), amount(b.value, ind.unit), rank(b.rank)],
      })),
    ),
    note: ind.direction === 'lower' ? '该指标越低越好，数值最小者排第1名；数值相同名次并列。' : '数值最大者排第1名；数值相同名次并列。',
  };
}

/**
 * The county comparison of an indicator with one (`rows`: the year's county values up to its
 * effective period); null without one. Ranks by countyRank, the district's from the snapshot.
 */
export function countyView(ind: Indicator, r: IndicatorResult, homeRegionCode: string, rows: CountyValueRow[]): CountyView | null {
  const effective = r.evaluation.effectivePeriod;
  if (!ind.hasCountyComparison || effective === null) return null;
  const current = rows.filter((x) => x.period === effective);
  const bars = current.map((x) => {
    const home = x.regionCode === homeRegionCode;
    const rk = countyRank(current, x.regionCode, ind.direction);
    return { code: x.regionCode, name: x.name, value: x.value, rank: rk, home, label: `${home ? '★ ' : ''}${formatRank(rk)}` };
  });
  const homeName = bars.find((b) => b.home)?.name ?? '本区';
  return {
    period: effective,
    title: `全市县（市、区）比较 · ${formatPeriodZh(effective)}`,
    summary: `${homeName}${formatRank(r.countyRank, r.countyTotal)}${r.countyMovement === null ? '' : `，较上期${formatMovement(r.countyMovement)}`}。★ 为本区。`,
    unit: ind.unit,
    bars,
    history: periodsOfYearUpTo(effective).map((p) => ({
      month: Number(p.slice(5)),
      value: countyRank(
        rows.filter((x) => x.period === p),
        homeRegionCode,
        ind.direction,
      ),
    })),
    rankTotal: Math.max(current.length, 1),
    table: countyTable(ind, effective, bars),
  };
}

/** The county table of an indicator for the export (empty rows without a comparison). */
export function indicatorCountyTable(ind: Indicator, r: IndicatorResult, homeRegionCode: string, rows: CountyValueRow[]): Table {
  return countyView(ind, r, homeRegionCode, rows)?.table ?? countyTable(ind, null, []);
}
