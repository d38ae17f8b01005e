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
  type SnapshotInput,
} from '@/lib/metrics';
import { settingsPreview, type SettingsPreview } from '@/lib/views/settings-preview';
import { snapshotStructure } from '@/lib/views/structure';
import { cached } from './cache';
import { listPeriods } from './campaign';
import { getPublishedRanking } from './published-rankings';
import { getCampaignStructureIn } from './structure';

export function getCampaignSettings(campaign: Campaign): CampaignSettings {
  return parseSettings(campaign.settings);
}

/**
 * What lib/metrics computeSnapshot needs for `period` (structure in force, the year's entries and
 * county values up to it, the published previous ranking), with the campaign's settings in force.
 */
function snapshotInput(campaign: Campaign, period: string): SnapshotInput {
  const s = getCampaignStructureIn(campaign.id, period);
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
  return {
    period,
    firstPeriod,
    publishedPrevious: published ? publishedRanksOf(published.record) : null,
    year: campaign.year,
    settings: getCampaignSettings(campaign),
    homeRegionCode: campaign.homeRegionCode,
    ...snapshotStructure(s),
    entries,
    countyValues: county,
  };
}

/**
 * The evaluated period (indicators, task forces, competitions, units; ranks and movement) from the
 * campaign year's entries up to `period`. Movement is measured from the campaign's first opened
 * period on (none in it), against the previous period's published ranking where it was published;
 * units are ranked among their own kind (departments, townships). Cached until the next write.
 */
export function getPeriodSnapshot(campaign: Campaign, period: string): PeriodSnapshot {
  return cached(`snapshot:${campaign.id}:${period}`, () => computeSnapshot(snapshotInput(campaign, period)));
}

/**
 * The snapshot of `period` as it would be with `settings` instead of the campaign's (a settings
 * preview): the same input and the same lib/metrics computeSnapshot, only the settings differ.
 * Not cached, nothing written.
 */
export function getSnapshotWithSettings(campaign: Campaign, period: string, settings: CampaignSettings): PeriodSnapshot {
  return computeSnapshot({ ...snapshotInput(campaign, period), settings });
}

/**
 * 预览排名变化 of `campaign` in `period` (an opened period): the task-force ranking now and with
 * `settings` (typed, not saved), compared by lib/views settingsPreview. Read-only.
 */
export function getSettingsPreview(campaign: Campaign, period: string, settings: CampaignSettings): SettingsPreview {
  const names = new Map(getCampaignStructureIn(campaign.id, period).taskForces.map((t) => [t.id, t.name]));
  return settingsPreview(getPeriodSnapshot(campaign, period), getSnapshotWithSettings(campaign, period, settings), names);
}
