import 'server-only';
import { and, asc, desc, eq, gt, gte, inArray, lte, max, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, campaigns, progressEntries, publishedRankings, users } from '@/db/schema';
import { publishableRecord } from '@/db/loaders/published-record';
import type { PublishedRecord } from '@/lib/metrics';
import type { CorrectionInput } from '@/lib/views/publication';
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

/** The audit id of the publication of a published version (0 when it has none: the demo's seeded months). */
function publicationAuditId(publishedId: number): number {
  const row = getDb()
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(eq(auditLog.entityType, 'published_ranking'), eq(auditLog.entityId, String(publishedId)), eq(auditLog.action, 'ranking.publish')),
    )
    .get();
  return row?.id ?? 0;
}

const valueOf = (v: unknown) => {
  const x = (v as { value?: unknown } | null)?.value;
  return typeof x === 'number' ? x : null;
};

/**
 * The administrators' corrections (修订) of figures of `period`'s year up to `period`, written after
 * the published version `publishedId` was published, with their 修订原因, oldest first. Read from
 * the audit rows of the writes (after.correctionReason; db/mutations/progress saveEntry).
 */
export function listCorrectionsSince(period: string, publishedId: number): CorrectionInput[] {
  const db = getDb();
  const inYear = and(gte(progressEntries.period, `${period.slice(0, 4)}-01`), lte(progressEntries.period, period));
  const ids = db
    .select({ id: sql<string>`cast(${progressEntries.id} as text)` })
    .from(progressEntries)
    .where(inYear);
  const rows = db
    .select({
      entryId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      by: users.displayName,
      username: auditLog.username,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(
      and(
        eq(auditLog.entityType, 'progress_entry'),
        inArray(auditLog.entityId, ids),
        gt(auditLog.id, publicationAuditId(publishedId)),
        sql`json_extract(${auditLog.after}, '$.correctionReason') is not null`,
      ),
    )
    .orderBy(asc(auditLog.id))
    .all();
  if (rows.length === 0) return [];
  const entries = new Map(
    db
      .select({ id: progressEntries.id, indicatorId: progressEntries.indicatorId, period: progressEntries.period })
      .from(progressEntries)
      .where(
        inArray(
          progressEntries.id,
          rows.map((r) => Number(r.entryId)),
        ),
      )
      .all()
      .map((e) => [e.id, e]),
  );
  return rows.flatMap((r) => {
    const entry = entries.get(Number(r.entryId));
    const after = r.after as { correctionReason?: unknown; correctedAt?: unknown };
    if (!entry) return [];
    const at = typeof after.correctedAt === 'string' ? after.correctedAt : null;
    return [
      { ...entry, at, by: r.by ?? r.username, reason: String(after.correctionReason), before: valueOf(r.before), after: valueOf(r.after) },
    ];
  });
}
