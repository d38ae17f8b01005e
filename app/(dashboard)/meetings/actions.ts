'use server';

import { getActiveCampaign, listPeriods } from '@/db/queries/campaign';
import { getCampaignStructure } from '@/db/queries/structure';
import { deleteMeeting, getMeetingOrThrow, insertMeeting, updateMeeting } from '@/db/mutations/meetings';
import type { Campaign } from '@/db/schema';
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

export const createMeetingAction = action({
  name: 'meeting.create',
  schema: MeetingInput,
  permission: 'meeting:manage',
  run: ({ db, input, user, audit }) => {
    const campaign = getActiveCampaign();
    checkAgainstCampaign(campaign, input);
    const row = insertMeeting(db, { user, now: new Date(), audit }, campaign, input);
    return { id: row.id, notice: `已创建会议“${input.title}”（${formatPeriodZh(input.period)}，${input.slides.length}张幻灯片）。` };
  },
  revalidate: ['/meetings'],
});

export const updateMeetingAction = action({
  name: 'meeting.update',
  schema: UpdateMeetingInput,
  permission: 'meeting:manage',
  run: ({ db, input, user, audit }) => {
    const before = getMeetingOrThrow(db, input.meetingId);
    const campaign = getActiveCampaign();
    if (campaign.id !== before.campaignId) throw new ActionError('往年活动的会议只能查看和演示，不能修改。', 'invalid');
    checkAgainstCampaign(campaign, input);
    updateMeeting(db, { user, now: new Date(), audit }, before.id, input);
    return { id: before.id, notice: `已保存（${input.slides.length}张幻灯片）。` };
  },
  revalidate: ['/meetings'],
});

export const deleteMeetingAction = action({
  name: 'meeting.delete',
  schema: MeetingIdInput,
  permission: 'meeting:manage',
  run: ({ db, input, user, audit }) => {
    const { title } = deleteMeeting(db, { user, now: new Date(), audit }, input.meetingId);
    return { notice: `已删除会议“${title}”。` };
  },
  // No revalidation: it would re-render the deleted meeting's page (not found) under the user; the
  // form goes to /meetings, which is rendered fresh.
});
