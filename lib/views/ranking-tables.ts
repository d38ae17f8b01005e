/** The rankings of competitions and task forces, shared by the rankings, competition and task-force list pages and their exports. */
import { foldStatusCounts, type RankedResult } from '@/lib/metrics';
import { rankedNote, withPeriod, type DashboardData } from './context';
import { groupProgressView } from './group-progress';
import { personLabel, unitLabel } from './structure';
import { keyedRows, move, num, pct, rank, text, type Cell, type Column, type KeyedRow, type Table } from './table';

/** 达到序时 / 略滞后 / 严重滞后 / 未报送 of a group, folded as the headline folds them. */
function statusCountCells(r: RankedResult): Cell[] {
  const c = foldStatusCounts(r.counts);
  return [num(c.ahead, 0), num(c.behind, 0), num(c.lagging, 0), num(c.noData, 0)];
}

/** The completion, its gap, and the status counts of a group: the columns every group ranking shares. */
export const PROGRESS_COLUMNS: Column[] = [
  { header: '累计型指标平均完成率', key: 'completion' },
  { header: '较应完成进度', key: 'gap', wide: true },
  { header: '达到序时', key: 'ahead' },
  { header: '略滞后', key: 'behind' },
  { header: '严重滞后', key: 'lagging' },
  { header: '未报送', key: 'no-data' },
];

/** The cells of {@link PROGRESS_COLUMNS}. */
export function progressCells(r: RankedResult): Cell[] {
  return [pct(r.progress.completion), text(groupProgressView(r.progress).gap), ...statusCountCells(r)];
}

/** The note on what the completion of a group covers. */
export const COMPLETION_NOTE =
  '平均完成率只计越高越好的累计型指标（每项最高按150%计），与其应完成进度（阶段性目标或序时）比较；控制线、比率、排名和节点型指标按状态计数。';

function byRank<T extends { rank: number | null }>(a: T, b: T): number {
  return (a.rank ?? Infinity) - (b.rank ?? Infinity);
}

/**
 * Task forces ranked by score (the snapshot's district-wide ranks, ties shared), with movement,
 * group progress, indicators by status and who leads each. `competitionId` / `taskForceIds` restrict the rows.
 */
export function taskForceRankingTable(
  { ctx, structure: s, snapshot }: DashboardData,
  opts: { id: string; title: string; competitionId?: number; taskForceIds?: Set<number> },
): Table {
  const tfs = new Map(s.taskForces.map((t) => [t.id, t]));
  const comps = new Map(s.competitions.map((c) => [c.id, c]));
  const rows = snapshot.taskForces
    .filter(
      (r) =>
        (opts.competitionId === undefined || r.competitionId === opts.competitionId) && (!opts.taskForceIds || opts.taskForceIds.has(r.id)),
    )
    .sort(byRank)
    .flatMap((r): KeyedRow[] => {
      const t = tfs.get(r.id);
      if (!t) return [];
      return [
        {
          key: `task-force-${t.id}`,
          cells: [
            rank(r.rank),
            text(t.name, withPeriod(`/task-forces/${t.id}`, ctx.period)),
            text(comps.get(t.competitionId)?.shortName ?? null, withPeriod(`/competitions/${t.competitionId}`, ctx.period)),
            num(r.score),
            move(r.movement),
            ...progressCells(r),
            text(personLabel(s, t.leadPersonId)),
            text(unitLabel(s, t.leadUnitId)),
          ],
        },
      ];
    });
  return {
    id: opts.id,
    title: opts.title,
    columns: [
      { header: '全区名次', key: 'rank' },
      { header: '专班' },
      { header: '竞赛' },
      { header: '得分', key: 'score' },
      { header: '较上期', key: 'movement' },
      ...PROGRESS_COLUMNS,
      { header: '牵头领导' },
      { header: '牵头单位' },
    ],
    ...keyedRows(rows),
    note: rankedNote(snapshot, `名次为全区${snapshot.taskForces.length}个专班按得分的排名，得分相同名次并列。${COMPLETION_NOTE}`),
  };
}

/** The competitions ranked by score, with movement, group progress, statuses and lead. */
export function competitionsTable({ ctx, structure: s, snapshot }: DashboardData): Table {
  const comps = new Map(s.competitions.map((c) => [c.id, c]));
  const rows = [...snapshot.competitions].sort(byRank).flatMap((r): KeyedRow[] => {
    const c = comps.get(r.id);
    if (!c) return [];
    return [
      {
        key: `competition-${c.id}`,
        cells: [
          rank(r.rank),
          text(c.name, withPeriod(`/competitions/${c.id}`, ctx.period)),
          num(r.score),
          move(r.movement),
          ...progressCells(r),
          num(r.taskForceIds.length, 0),
          text(personLabel(s, c.leadPersonId)),
          text(unitLabel(s, c.leadUnitId)),
        ],
      },
    ];
  });
  return {
    id: 'competitions',
    title: '竞赛排名',
    columns: [
      { header: '名次', key: 'rank' },
      { header: '竞赛' },
      { header: '得分', key: 'score' },
      { header: '较上期', key: 'movement' },
      ...PROGRESS_COLUMNS,
      { header: '专班数' },
      { header: '牵头领导' },
      { header: '牵头部门' },
    ],
    ...keyedRows(rows),
    note: rankedNote(snapshot, `竞赛得分为所属专班得分的平均；得分相同名次并列。${COMPLETION_NOTE}`),
  };
}
