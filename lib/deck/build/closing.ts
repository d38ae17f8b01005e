import { formatDateZh } from '@/lib/format';
import { headlineFigures, requirePeriod } from '@/lib/metrics';
import { DEFAULT_TITLES } from '../labels';
import type { ClosingSlide } from '../types';
import { titleOr, type BuildContext } from './context';

/** 结束页: what is left of the year and what still needs work (headline counts, 弱项). */
export function buildClosing({ idx, meeting, spec, number }: BuildContext): ClosingSlide {
  const { snapshot } = idx.src;
  const monthsLeft = 12 - requirePeriod(meeting.period).month;
  const lagging = headlineFigures(snapshot.indicators).counts.lagging;
  const weak = snapshot.indicators.filter((r) => r.weak).length;
  return {
    kind: 'closing',
    number,
    title: titleOr(spec, DEFAULT_TITLES.closing),
    notes: spec.notes,
    summary: `全年剩余${monthsLeft}个月，严重滞后指标${lagging}项，弱项指标${weak}项。`,
    meetingTitle: meeting.title,
    dateLabel: formatDateZh(meeting.meetingDate),
    monthsLeft,
    lagging,
    weak,
  };
}
