/**
 * The one-click default of a new meeting: the slides the lead units presented at the 9 October
 * 2020 meeting (cover, overview, one per competition, 红榜/黄榜, weak items, closing).
 */
import { requirePeriod, shiftPeriod } from '@/lib/metrics';
import type { SlideSpec } from './types';

/** The meeting date by default: the 9th of the month after the period (2020-09 → 2020-10-09). */
export function defaultMeetingDate(period: string): string {
  requirePeriod(period);
  return `${shiftPeriod(period, 1)}-09`;
}

/** 互看互学互比暨“<campaign>”推进会 */
export function defaultMeetingTitle(campaignName: string): string {
  return `互看互学互比暨“${campaignName}”推进会`;
}

/** The default slide list, competitions in the campaign's order. */
export function defaultSlides(competitionIds: number[]): SlideSpec[] {
  const slide = (kind: SlideSpec['kind'], competitionId: number | null = null): SlideSpec => ({
    kind,
    competitionId,
    title: null,
    notes: '',
  });
  return [
    slide('cover'),
    slide('overview'),
    ...competitionIds.map((id) => slide('competition', id)),
    slide('honour'),
    slide('weak'),
    slide('closing'),
  ];
}
