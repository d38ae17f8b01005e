import { formatNumber, formatPercent, formatPeriodZh, STATUS_LABELS } from '@/lib/format';
import { DEFAULT_TITLES } from '../labels';
import { completionVsExpected, progressStatus } from '@/lib/metrics';
import { headlineCounts } from '../measures';
import type { CompetitionRow, OverviewSlide } from '../types';
import { titleOr, type BuildContext } from './context';

/** 总体情况: indicator progress counts, the county comparison, the competitions ranked. */
export function buildOverview({ idx, meeting, spec, number }: BuildContext): OverviewSlide {
  const { snapshot, settings } = idx.src;
  const compared = snapshot.indicators.filter((r) => r.countyRank !== null && r.countyTotal > 0);
  const county = {
    compared: compared.length,
    top: compared.filter((r) => r.countyRank! <= 2).length,
    bottom: compared.filter((r) => r.countyBottomThird).length,
    up: compared.filter((r) => (r.countyMovement ?? 0) > 0).length,
    down: compared.filter((r) => (r.countyMovement ?? 0) < 0).length,
  };
  const results = new Map(snapshot.competitions.map((c) => [c.id, c]));
  const competitions: CompetitionRow[] = idx.src.structure.competitions.flatMap((c) => {
    const r = results.get(c.id);
    if (!r) return [];
    const own = r.taskForceIds.flatMap((id) => idx.resultsByTaskForce.get(id) ?? []);
    const cv = completionVsExpected(own);
    return [
      {
        id: c.id,
        name: c.name,
        score: r.score,
        rank: r.rank,
        movement: r.movement,
        ...cv,
        status: progressStatus(cv.completion, cv.expected, settings.tolerancePp),
        lagging: r.counts.lagging + r.counts.overdue,
      },
    ];
  });
  competitions.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const counts = headlineCounts(snapshot.indicators);
  const first = competitions[0];
  return {
    kind: 'overview',
    number,
    title: titleOr(spec, DEFAULT_TITLES.overview),
    notes: spec.notes,
    summary:
      `${formatPeriodZh(meeting.period)}序时进度${formatPercent(snapshot.timeProgress)}。${counts.total}项指标中${STATUS_LABELS.ahead}${counts.ahead}项、` +
      `${STATUS_LABELS.behind}${counts.behind}项、${STATUS_LABELS.lagging}${counts.lagging}项、${STATUS_LABELS.no_data}${counts.noData}项。` +
      (first ? `竞赛得分第一为${first.name}（${formatNumber(first.score)}分）。` : ''),
    timeProgress: snapshot.timeProgress,
    counts,
    county,
    competitions,
  };
}
