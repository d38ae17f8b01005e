/**
 * The demo's rankings of record: each locked month is published as locking publishes it (the same
 * db/loaders publishableRecord and db/mutations insertPublishedRanking), in order, so that each
 * month's 争先进位 compares with the month before as published. Locked by the demo administrator a
 * week after the month's deadline. The seed writes no audit rows for the history it generates.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../connection';
import { publishableRecord } from '../loaders/published-record';
import { loadCampaignStructure } from '../loaders/structure';
import { insertPublishedRanking } from '../mutations/published-rankings';
import { campaigns, periods, users } from '../schema';
import { defaultDeadline } from './periods';

const WEEK = 7 * 24 * 3600_000;

/** Publishes every locked period of the campaign, oldest first, as published by the demo's administrator. */
export function publishLockedPeriods(db: Db, campaignId: number): number {
  const campaign = db.select().from(campaigns).where(eq(campaigns.id, campaignId)).get()!;
  const admin = db.select().from(users).where(eq(users.role, 'admin')).orderBy(asc(users.id)).get()!;
  const structure = loadCampaignStructure(db, campaignId);
  const locked = db
    .select()
    .from(periods)
    .where(and(eq(periods.campaignId, campaignId), eq(periods.locked, true)))
    .orderBy(asc(periods.period))
    .all();
  const user = { ...admin, mustChangePassword: false, scopes: { competitionIds: [], taskForceIds: [], indicatorIds: [] } };
  for (const p of locked) {
    const now = new Date(Date.parse(defaultDeadline(p.period)) + WEEK);
    db.update(periods).set({ lockedAt: now.toISOString(), lockedBy: admin.id }).where(eq(periods.id, p.id)).run();
    insertPublishedRanking(db, { user, now, audit: () => {} }, campaignId, publishableRecord(db, campaign, p.period, structure));
  }
  return locked.length;
}
