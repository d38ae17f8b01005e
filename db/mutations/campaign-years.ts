/**
 * The read-only rule of past years: only the current campaign — the most recent year (of two in
 * one year, the later created) — takes writes; every other campaign can be browsed, never changed.
 * The action wrapper applies it to every action, from the campaign its input writes into (the
 * object's scope, or the action's own `campaign` lookup), so no form or mutation repeats it.
 */
import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { perConnection } from '@/db/prepared';
import { campaigns, competitions, indicators, meetings, periods, progressEntries, taskForces } from '@/db/schema';
import type { Scope } from '@/lib/auth/permissions';
import { pastYearMessage } from '@/lib/campaign/choice';

const currentRead = perConnection((db: Db) =>
  db.select().from(campaigns).orderBy(desc(campaigns.year), desc(campaigns.id)).limit(1).prepare(),
);

/** The current campaign (the only writable one), or undefined in an empty installation. */
export function currentCampaignRow(db: Db) {
  return currentRead(db).get();
}

/** The campaign an object's scope belongs to: its own `campaignId`, else that of its competition, task force or indicator. */
export function campaignOfScope(db: Db, scope: (Scope & { campaignId?: number | null }) | undefined): number | null {
  if (!scope) return null;
  if (typeof scope.campaignId === 'number') return scope.campaignId;
  if (typeof scope.competitionId === 'number')
    return db.select({ c: competitions.campaignId }).from(competitions).where(eq(competitions.id, scope.competitionId)).get()?.c ?? null;
  if (typeof scope.taskForceId === 'number')
    return (
      db
        .select({ c: competitions.campaignId })
        .from(taskForces)
        .innerJoin(competitions, eq(competitions.id, taskForces.competitionId))
        .where(eq(taskForces.id, scope.taskForceId))
        .get()?.c ?? null
    );
  if (typeof scope.indicatorId === 'number')
    return (
      db
        .select({ c: competitions.campaignId })
        .from(indicators)
        .innerJoin(taskForces, eq(taskForces.id, indicators.taskForceId))
        .innerJoin(competitions, eq(competitions.id, taskForces.competitionId))
        .where(eq(indicators.id, scope.indicatorId))
        .get()?.c ?? null
    );
  return null;
}

/**
 * The Chinese refusal of a write into any of `campaignIds` that is not the current campaign, or
 * null when every one is current (null and unknown ids are left to the action's own checks).
 */
export function pastYearRefusal(db: Db, campaignIds: readonly (number | null | undefined)[]): string | null {
  const ids = [...new Set(campaignIds.filter((c): c is number => typeof c === 'number'))];
  const current = currentCampaignRow(db);
  if (ids.length === 0 || !current || ids.every((id) => id === current.id)) return null;
  const past = db
    .select({ id: campaigns.id, year: campaigns.year })
    .from(campaigns)
    .where(inArray(campaigns.id, ids))
    .all()
    .filter((c) => c.id !== current.id);
  return past.length === 0 ? null : pastYearMessage(Math.min(...past.map((c) => c.year)), current.year);
}

/** The campaign of a reporting round, by its id (null when there is none). */
export function campaignOfPeriod(db: Db, periodId: number): number | null {
  return db.select({ c: periods.campaignId }).from(periods).where(eq(periods.id, periodId)).get()?.c ?? null;
}

/** The campaign of a meeting (null when there is none). */
export function campaignOfMeeting(db: Db, meetingId: number): number | null {
  return db.select({ c: meetings.campaignId }).from(meetings).where(eq(meetings.id, meetingId)).get()?.c ?? null;
}

/** The campaigns of the entries of a bulk approval. */
export function campaignsOfEntries(db: Db, entries: readonly { entryId: number }[]): number[] {
  const ids = entries.map((e) => e.entryId);
  if (ids.length === 0) return [];
  return db
    .selectDistinct({ c: competitions.campaignId })
    .from(progressEntries)
    .innerJoin(indicators, eq(indicators.id, progressEntries.indicatorId))
    .innerJoin(taskForces, eq(taskForces.id, indicators.taskForceId))
    .innerJoin(competitions, eq(competitions.id, taskForces.competitionId))
    .where(inArray(progressEntries.id, ids))
    .all()
    .map((r) => r.c);
}
