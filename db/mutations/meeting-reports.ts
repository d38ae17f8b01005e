/**
 * A competition's report texts at a meeting, and 会议定稿 (the frozen record). Synchronous, inside the
 * action's transaction; each audits what it changed. Scope checks are the caller's.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { meetingRecords, meetingReports } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import type { ReportTexts } from '@/lib/deck/report/source';
import type { Actor } from './context';

/** Refuses any change to a meeting that has been frozen (会议定稿). */
export function assertNotFrozen(db: Db, meetingId: number): void {
  const row = db.select({ id: meetingRecords.meetingId }).from(meetingRecords).where(eq(meetingRecords.meetingId, meetingId)).get();
  if (row) throw new ActionError('该会议已定稿，会议记录只能查看、演示和导出，不能再修改。', 'locked');
}

/** Saves (replaces) the competition's report texts at the meeting, auditing before and after. */
export function saveReportTexts(db: Db, actor: Actor, meetingId: number, competitionId: number, texts: ReportTexts): void {
  const where = and(eq(meetingReports.meetingId, meetingId), eq(meetingReports.competitionId, competitionId));
  const before = db.select().from(meetingReports).where(where).get();
  const now = actor.now.toISOString();
  if (before) db.update(meetingReports).set({ texts, updatedBy: actor.user.id, updatedAt: now }).where(where).run();
  else db.insert(meetingReports).values({ meetingId, competitionId, texts, updatedBy: actor.user.id, updatedAt: now }).run();
  actor.audit({
    action: 'meeting.report.save',
    entityType: 'meeting',
    entityId: meetingId,
    before: before ? { competitionId, texts: before.texts } : null,
    after: { competitionId, texts },
  });
}

/** Stores the meeting's record as shown; refuses a meeting already frozen. */
export function freezeMeeting(db: Db, actor: Actor, meetingId: number, record: unknown, summary: Record<string, unknown>): void {
  assertNotFrozen(db, meetingId);
  db.insert(meetingRecords).values({ meetingId, record, frozenBy: actor.user.id, frozenAt: actor.now.toISOString() }).run();
  actor.audit({ action: 'meeting.freeze', entityType: 'meeting', entityId: meetingId, after: summary });
}
