/**
 * Publishing a period's ranking of record when it is locked. Synchronous, inside the action's
 * transaction; audited. Each lock publishes a new version: an unlock and re-lock keeps the earlier
 * version and makes the new one the ranking of record.
 */
import { and, eq, max } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { publishedRankings } from '@/db/schema';
import type { PublishedRecord } from '@/lib/metrics';
import type { Actor } from './context';

/** Stores `record` as the next version of the campaign's period; returns the version number (1, 2 …). */
export function insertPublishedRanking(db: Db, actor: Actor, campaignId: number, record: PublishedRecord): number {
  const last = db
    .select({ v: max(publishedRankings.version) })
    .from(publishedRankings)
    .where(and(eq(publishedRankings.campaignId, campaignId), eq(publishedRankings.period, record.period)))
    .get();
  const version = (last?.v ?? 0) + 1;
  const row = db
    .insert(publishedRankings)
    .values({ campaignId, period: record.period, version, record, publishedBy: actor.user.id, publishedAt: actor.now.toISOString() })
    .returning({ id: publishedRankings.id })
    .get();
  actor.audit({
    action: 'ranking.publish',
    entityType: 'published_ranking',
    entityId: row.id,
    after: { period: record.period, version },
    detail: record.period,
  });
  return version;
}
