'use server';

import { campaignOfMeeting } from '@/db/mutations/campaign-years';
import { getActiveCampaign, listPeriods } from '@/db/queries/campaign';
import { getSlideSubjects } from '@/db/queries/deck-places';
import { getCampaignStructure } from '@/db/queries/structure';
import { assertNotFrozen } from '@/db/mutations/meeting-reports';
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
  const subjects = input.slides.some((s) => s.kind === 'village' || s.kind === 'project') ? getSlideSubjects() : null;
  const villages = new Set(subjects?.villages.map((v) => v.id));
  const projects = new Set(subjects?.projects.map((p) => p.id));
  const fieldErrors: Record<string, string[]> = {};
  let first: string | null = null;
  input.slides.forEach((s, i) => {
    const refuse = (field: string, message: string, what: string) => {
      fieldErrors[`slides.${i}.${field}`] = [message];
      first ??= `第${i + 1}张幻灯片所选${what}无效，请重新选择。`;
    };
    if (s.kind === 'competition' && (s.competitionId === null || !own.has(s.competitionId)))
      refuse('competitionId', '所选竞赛不属于本活动，请重新选择', '竞赛');
    if (s.kind === 'village' && (s.villageId === null || !villages.has(s.villageId)))
      refuse('villageId', '所选村不存在或尚无运营主体，请重新选择', '村');
    if (s.kind === 'project' && (s.projectId === null || !projects.has(s.projectId)))
      refuse('projectId', '所选项目不存在，请重新选择', '项目');
  });
  if (first) throw new ActionError(first, 'invalid', fieldErrors);
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
  campaign: (input, db) => [campaignOfMeeting(db, input.meetingId)],
  run: ({ db, input, user, audit }) => {
    const before = getMeetingOrThrow(db, input.meetingId);
    const campaign = getActiveCampaign();
    if (campaign.id !== before.campaignId) throw new ActionError('往年活动的会议只能查看和演示，不能修改。', 'invalid');
    assertNotFrozen(db, before.id);
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
  campaign: (input, db) => [campaignOfMeeting(db, input.meetingId)],
  run: ({ db, input, user, audit }) => {
    assertNotFrozen(db, input.meetingId);
    const { title } = deleteMeeting(db, { user, now: new Date(), audit }, input.meetingId);
    return { notice: `已删除会议“${title}”。` };
  },
  // No revalidation: it would re-render the deleted meeting's page (not found) under the user; the
  // form goes to /meetings, which is rendered fresh.
});
