import 'server-only';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { countyValues, regions } from '@/db/schema';
import type { PeriodSnapshot } from '@/lib/metrics';
import type { CountyComparisonRows } from '@/lib/views/rankings';
import { cached } from './cache';
import type { DashboardContext } from './dashboard-context';

/** The prefecture's counties in their official order (the campaign's home county among them). */
function listCounties(ctx: DashboardContext) {
  const home = getDb().select().from(regions).where(eq(regions.code, ctx.campaign.homeRegionCode)).get();
  if (!home?.parentCode) return [];
  return getDb()
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(eq(regions.parentCode, home.parentCode))
    .orderBy(asc(regions.sortOrder))
    .all();
}

/** County values of the year up to the period, by `indicator:period` and region; cached until the next write. */
function yearCountyValues(ctx: DashboardContext): Map<string, Map<string, number>> {
  return cached(`county-values:${ctx.campaign.id}:${ctx.period}`, () => {
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
}

/**
 * What the county comparison of the rankings page shows: the counties in official order, and for
 * each indicator with a county rank in the snapshot its values of its effective period by region.
 */
export function getCountyComparisonRows(ctx: DashboardContext, snapshot: PeriodSnapshot): CountyComparisonRows {
  const all = yearCountyValues(ctx);
  const values = new Map(
    snapshot.indicators
      .filter((r) => r.countyRank !== null)
      .map((r) => {
        const p = r.evaluation.effectivePeriod;
        return [r.id, (p && all.get(`${r.id}:${p}`)) || new Map<string, number>()] as const;
      }),
  );
  return { counties: listCounties(ctx), values };
}
