import { COUNTY_STANDING_LABELS, formatNumber, formatPercent, formatPeriodZh, STATUS_LABELS } from '@/lib/format';
import { headlineFigures, inRankOrder } from '@/lib/metrics';
import { DEFAULT_TITLES } from '../labels';
import { deckCompleteness, groupFigures } from '../measures';
import type { CompetitionRow, OverviewSlide } from '../types';
import { titleOr, type BuildContext } from './context';

/** 总体情况: indicator progress counts, the county comparison, the competitions ranked with their group progress. */
export function buildOverview({ idx, meeting, spec, number }: BuildContext): OverviewSlide {
  const { snapshot } = idx.src;
  const { counts, county } = headlineFigures(snapshot.indicators);
  const known = new Set(idx.src.structure.competitions.map((c) => c.id));
  const competitions: CompetitionRow[] = inRankOrder(snapshot.competitions.filter((c) => known.has(c.id))).map((r) => ({
    id: r.id,
    name: idx.competition.get(r.id)!.name,
    score: r.score,
    rank: r.rank,
    movement: r.movement,
    ...groupFigures(r.progress, idx.resultsOf(r.taskForceIds)),
    lagging: r.counts.lagging + r.counts.overdue,
  }));
  const completeness = deckCompleteness(snapshot.completeness);
  const first = competitions[0];
  return {
    kind: 'overview',
    number,
    title: titleOr(spec, DEFAULT_TITLES.overview),
    notes: spec.notes,
    summary:
      `${formatPeriodZh(meeting.period)}序时进度${formatPercent(snapshot.timeProgress)}。${counts.total}项指标中${STATUS_LABELS.ahead}${counts.ahead}项、` +
      `${STATUS_LABELS.behind}${counts.behind}项、${STATUS_LABELS.lagging}${counts.lagging}项、${STATUS_LABELS.no_data}${counts.noData}项。` +
      `全市比较${county.compared}项指标中${COUNTY_STANDING_LABELS.top}${county.top}项、${COUNTY_STANDING_LABELS.bottom}${county.bottom}项。` +
      (first ? `竞赛得分第一为${first.name}（${formatNumber(first.score)}分）。` : '') +
      (completeness.note ? `${completeness.note}。` : ''),
    timeProgress: snapshot.timeProgress,
    counts,
    county,
    completeness,
    competitions,
  };
}
