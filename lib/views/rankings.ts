/** The rankings page's unit rankings (departments, townships) and the county comparison of every indicator. */
import type { Region, Unit } from '@/db/schema';
import { formatPeriodZh, formatRank } from '@/lib/format';
import { rankedNote, withPeriod, type DashboardData } from './context';
import { groupProgressView } from './group-progress';
import { COMPLETION_NOTE } from './ranking-tables';
import { structureIndex } from './structure';
import { amount, keyedRows, move, num, pct, rank, text, type Table } from './table';

const UNIT_KIND_TITLES: Record<Unit['kind'], string> = { department: '部门排名', township: '乡镇（街道）排名' };
const UNIT_KIND_NAMES: Record<Unit['kind'], string> = { department: '部门', township: '乡镇（街道）' };

/**
 * Departments or townships on the snapshot's ranks among their own kind (unit score: weighted mean
 * of the indicators they are responsible for; ties shared) and movement (none where there is no
 * previous rank). Units without any scored indicator are left out. `onTimeRate` (报送及时率, a
 * fraction per unit id) adds its column when given.
 */
export function unitRankingTable(
  { structure: s, snapshot }: DashboardData,
  kind: Unit['kind'],
  onTimeRate?: Map<number, number | null>,
): Table {
  const order = new Map([...s.units.keys()].map((id, i) => [id, i]));
  const ranked = snapshot.units
    .filter((u) => s.units.get(u.id)?.kind === kind && u.score !== null)
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const indicatorCount = new Map<number, number>();
  for (const i of s.indicators)
    if (i.responsibleUnitId !== null) indicatorCount.set(i.responsibleUnitId, (indicatorCount.get(i.responsibleUnitId) ?? 0) + 1);
  const rows = ranked.map((u) => ({
    key: `unit-${u.id}`,
    cells: [
      rank(u.rank),
      text(s.units.get(u.id)?.name ?? null),
      num(u.score),
      move(u.movement),
      pct(u.progress.completion),
      text(groupProgressView(u.progress).gap),
      num(u.counts.lagging + u.counts.overdue, 0),
      num(u.counts.no_data, 0),
      num(indicatorCount.get(u.id) ?? 0, 0),
      ...(onTimeRate ? [pct(onTimeRate.get(u.id) ?? null)] : []),
    ],
  }));
  const name = UNIT_KIND_NAMES[kind];
  return {
    id: kind === 'department' ? 'ranking-departments' : 'ranking-townships',
    title: UNIT_KIND_TITLES[kind],
    columns: [
      { header: '名次', key: 'rank' },
      { header: name },
      { header: '得分', key: 'score' },
      { header: '较上期', key: 'movement' },
      { header: '累计型指标平均完成率', key: 'completion' },
      { header: '较应完成进度', key: 'gap' },
      { header: '严重滞后', key: 'lagging' },
      { header: '未报送', key: 'no-data' },
      { header: '责任指标数' },
      ...(onTimeRate ? [{ header: '报送及时率', key: 'on-time' }] : []),
    ],
    ...keyedRows(rows),
    note: rankedNote(
      snapshot,
      `单位得分为其作为责任单位的指标得分按权重的加权平均；名次在${name}之间比较，得分相同名次并列；无考核指标的单位不参与排名。${COMPLETION_NOTE}`,
    ),
  };
}

/** The county values a comparison needs: the counties in official order, and per indicator its effective period's values by region. */
export interface CountyComparisonRows {
  counties: Pick<Region, 'code' | 'name'>[];
  values: Map<number, Map<string, number>>;
}

/**
 * 全市比较: one row per indicator with a county rank — each county's value for the indicator's
 * effective period, the district's rank (the snapshot's) and its movement. `weakOnly` keeps the 弱项.
 */
export function countyComparisonTable(
  { ctx, structure: s, snapshot }: DashboardData,
  homeRegionCode: string,
  rows: CountyComparisonRows,
  weakOnly: boolean,
): Table {
  const idx = structureIndex(s);
  const results = snapshot.indicators.filter((r) => r.countyRank !== null && (!weakOnly || r.weak));
  const body = results.flatMap((r) => {
    const ind = idx.indicator.get(r.id);
    const tf = idx.taskForce.get(r.taskForceId);
    if (!ind || !tf) return [];
    const own = rows.values.get(r.id) ?? new Map<string, number>();
    return [
      {
        key: `indicator-${ind.id}`,
        cells: [
          text(ind.name, withPeriod(`/indicators/${ind.id}`, ctx.period)),
          text(tf.name, withPeriod(`/task-forces/${tf.id}`, ctx.period)),
          text(r.evaluation.effectivePeriod ? formatPeriodZh(r.evaluation.effectivePeriod) : null),
          ...rows.counties.map((c) => amount(own.get(c.code) ?? null, ind.unit)),
          text(formatRank(r.countyRank, r.countyTotal)),
          move(r.countyMovement),
          text(r.weak ? (r.countyBottomThird ? '排名靠后' : '严重滞后') : ''),
        ],
      },
    ];
  });
  return {
    id: 'county-comparison',
    title: weakOnly ? '全市比较（弱项）' : '全市比较',
    columns: [
      { header: '指标' },
      { header: '专班' },
      { header: '统计期' },
      ...rows.counties.map((c) => ({ header: c.code === homeRegionCode ? `${c.name}（本区）` : c.name, align: 'right' as const })),
      { header: '本区排名', key: 'county-rank' },
      { header: '较上期', key: 'movement' },
      { header: '弱项', key: 'weak' },
    ],
    ...keyedRows(body),
    note: '各县（市、区）同一指标、同一统计期的数值；错月指标按其评价所用的统计期比较。弱项：排名处于后三分之一或严重滞后。',
  };
}
