import 'server-only';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { countyValues, regions, type Unit } from '@/db/schema';
import { previousPeriod, rankByScore, rankMovement } from '@/lib/metrics';
import { move, num, pct, rank, text, value, type Table } from '@/lib/views/table';
import { formatPeriodZh, formatRank } from '@/lib/format';
import { withPeriod, type DashboardContext } from './dashboard-context';
import { cached } from './cache';
import { structureIndex } from './dashboard-names';
import { getPeriodSnapshot } from './snapshot';
import { getCampaignStructure } from './structure';

const UNIT_KIND_TITLES: Record<Unit['kind'], string> = { department: '部门排名', township: '乡镇（街道）排名' };

/**
 * Departments or townships ranked among their own kind by unit score (weighted mean of the
 * indicators they are responsible for), ties shared; movement against the same ranking of the
 * previous period. Units without any scored indicator are left out. `onTimeRate` (报送及时率,
 * a fraction per unit id) adds its column when given.
 */
export function unitRankingTable(ctx: DashboardContext, kind: Unit['kind'], onTimeRate?: Map<number, number | null>): Table {
  const s = getCampaignStructure(ctx.campaign.id);
  const now = getPeriodSnapshot(ctx.campaign, ctx.period);
  const before = getPeriodSnapshot(ctx.campaign, previousPeriod(ctx.period));
  const ofKind = now.units.filter((u) => s.units.get(u.id)?.kind === kind && u.score !== null);
  const prevScore = new Map(before.units.map((u) => [u.id, u.score]));
  const ranked = rankByScore(ofKind, (u) => u.score);
  const prevRanked = new Map(
    rankByScore(
      ofKind.map((u) => u.id),
      (id) => prevScore.get(id) ?? null,
    ).map((r) => [r.item, r.rank]),
  );
  const indicatorCount = new Map<number, number>();
  for (const i of s.indicators)
    if (i.responsibleUnitId !== null) indicatorCount.set(i.responsibleUnitId, (indicatorCount.get(i.responsibleUnitId) ?? 0) + 1);
  return {
    id: kind === 'department' ? 'ranking-departments' : 'ranking-townships',
    title: UNIT_KIND_TITLES[kind],
    columns: [
      { header: '名次' },
      { header: kind === 'department' ? '部门' : '乡镇（街道）' },
      { header: '得分' },
      { header: '较上期' },
      { header: '平均完成率' },
      { header: '严重滞后' },
      { header: '未报送' },
      { header: '责任指标数' },
      ...(onTimeRate ? [{ header: '报送及时率' }] : []),
    ],
    rows: ranked.map(({ item: u, rank: r }) => [
      rank(r),
      text(s.units.get(u.id)?.name ?? null),
      num(u.score),
      move(rankMovement(prevRanked.get(u.id) ?? null, r)),
      pct(u.completion),
      num(u.counts.lagging + u.counts.overdue, 0),
      num(u.counts.no_data, 0),
      num(indicatorCount.get(u.id) ?? 0, 0),
      ...(onTimeRate ? [pct(onTimeRate.get(u.id) ?? null)] : []),
    ]),
    note: `单位得分为其作为责任单位的指标得分按权重的加权平均；名次在${kind === 'department' ? '部门' : '乡镇（街道）'}之间比较，得分相同名次并列；无考核指标的单位不参与排名。`,
  };
}

/** The prefecture's counties in their official order (the campaign's home county among them). */
function listCounties(ctx: DashboardContext) {
  const home = getDb().select().from(regions).where(eq(regions.code, ctx.campaign.homeRegionCode)).get();
  if (!home?.parentCode) return [];
  return getDb().select().from(regions).where(eq(regions.parentCode, home.parentCode)).orderBy(asc(regions.sortOrder)).all();
}

/**
 * 全市比较: one row per indicator with a county comparison — each county's value for the
 * indicator's effective period, the district's rank and its movement. `weakOnly` keeps the 弱项.
 */
export function countyComparisonTable(ctx: DashboardContext, weakOnly: boolean): Table {
  const s = getCampaignStructure(ctx.campaign.id);
  const idx = structureIndex(s);
  const snap = getPeriodSnapshot(ctx.campaign, ctx.period);
  const counties = listCounties(ctx);
  const results = snap.indicators.filter((r) => r.countyRank !== null && (!weakOnly || r.weak));
  const values = loadCountyValues(
    ctx,
    results.map((r) => ({ id: r.id, period: r.evaluation.effectivePeriod })),
  );
  return {
    id: 'county-comparison',
    title: weakOnly ? '全市比较（弱项）' : '全市比较',
    columns: [
      { header: '指标' },
      { header: '专班' },
      { header: '统计期' },
      ...counties.map((c) => ({ header: c.code === ctx.campaign.homeRegionCode ? `${c.name}（本区）` : c.name, align: 'right' as const })),
      { header: '本区排名' },
      { header: '较上期' },
      { header: '弱项' },
    ],
    rows: results.flatMap((r) => {
      const ind = idx.indicator.get(r.id);
      const tf = idx.taskForce.get(r.taskForceId);
      if (!ind || !tf) return [];
      const own = values.get(r.id) ?? new Map<string, number>();
      return [
        [
          text(ind.name, withPeriod(`/indicators/${ind.id}`, ctx.period)),
          text(tf.name, withPeriod(`/task-forces/${tf.id}`, ctx.period)),
          text(r.evaluation.effectivePeriod ? formatPeriodZh(r.evaluation.effectivePeriod) : null),
          ...counties.map((c) => value(own.get(c.code) ?? null, ind.unit)),
          text(formatRank(r.countyRank, r.countyTotal)),
          move(r.countyMovement),
          text(r.weak ? (r.countyBottomThird ? '排名靠后' : '严重滞后') : ''),
        ],
      ];
    }),
    note: '各县（市、区）同一指标、同一统计期的数值；错月指标按其评价所用的统计期比较。弱项：排名处于后三分之一或严重滞后。',
  };
}

/** County values by indicator and region for each indicator's effective period; cached until the next write. */
function loadCountyValues(ctx: DashboardContext, wanted: { id: number; period: string | null }[]): Map<number, Map<string, number>> {
  const all = cached(`county-values:${ctx.campaign.id}:${ctx.period}`, () => {
    const rows = getDb()
      .select({ id: countyValues.indicatorId, period: countyValues.period, code: countyValues.regionCode, value: countyValues.value })
      .from(countyValues)
      .where(and(gte(countyValues.period, `${ctx.period.slice(0, 4)}-01`), lte(countyValues.period, ctx.period)))
      .all();
    const map = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const key = `${r.id}:${r.period}`;
      const m = map.get(key) ?? new Map<string, number>();
      m.set(r.code, r.value);
      map.set(key, m);
    }
    return map;
  });
  return new Map(wanted.map((w) => [w.id, (w.period && all.get(`${w.id}:${w.period}`)) || new Map<string, number>()]));
}
