import 'server-only';
import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { countyValues, progressEntries, regions, users } from '@/db/schema';
import type { CountyValueRow, EntryRow, IndicatorRows } from '@/lib/views/rows';
import type { DashboardContext } from './dashboard-context';
import { listMonthlyValues } from './indicator-series';
import { getCampaignStructure } from './structure';

function countyRows(indicatorId: number, period: string): CountyValueRow[] {
  return getDb()
    .select({ period: countyValues.period, regionCode: countyValues.regionCode, value: countyValues.value, name: regions.name })
    .from(countyValues)
    .innerJoin(regions, eq(regions.code, countyValues.regionCode))
    .where(
      and(
        eq(countyValues.indicatorId, indicatorId),
        gte(countyValues.period, `${period.slice(0, 4)}-01`),
        lte(countyValues.period, period),
      ),
    )
    .orderBy(asc(regions.sortOrder))
    .all();
}

/**
 * The rows of the indicator `id`'s page beyond the structure and the snapshot: its values January →
 * period, and the county values of the year up to the period in the counties' official order.
 * null when `id` is not an indicator of the active campaign.
 */
export function getIndicatorRows(ctx: DashboardContext, id: number): IndicatorRows | null {
  const ind = getCampaignStructure(ctx.campaign.id).indicators.find((i) => i.id === id);
  if (!ind) return null;
  const values = listMonthlyValues([id], ctx.period).get(id) ?? { approved: new Map(), submitted: new Map() };
  return { values, county: ind.hasCountyComparison ? countyRows(id, ctx.period) : [] };
}

/**
 * Entries of the indicator `id` (of the active campaign) from January to the period, newest first,
 * with the display names of who entered and who reviewed each; null for an unknown indicator.
 */
export function listIndicatorEntries(ctx: DashboardContext, id: number): EntryRow[] | null {
  if (!getCampaignStructure(ctx.campaign.id).indicators.some((i) => i.id === id)) return null;
  const db = getDb();
  const rows = db
    .select()
    .from(progressEntries)
    .where(
      and(
        eq(progressEntries.indicatorId, id),
        gte(progressEntries.period, `${ctx.period.slice(0, 4)}-01`),
        lte(progressEntries.period, ctx.period),
      ),
    )
    .orderBy(desc(progressEntries.period))
    .all();
  const ids = [...new Set(rows.flatMap((e) => [e.createdBy, e.submittedBy, e.reviewedBy]).filter((x): x is number => x !== null))];
  const names = new Map(
    ids.length
      ? db
          .select({ id: users.id, name: users.displayName })
          .from(users)
          .where(inArray(users.id, ids))
          .all()
          .map((u) => [u.id, u.name])
      : [],
  );
  const who = (uid: number | null) => (uid === null ? null : (names.get(uid) ?? `用户${uid}`));
  return rows.map((e) => ({ ...e, enteredBy: who(e.submittedBy ?? e.createdBy), reviewedByName: who(e.reviewedBy) }));
}
