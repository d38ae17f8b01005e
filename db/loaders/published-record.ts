/**
 * What locking a period publishes, read with a given database handle: the one computation of a
 * ranking of record, used by the lock action (db/queries/published-rankings) and by the demo seed
 * for its locked months.
 */
import type { Db } from '@/db/connection';
import type { Campaign } from '@/db/schema';
import { computeSnapshot, parseSettings, publishedRecordOf, type PublishedRecord } from '@/lib/metrics';
import { structureIn, type CampaignStructure } from '@/lib/views/structure';
import { loadSnapshotInput } from './snapshot-input';
import { loadCampaignStructure } from './structure';

/**
 * The record locking `period` publishes now: the period's snapshot as every page shows it
 * (approved figures; movement against the previous published ranking where there is one), with
 * the campaign's settings and each indicator's target in force. `structure` is the campaign's
 * whole structure (loaded when not given; the caller may pass one it holds).
 */
export function publishableRecord(
  db: Db,
  campaign: Campaign,
  period: string,
  structure: CampaignStructure = loadCampaignStructure(db, campaign.id),
): PublishedRecord {
  const snapshot = computeSnapshot(loadSnapshotInput(db, campaign, period, structureIn(structure, period)));
  return publishedRecordOf(snapshot, parseSettings(campaign.settings), structure.indicators);
}
