import 'server-only';
import { getActiveCampaign, listPeriods } from '@/db/queries/campaign';
import { getSlideSubjects } from '@/db/queries/deck-places';
import { getCampaignStructure } from '@/db/queries/structure';
import { defaultMeetingDate, defaultMeetingTitle, defaultSlides } from '@/lib/deck/preset';
import { formatDateZh, formatPeriodZh } from '@/lib/format';
import type { MeetingDraft } from './meeting-editor';

/** What the meeting editor offers: the active campaign's competitions, villages and projects, opened periods, and the default meeting. */
export function meetingFormOptions() {
  const campaign = getActiveCampaign();
  const competitions = getCampaignStructure(campaign.id).competitions.map((c) => ({ id: c.id, name: c.name }));
  const periods = listPeriods(campaign.id).map((p) => ({ value: p.period, label: formatPeriodZh(p.period) }));
  const period = campaign.currentPeriod;
  const preset: MeetingDraft = {
    title: defaultMeetingTitle(campaign.name),
    meetingDate: defaultMeetingDate(period),
    period,
    slides: defaultSlides(competitions.map((c) => c.id)),
  };
  const presetLabel = `使用默认幻灯片（${formatDateZh(preset.meetingDate)}会议，${formatPeriodZh(period)}）`;
  const options = { competitions, ...getSlideSubjects() };
  return { campaign, competitions, options, periods, preset, presetLabel };
}
