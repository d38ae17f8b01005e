import 'server-only';
import { completionVsExpected, progressStatus, type IndicatorResult, type PeriodSnapshot, type RankedResult } from '@/lib/metrics';
import { move, num, pct, rank, text, type Cell, type Table } from '@/lib/views/table';
import type { StatusKey } from '@/lib/format';
import { withPeriod, type DashboardContext } from './dashboard-context';
import { personLabel, unitLabel } from './dashboard-names';
import { getPeriodSnapshot } from './snapshot';
import { getCampaignStructure } from './structure';

export interface CompletionBar {
  id: number;
  name: string;
  /** Mean completion of the task force's cumulative indicators (fraction), null when none. */
  completion: number | null;
  /** Mean expected progress of the same indicators (fraction). */
  expected: number | null;
  status: StatusKey;
}

export interface CompetitionView {
  id: number;
  name: string;
  description: string | null;
  leader: string | null;
  unit: string | null;
  result: RankedResult;
  total: number;
  taskForceTotal: number;
  bars: CompletionBar[];
}

/** The competition `id` of the active campaign for the period, or null when it is not one of them. */
export function getCompetitionView(ctx: DashboardContext, id: number): CompetitionView | null {
  const s = getCampaignStructure(ctx.campaign.id);
  const c = s.competitions.find((x) => x.id === id);
  const snap = getPeriodSnapshot(ctx.campaign, ctx.period);
  const result = snap.competitions.find((x) => x.id === id);
  if (!c || !result) return null;
  const byTf = new Map<number, IndicatorResult[]>();
  for (const i of snap.indicators) byTf.set(i.taskForceId, [...(byTf.get(i.taskForceId) ?? []), i]);
  const bars = s.taskForces
    .filter((t) => t.competitionId === id)
    .map((t) => {
      const cv = completionVsExpected(byTf.get(t.id) ?? []);
      return { id: t.id, name: t.name, ...cv, status: progressStatus(cv.completion, cv.expected, ctx.settings.tolerancePp) };
    });
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    leader: personLabel(s, c.leadPersonId),
    unit: unitLabel(s, c.leadUnitId),
    result,
    total: snap.competitions.length,
    taskForceTotal: snap.taskForces.length,
    bars,
  };
}

function statusCountCells(r: RankedResult): Cell[] {
  const c = r.counts;
  return [num(c.ahead + c.done, 0), num(c.behind, 0), num(c.lagging + c.overdue, 0), num(c.no_data, 0)];
}

const COUNT_HEADERS = [{ header: '达到序时' }, { header: '略滞后' }, { header: '严重滞后' }, { header: '未报送' }];

function byRank<T extends { rank: number | null }>(a: T, b: T): number {
  return (a.rank ?? Infinity) - (b.rank ?? Infinity);
}

/**
 * Task forces ranked by score, district-wide ranks (ties shared), with movement, mean completion,
 * indicators by status (milestones folded in) and who leads each. `competitionId` restricts the rows.
 */
export function taskForceRankingTable(
  ctx: DashboardContext,
  opts: { id: string; title: string; competitionId?: number; taskForceIds?: Set<number> },
): Table {
  const snap: PeriodSnapshot = getPeriodSnapshot(ctx.campaign, ctx.period);
  const s = getCampaignStructure(ctx.campaign.id);
  const tfs = new Map(s.taskForces.map((t) => [t.id, t]));
  const comps = new Map(s.competitions.map((c) => [c.id, c]));
  const rows = snap.taskForces
    .filter(
      (r) =>
        (opts.competitionId === undefined || r.competitionId === opts.competitionId) && (!opts.taskForceIds || opts.taskForceIds.has(r.id)),
    )
    .sort(byRank)
    .flatMap((r) => {
      const t = tfs.get(r.id);
      if (!t) return [];
      return [
        [
          rank(r.rank),
          text(t.name, withPeriod(`/task-forces/${t.id}`, ctx.period)),
          text(comps.get(t.competitionId)?.shortName ?? null, withPeriod(`/competitions/${t.competitionId}`, ctx.period)),
          num(r.score),
          move(r.movement),
          pct(r.completion),
          ...statusCountCells(r),
          text(personLabel(s, t.leadPersonId)),
          text(unitLabel(s, t.leadUnitId)),
        ],
      ];
    });
  return {
    id: opts.id,
    title: opts.title,
    columns: [
      { header: '全区名次' },
      { header: '专班' },
      { header: '竞赛' },
      { header: '得分' },
      { header: '较上期' },
      { header: '平均完成率' },
      ...COUNT_HEADERS,
      { header: '牵头领导' },
      { header: '牵头单位' },
    ],
    rows,
    note: `名次为全区${snap.taskForces.length}个专班按得分的排名，得分相同名次并列；平均完成率为累计型指标完成率的平均。`,
  };
}

/** The competitions ranked by score, with movement, completion, statuses and lead. */
export function competitionsTable(ctx: DashboardContext): Table {
  const snap = getPeriodSnapshot(ctx.campaign, ctx.period);
  const s = getCampaignStructure(ctx.campaign.id);
  const comps = new Map(s.competitions.map((c) => [c.id, c]));
  const rows = [...snap.competitions].sort(byRank).flatMap((r) => {
    const c = comps.get(r.id);
    if (!c) return [];
    return [
      [
        rank(r.rank),
        text(c.name, withPeriod(`/competitions/${c.id}`, ctx.period)),
        num(r.score),
        move(r.movement),
        pct(r.completion),
        ...statusCountCells(r),
        num(r.taskForceIds.length, 0),
        text(personLabel(s, c.leadPersonId)),
        text(unitLabel(s, c.leadUnitId)),
      ],
    ];
  });
  return {
    id: 'competitions',
    title: '竞赛排名',
    columns: [
      { header: '名次' },
      { header: '竞赛' },
      { header: '得分' },
      { header: '较上期' },
      { header: '平均完成率' },
      ...COUNT_HEADERS,
      { header: '专班数' },
      { header: '牵头领导' },
      { header: '牵头部门' },
    ],
    rows,
    note: '竞赛得分为所属专班得分的平均；得分相同名次并列。',
  };
}
