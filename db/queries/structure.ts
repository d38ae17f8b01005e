import 'server-only';
import { getDb } from '@/db';
import { loadCampaignStructure } from '@/db/loaders/structure';
import { structureIn, type CampaignStructure } from '@/lib/views/structure';
import { cached } from './cache';

export type { CampaignStructure } from '@/lib/views/structure';

/** Competitions, task forces and indicators of a campaign in display order, with lookups. Cached. */
export function getCampaignStructure(campaignId: number): CampaignStructure {
  return cached(`structure:${campaignId}`, () => loadCampaignStructure(getDb(), campaignId));
}

/**
 * The campaign's structure as it counts in `period`: what was archived from `period` or earlier is
 * left out (lib/views/structure structureIn); earlier periods keep it. Cached.
 */
export function getCampaignStructureIn(campaignId: number, period: string): CampaignStructure {
  return cached(`structure:${campaignId}:${period}`, () => structureIn(getCampaignStructure(campaignId), period));
}
