'use server';

import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { getActiveCampaign, listPeriods } from '@/db/queries/campaign';
import { getCampaignStructure } from '@/db/queries/structure';
import { meetings, meetingSlides, type Campaign } from '@/db/schema';
import { action } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { formatPeriodZh } from '@/lib/format';
import { MeetingIdInput, MeetingInput, UpdateMeetingInput, type MeetingInputValue } from '@/lib/validation/meeting';

/** Refuses a period that is not opened, or a competition of another campaign, naming the field. */
function checkAgainstCampaign(campaign: Campaign, input: MeetingInputValue): void {
  const opened = listPeriods(campaign.id).map((p) => p.period);
  if (!opened.includes(input.period)) {
    throw new ActionError(
      `统计期 ${input.period} 尚未开放，请选择已开放的统计期（${opened[0] ?? '—'} 至 ${opened[opened.length - 1] ?? '—'}）。`,
      'invalid',
      { period: ['统计期未开放'] },
    );
  }
  const own = new Set(getCampaignStructure(campaign.id).competitions.map((c) => c.id));
  const fieldErrors: Record<string, string[]> = {};
  input.slides.forEach((s, i) => {
    if (s.kind === 'competition' && (s.competitionId === null || !own.has(s.competitionId)))
      fieldErrors[`slides.${i}.competitionId`] = ['所选竞赛不属于本活动，请重新选择'];
  });
  if (Object.keys(fieldErrors).length)
    throw new ActionError(
      `第${Number(Object.keys(fieldErrors)[0]!.split('.')[1]) + 1}张幻灯片所选竞赛无效，请重新选择。`,
      'invalid',
      fieldErrors,
    );
}

function writeSlides(db: Db, meetingId: number, input: MeetingInputValue): void {
  db.delete(meetingSlides).where(eq(meetingSlides.meetingId, meetingId)).run();
  db.insert(meetingSlides)
    .values(
      input.slides.map((s, i) => ({
        meetingId,
        position: i + 1,
        kind: s.kind,
        competitionId: s.competitionId,
        title: s.title,
        notes: s.notes,
      })),
    )
    .run();
}

function auditView(input: MeetingInputValue) {
  return {
    title: input.title,
    meetingDate: input.meetingDate,
    period: input.period,
    slides: input.slides.map((s) => (s.competitionId ? `${s.kind}:${s.competitionId}` : s.kind)),
  };
}

export const createMeetingAction = action({
  name: 'meeting.create',
  schema: MeetingInput,
  permission: 'meeting:manage',
  run: ({ db, input, user, audit }) => {
    const campaign = getActiveCampaign();
    checkAgainstCampaign(campaign, input);
    const row = db
      .insert(meetings)
      .values({
        campaignId: campaign.id,
        title: input.title,
        meetingDate: input.meetingDate,
        period: input.period,
        createdBy: user.id,
        updatedBy: user.id,
      })
      .returning({ id: meetings.id })
      .get();
    writeSlides(db, row.id, input);
    audit({ action: 'meeting.create', entityType: 'meeting', entityId: row.id, after: auditView(input) });
    return { id: row.id, notice: `已创建会议“${input.title}”（${formatPeriodZh(input.period)}，${input.slides.length}张幻灯片）。` };
  },
  revalidate: ['/meetings'],
});

export const updateMeetingAction = action({
  name: 'meeting.update',
  schema: UpdateMeetingInput,
  permission: 'meeting:manage',
  run: ({ db, input, user, audit }) => {
    const before = db.select().from(meetings).where(eq(meetings.id, input.meetingId)).get();
    if (!before) throw new ActionError('该会议不存在或已被删除，请返回会议列表。', 'not_found');
    const oldSlides = db.select().from(meetingSlides).where(eq(meetingSlides.meetingId, before.id)).all();
    const campaign = getActiveCampaign();
    if (campaign.id !== before.campaignId) throw new ActionError('往年活动的会议只能查看和演示，不能修改。', 'invalid');
    checkAgainstCampaign(campaign, input);
    db.update(meetings)
      .set({
        title: input.title,
        meetingDate: input.meetingDate,
        period: input.period,
        updatedBy: user.id,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(meetings.id, before.id))
      .run();
    writeSlides(db, before.id, input);
    audit({
      action: 'meeting.update',
      entityType: 'meeting',
      entityId: before.id,
      before: {
        title: before.title,
        meetingDate: before.meetingDate,
        period: before.period,
        slides: oldSlides.map((s) => (s.competitionId ? `${s.kind}:${s.competitionId}` : s.kind)),
      },
      after: auditView(input),
    });
    return { id: before.id, notice: `已保存（${input.slides.length}张幻灯片）。` };
  },
  revalidate: ['/meetings'],
});

export const deleteMeetingAction = action({
  name: 'meeting.delete',
  schema: MeetingIdInput,
  permission: 'meeting:manage',
  run: ({ db, input, audit }) => {
    const before = db.select().from(meetings).where(eq(meetings.id, input.meetingId)).get();
    if (!before) throw new ActionError('该会议不存在或已被删除，请返回会议列表。', 'not_found');
    db.delete(meetings).where(eq(meetings.id, before.id)).run();
    audit({
      action: 'meeting.delete',
      entityType: 'meeting',
      entityId: before.id,
      before: { title: before.title, meetingDate: before.meetingDate, period: before.period },
    });
    return { notice: `已删除会议“${before.title}”。` };
  },
  // No revalidation: it would re-render the deleted meeting's page (not found) under the user; the
  // form goes to /meetings, which is rendered fresh.
});
