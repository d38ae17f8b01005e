/**
 * Saved meetings and their ordered slides: create, update (slides replaced in order), delete.
 * Synchronous, inside the action's transaction; each audits what it changed. The checks against
 * the campaign (opened period, own competitions) are the caller's.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { meetings, meetingSlides, type Campaign } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import type { MeetingInputValue } from '@/lib/validation/meeting';
import type { Actor } from './context';

function writeSlides(db: Db, meetingId: number, input: MeetingInputValue): void {
  db.delete(meetingSlides).where(eq(meetingSlides.meetingId, meetingId)).run();
  db.insert(meetingSlides)
    .values(
      input.slides.map((s, i) => ({
        meetingId,
        position: i + 1,
        kind: s.kind,
        competitionId: s.competitionId,
        villageId: s.villageId,
        projectId: s.projectId,
        title: s.title,
        notes: s.notes,
      })),
    )
    .run();
}

const slideKeys = (slides: { kind: string; competitionId: number | null; villageId: number | null; projectId: number | null }[]) =>
  slides.map((s) => {
    const subject = s.competitionId ?? s.villageId ?? s.projectId;
    return subject ? `${s.kind}:${subject}` : s.kind;
  });

function auditView(input: MeetingInputValue) {
  return { title: input.title, meetingDate: input.meetingDate, period: input.period, slides: slideKeys(input.slides) };
}

/** A new meeting of the campaign with its slides in order. */
export function insertMeeting(db: Db, actor: Actor, campaign: Campaign, input: MeetingInputValue): { id: number } {
  const row = db
    .insert(meetings)
    .values({
      campaignId: campaign.id,
      title: input.title,
      meetingDate: input.meetingDate,
      period: input.period,
      createdBy: actor.user.id,
      updatedBy: actor.user.id,
    })
    .returning({ id: meetings.id })
    .get();
  writeSlides(db, row.id, input);
  actor.audit({ action: 'meeting.create', entityType: 'meeting', entityId: row.id, after: auditView(input) });
  return row;
}

/** The stored meeting, or a refusal when it no longer exists. */
export function getMeetingOrThrow(db: Db, meetingId: number) {
  const row = db.select().from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!row) throw new ActionError('该会议不存在或已被删除，请返回会议列表。', 'not_found');
  return row;
}

/** Saves a meeting's title, date, period and slides (replaced in order), auditing before and after. */
export function updateMeeting(db: Db, actor: Actor, meetingId: number, input: MeetingInputValue): void {
  const before = getMeetingOrThrow(db, meetingId);
  const oldSlides = db.select().from(meetingSlides).where(eq(meetingSlides.meetingId, before.id)).all();
  db.update(meetings)
    .set({
      title: input.title,
      meetingDate: input.meetingDate,
      period: input.period,
      updatedBy: actor.user.id,
      updatedAt: new Date().toISOString(),
    })
    .where(eq(meetings.id, before.id))
    .run();
  writeSlides(db, before.id, input);
  actor.audit({
    action: 'meeting.update',
    entityType: 'meeting',
    entityId: before.id,
    before: { title: before.title, meetingDate: before.meetingDate, period: before.period, slides: slideKeys(oldSlides) },
    after: auditView(input),
  });
}

/** Deletes a meeting (its slides go with it); returns its title. */
export function deleteMeeting(db: Db, actor: Actor, meetingId: number): { title: string } {
  const before = getMeetingOrThrow(db, meetingId);
  db.delete(meetings).where(eq(meetings.id, before.id)).run();
  actor.audit({
    action: 'meeting.delete',
    entityType: 'meeting',
    entityId: before.id,
    before: { title: before.title, meetingDate: before.meetingDate, period: before.period },
  });
  return { title: before.title };
}
