import 'server-only';
import { and, gte, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { countyValues, progressEntries, type Campaign } from '@/db/schema';
import {
  computeSnapshot,
  parseSettings,
  previousRankPeriod,
  publishedRanksOf,
  type CampaignSettings,
  type PeriodSnapshot,
} from '@/lib/metrics';
import { snapshotStructure } from '@/lib/views/structure';
import { cached } from './cache';
import { listPeriods } from './campaign';
import { getPublishedRanking } from './published-rankings';
import { getCampaignStructure } from './structure';

export function getCampaignSettings(campaign: Campaign): CampaignSettings {
  return parseSettings(campaign.settings);
}

/**
 * The evaluated period (indicators, task forces, competitions, units; ranks and movement) from the
 * campaign year's entries up to `period`. Movement is measured from the campaign's first opened
 * period on (none in it), against the previous period's published ranking where it was published;
 * units are ranked among their own kind (departments, townships). Cached until the next write.
 */
export function getPeriodSnapshot(campaign: Campaign, period: string): PeriodSnapshot {
  return cached(`snapshot:${campaign.id}:${period}`, () => {
    const s = getCampaignStructure(campaign.id);
    const db = getDb();
    // From December of the year before: the previous period's figures feed rank movement.
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
    const firstPeriod = listPeriods(campaign.id)[0]?.period;
    const previous = previousRankPeriod(period, firstPeriod);
    const published = previous === null ? null : getPublishedRanking(campaign.id, previous);
    return computeSnapshot({
      period,
      firstPeriod,
      publishedPrevious: published ? publishedRanksOf(published.record) : null,
      year: campaign.year,
      settings: getCampaignSettings(campaign),
      homeRegionCode: campaign.homeRegionCode,
      ...snapshotStructure(s),
      entries,
      countyValues: county,
    });
  });
}
