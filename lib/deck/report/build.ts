/**
 * A competition report deck (竞赛汇报) for its lead unit: cover, 较上次会议 (when an earlier
 * meeting was frozen), 年度目标与完成, 指标明细, 全市排名与赶超测算, 弱项与原因, 下步打算, 需协调事项.
 */
import { formatDateZh, formatPeriodZh } from '@/lib/format';
import type { Deck, MeetingSpec, SlideData } from '../types';
import { buildCompare, type PreviousReport } from './build-compare';
import { buildCounty, buildGoals, buildIndicators } from './build-figures';
import { buildReportCoordination, buildReportCover, buildReportNext, buildReportWeak, reportCompetitionName } from './build-texts';
import type { ReportSource, ReportTexts } from './source';

type Unnumbered = SlideData extends infer S ? (S extends SlideData ? Omit<S, 'number'> : never) : never;

/** Every slide of the competition's report for `meeting`, numbered in order. Throws for a competition not in the campaign. */
export function buildReportDeck(src: ReportSource, meeting: MeetingSpec, texts: ReportTexts, previous: PreviousReport | null): Deck {
  const name = reportCompetitionName(src);
  const goals = buildGoals(src);
  const indicators = buildIndicators(src);
  const detail = indicators.flatMap((s) => s.rows);
  const slides: Unnumbered[] = [
    buildReportCover(src, meeting),
    ...(previous ? [buildCompare(src, previous, goals, detail)] : []),
    goals,
    ...indicators,
    ...buildCounty(src),
    buildReportWeak(src, texts),
    buildReportNext(src, texts),
    buildReportCoordination(texts),
  ];
  return {
    title: `${meeting.title} · ${name}`,
    dateLabel: formatDateZh(meeting.meetingDate),
    period: meeting.period,
    periodLabel: formatPeriodZh(meeting.period),
    demo: src.deck.demo,
    slides: slides.map((s, i) => ({ ...s, number: i + 1 }) as SlideData),
  };
}
