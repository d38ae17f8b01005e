import 'server-only';
import { and, desc, eq, max } from 'drizzle-orm';
import { getDb } from '@/db';
import { campaigns, publishedRankings, users } from '@/db/schema';
import { publishableRecord } from '@/db/loaders/published-record';
import type { PublishedRecord } from '@/lib/metrics';
import { getCampaignStructure } from './structure';

/** A published version of a period's ranking, with who published it. */
export interface PublishedVersion {
  id: number;
  period: string;
  version: number;
  /** JSON `PublishedRecord` as stored (read it with publishedRanksOf). */
  record: unknown;
  publishedAt: string;
  publishedBy: string | null;
}

/**
 * Every published version of the campaign's `period`, newest first (the first is the ranking of
 * record); empty when the period was never locked since publication began.
 */
export function listPublishedVersions(campaignId: number, period: string): PublishedVersion[] {
  return getDb()
    .select({
      id: publishedRankings.id,
      period: publishedRankings.period,
      version: publishedRankings.version,
      record: publishedRankings.record,
      publishedAt: publishedRankings.publishedAt,
      publishedBy: users.displayName,
    })
    .from(publishedRankings)
    .leftJoin(users, eq(users.id, publishedRankings.publishedBy))
    .where(and(eq(publishedRankings.campaignId, campaignId), eq(publishedRankings.period, period)))
    .orderBy(desc(publishedRankings.version))
    .all();
}

/** The ranking of record of `period` (its latest published version), or null. */
export function getPublishedRanking(campaignId: number, period: string): PublishedVersion | null {
  return listPublishedVersions(campaignId, period)[0] ?? null;
}

/**
 * What locking `period` publishes now (db/loaders/published-record publishableRecord, with the
 * campaign's cached structure). Throws when the campaign does not exist.
 */
export function getPublishableRecord(campaignId: number, period: string): PublishedRecord {
  const campaign = getDb().select().from(campaigns).where(eq(campaigns.id, campaignId)).get();
  if (!campaign) throw new Error(`campaign ${campaignId} not found`);
  return publishableRecord(getDb(), campaign, period, getCampaignStructure(campaignId));
}

/** The latest published version of each period of the campaign, by period (absent: never published). */
export function publishedVersionsByPeriod(campaignId: number): Map<string, number> {
  const rows = getDb()
    .select({ period: publishedRankings.period, version: max(publishedRankings.version) })
    .from(publishedRankings)
    .where(eq(publishedRankings.campaignId, campaignId))
    .groupBy(publishedRankings.period)
    .all();
  return new Map(rows.map((r) => [r.period, r.version ?? 0]));
}
