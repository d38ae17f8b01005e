import { formatDateZh, formatPeriodZh } from '@/lib/format';
import { DECK_TEXT } from '../labels';
import type { CoverSlide } from '../types';
import { titleOr, type BuildContext } from './context';

/** 封面: the campaign, the meeting's title and date, the period reported on. */
export function buildCover({ idx, meeting, spec, number }: BuildContext): CoverSlide {
  const { campaign } = idx.src;
  const periodLabel = DECK_TEXT.periodSituation(formatPeriodZh(meeting.period));
  const title = titleOr(spec, meeting.title);
  return {
    kind: 'cover',
    number,
    title,
    notes: spec.notes,
    summary: `${title}，${formatDateZh(meeting.meetingDate)}，汇报${periodLabel}。`,
    campaignLabel: DECK_TEXT.campaign(campaign.year, campaign.name),
    meetingTitle: meeting.title,
    dateLabel: formatDateZh(meeting.meetingDate),
    periodLabel,
  };
}
