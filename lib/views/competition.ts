/** The competition page: key figures, and each task force's completion against its 应完成 line. */
import { foldStatusCounts, type FoldedCounts, type PeriodSnapshot, type RankedResult } from '@/lib/metrics';
import { formatNumber, formatRank } from '@/lib/format';
import { rankingCaveat, type DashboardData } from './context';
import { completionBar, groupProgressView, type CompletionBarView, type GroupProgressView } from './group-progress';
import { personLabel, unitLabel } from './structure';

export interface RankedFigures {
  score: string;
  /** '第3名/8'. */
  rank: string;
  /** '第4名/8', or '—' without a previous rank. */
  previousRank: string;
  movement: number | null;
  progress: GroupProgressView;
  counts: FoldedCounts;
  /** '已报送26/190项，排名仅供参考' while the round is incomplete. */
  caveat: string | null;
}

export interface CompetitionView extends RankedFigures {
  id: number;
  name: string;
  description: string | null;
  leader: string | null;
  unit: string | null;
  bars: CompletionBarView[];
  /** One sentence over the chart: how many task forces are behind their 应完成 line. */
  chartSummary: string;
}

/** The ranked figures of a group out of `total` (score, rank, movement, progress, counts). */
export function rankedFigures(r: RankedResult, total: number, snapshot: PeriodSnapshot): RankedFigures {
  return {
    score: formatNumber(r.score),
    rank: formatRank(r.rank, total),
    previousRank: formatRank(r.previousRank, total),
    movement: r.movement,
    progress: groupProgressView(r.progress),
    counts: foldStatusCounts(r.counts),
    caveat: rankingCaveat(snapshot),
  };
}

/** The competition `id`, or null when it is not one of the campaign's. */
export function competitionView({ structure: s, snapshot }: DashboardData, id: number): CompetitionView | null {
  const c = s.competitions.find((x) => x.id === id);
  const result = snapshot.competitions.find((x) => x.id === id);
  if (!c || !result) return null;
  const results = new Map(snapshot.taskForces.map((t) => [t.id, t]));
  const bars = s.taskForces
    .filter((t) => t.competitionId === id)
    .flatMap((t) => {
      const r = results.get(t.id);
      return r ? [completionBar(`task-force-${t.id}`, t.name, r.progress)] : [];
    });
  const behind = bars.filter((b) => b.tone === 'behind' || b.tone === 'lagging').length;
  const none = s.taskForces.filter((t) => t.competitionId === id && results.get(t.id)?.progress.status === null).length;
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    leader: personLabel(s, c.leadPersonId),
    unit: unitLabel(s, c.leadUnitId),
    ...rankedFigures(result, snapshot.competitions.length, snapshot),
    bars,
    chartSummary: `${bars.length}个专班中${behind}个慢于应完成进度${none ? `，${none}个无累计型指标` : ''}。`,
  };
}
