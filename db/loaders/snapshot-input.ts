/**
 * What lib/metrics computeSnapshot needs for a period, read with a given database handle (see
 * ./structure.ts for why loaders take the handle).
 */
import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { countyValues, periods, progressEntries, publishedRankings, type Campaign } from '@/db/schema';
import { parseSettings, previousRankPeriod, publishedRanksOf, type SnapshotInput } from '@/lib/metrics';
import { snapshotStructure, type CampaignStructure } from '@/lib/views/structure';

/** The stored record of the ranking of record of `period` (its latest published version), or null. */
export function loadPublishedRecord(db: Db, campaignId: number, period: string): unknown {
  const row = db
    .select({ record: publishedRankings.record })
    .from(publishedRankings)
    .where(and(eq(publishedRankings.campaignId, campaignId), eq(publishedRankings.period, period)))
    .orderBy(desc(publishedRankings.version))
    .get();
  return row ? row.record : null;
}

function firstPeriodOf(db: Db, campaignId: number): string | undefined {
  return db.select({ p: periods.period }).from(periods).where(eq(periods.campaignId, campaignId)).orderBy(asc(periods.period)).get()?.p;
}

/**
 * The snapshot input of `period`: `s` is the structure in force in it (structureIn), the year's
 * entries and county values up to it (from December of the year before: the previous period's
 * figures feed rank movement), the previous period's published ranking, the campaign's settings.
 */
export function loadSnapshotInput(db: Db, campaign: Campaign, period: string, s: CampaignStructure): SnapshotInput {
  const from = `${Number(period.slice(0, 4)) - 1}-12`;
  const ids = new Set(s.indicators.map((i) => i.id));
  const entries = db
    .select({
      indicatorId: progressEntries.indicatorId,
      period: progressEntries.period,
      value: progressEntries.value,
      status: progressEntries.status,
    })
    .from(progressEntries)
    .where(and(gte(progressEntries.period, from), lte(progressEntries.period, period)))
    .all()
    .filter((e) => ids.has(e.indicatorId));
  const county = db
    .select({
      indicatorId: countyValues.indicatorId,
      period: countyValues.period,
      regionCode: countyValues.regionCode,
      value: countyValues.value,
    })
    .from(countyValues)
    .where(and(gte(countyValues.period, from), lte(countyValues.period, period)))
    .all()
    .filter((e) => ids.has(e.indicatorId));
  const firstPeriod = firstPeriodOf(db, campaign.id);
  const previous = previousRankPeriod(period, firstPeriod);
  const published = previous === null ? null : loadPublishedRecord(db, campaign.id, previous);
  return {
    period,
    firstPeriod,
    publishedPrevious: published === null ? null : publishedRanksOf(published),
    year: campaign.year,
    settings: parseSettings(campaign.settings),
    homeRegionCode: campaign.homeRegionCode,
    ...snapshotStructure(s),
    entries,
    countyValues: county,
  };
}
