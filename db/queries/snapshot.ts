import 'server-only';
import { getDb } from '@/db';
import { loadSnapshotInput } from '@/db/loaders/snapshot-input';
import type { Campaign } from '@/db/schema';
import { computeSnapshot, parseSettings, type CampaignSettings, type PeriodSnapshot, type SnapshotInput } from '@/lib/metrics';
import { settingsPreview, type SettingsPreview } from '@/lib/views/settings-preview';
import { cached } from './cache';
import { getCampaignStructureIn } from './structure';

export function getCampaignSettings(campaign: Campaign): CampaignSettings {
  return parseSettings(campaign.settings);
}

/** What lib/metrics computeSnapshot needs for `period` (db/loaders/snapshot-input), structure in force. */
function snapshotInput(campaign: Campaign, period: string): SnapshotInput {
  return loadSnapshotInput(getDb(), campaign, period, getCampaignStructureIn(campaign.id, period));
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
