import 'server-only';
import { honourLists, rankByScore, type PeriodSnapshot, type StatusCounts } from '@/lib/metrics';
import { move, num, rank, status, text, type Table } from '@/lib/views/table';
import { gapCell } from '@/lib/views/indicator-cells';
import { formatRank } from '@/lib/format';
import { withPeriod, type DashboardContext } from './dashboard-context';
import { personLabel, structureIndex, unitLabel } from './dashboard-names';
import { getPeriodSnapshot } from './snapshot';
import { getCampaignStructure } from './structure';

export interface Headline {
  timeProgress: number;
  /** Indicators judged this period; milestones fold in (done → ahead, overdue → lagging); not_due left out. */
  counts: { ahead: number; behind: number; lagging: number; noData: number; pending: number; total: number };
  county: { compared: number; top2: number; bottom2: number; up: number; down: number };
}

export interface CompetitionCard {
  id: number;
  name: string;
  leader: string | null;
  unit: string | null;
  taskForceCount: number;
  score: number | null;
  rank: number | null;
  total: number;
  movement: number | null;
  completion: number | null;
  counts: StatusCounts;
}

function snapshotOf(ctx: DashboardContext): PeriodSnapshot {
  return getPeriodSnapshot(ctx.campaign, ctx.period);
}

/** The headline figures of the overview (counts, county standing and its movement). */
export function getHeadline(ctx: DashboardContext): Headline {
  const snap = snapshotOf(ctx);
  const counts = { ahead: 0, behind: 0, lagging: 0, noData: 0, pending: 0, total: 0 };
  for (const i of snap.indicators) {
    const s = i.evaluation.status;
    if (s === 'not_due') continue;
    counts.total++;
    if (s === 'ahead' || s === 'done') counts.ahead++;
    else if (s === 'behind') counts.behind++;
    else if (s === 'lagging' || s === 'overdue') counts.lagging++;
    else counts.noData++;
    if (i.pending) counts.pending++;
  }
  const compared = snap.indicators.filter((i) => i.countyRank !== null && i.countyTotal > 0);
  return {
    timeProgress: snap.timeProgress,
    counts,
    county: {
      compared: compared.length,
      top2: compared.filter((i) => i.countyRank! <= 2).length,
      bottom2: compared.filter((i) => i.countyRank! >= i.countyTotal - 1).length,
      up: compared.filter((i) => (i.countyMovement ?? 0) > 0).length,
      down: compared.filter((i) => (i.countyMovement ?? 0) < 0).length,
    },
  };
}

/** One card per competition, in the campaign's order. */
export function listCompetitionCards(ctx: DashboardContext): CompetitionCard[] {
  const snap = snapshotOf(ctx);
  const s = getCampaignStructure(ctx.campaign.id);
  const byId = new Map(snap.competitions.map((c) => [c.id, c]));
  return s.competitions.flatMap((c) => {
    const r = byId.get(c.id);
    if (!r) return [];
    return [
      {
        id: c.id,
        name: c.name,
        leader: personLabel(s, c.leadPersonId),
        unit: unitLabel(s, c.leadUnitId),
        taskForceCount: r.taskForceIds.length,
        score: r.score,
        rank: r.rank,
        total: snap.competitions.length,
        movement: r.movement,
        completion: r.completion,
        counts: r.counts,
      },
    ];
  });
}

/**
 * 弱项: indicators lagging (or overdue) or ranking in the bottom third of the counties, weakest
 * first (lowest score, then worst county rank).
 */
export function weakItemsTable(ctx: DashboardContext): Table {
  const snap = snapshotOf(ctx);
  const s = getCampaignStructure(ctx.campaign.id);
  const idx = structureIndex(s);
  const weak = snap.indicators
    .filter((i) => i.weak)
    .sort((a, b) => (a.evaluation.score ?? 0) - (b.evaluation.score ?? 0) || (b.countyRank ?? 0) - (a.countyRank ?? 0));
  return {
    id: 'weak-items',
    title: '弱项指标',
    columns: [
      { header: '指标' },
      { header: '所属专班' },
      { header: '责任单位' },
      { header: '状态' },
      { header: '差距' },
      { header: '全市排名' },
    ],
    rows: weak.flatMap((w) => {
      const ind = idx.indicator.get(w.id);
      const tf = idx.taskForce.get(w.taskForceId);
      if (!ind || !tf) return [];
      return [
        [
          text(ind.name, withPeriod(`/indicators/${ind.id}`, ctx.period)),
          text(tf.name, withPeriod(`/task-forces/${tf.id}`, ctx.period)),
          text(unitLabel(s, ind.responsibleUnitId)),
          status(w.evaluation.status, w.pending),
          gapCell(ind, w.evaluation),
          text(w.countyRank === null ? '—' : `${formatRank(w.countyRank, w.countyTotal)}${w.countyBottomThird ? '（靠后）' : ''}`),
        ],
      ];
    }),
    note: '弱项：严重滞后（或节点逾期）的指标，以及全市县（市、区）排名处于后三分之一的指标。',
  };
}

function taskForceRows(ctx: DashboardContext, entries: { item: number; rank: number | null; score: number | null }[]) {
  const snap = snapshotOf(ctx);
  const s = getCampaignStructure(ctx.campaign.id);
  const idx = structureIndex(s);
  const result = new Map(snap.taskForces.map((t) => [t.id, t]));
  return entries.flatMap((e) => {
    const tf = idx.taskForce.get(e.item);
    const comp = tf ? idx.competition.get(tf.competitionId) : undefined;
    if (!tf || !comp) return [];
    return [
      [
        rank(e.rank),
        text(tf.name, withPeriod(`/task-forces/${tf.id}`, ctx.period)),
        text(comp.shortName),
        num(e.score),
        move(result.get(tf.id)?.movement ?? null),
      ],
    ];
  });
}

const LIST_COLUMNS = [{ header: '名次' }, { header: '专班' }, { header: '竞赛' }, { header: '得分' }, { header: '较上期' }];

/** 红榜 and 黄榜 of task forces, by the campaign's rule (see honourLists). */
export function honourTables(ctx: DashboardContext): { red: Table; yellow: Table } {
  const snap = snapshotOf(ctx);
  const score = new Map(snap.taskForces.map((t) => [t.id, t.score]));
  const ranked = rankByScore(
    snap.taskForces.map((t) => t.id),
    (id) => score.get(id) ?? null,
  ).map((r) => ({ ...r, score: score.get(r.item) ?? null }));
  const lists = honourLists(ranked, ctx.settings);
  const { honourListSize: n, warningScoreBelow: below } = ctx.settings;
  return {
    red: {
      id: 'honour-red',
      title: '红榜',
      columns: LIST_COLUMNS,
      rows: taskForceRows(ctx, lists.red),
      note: `红榜：得分前${n}名且得分不低于100分的专班（并列同入）。`,
    },
    yellow: {
      id: 'honour-yellow',
      title: '黄榜',
      columns: LIST_COLUMNS,
      rows: taskForceRows(ctx, lists.yellow),
      note: `黄榜：得分后${n}名的专班（并列同入），以及得分低于${below}分的专班。`,
    },
  };
}

/** 本期变化: the task forces whose rank moved most since the previous period (at most `limit`). */
export function rankChangesTable(ctx: DashboardContext, limit = 10): Table {
  const snap = snapshotOf(ctx);
  const s = getCampaignStructure(ctx.campaign.id);
  const idx = structureIndex(s);
  const moved = snap.taskForces
    .filter((t) => t.movement !== null && t.movement !== 0)
    .sort((a, b) => Math.abs(b.movement!) - Math.abs(a.movement!) || b.movement! - a.movement! || (a.rank ?? 0) - (b.rank ?? 0))
    .slice(0, limit);
  return {
    id: 'rank-changes',
    title: '本期变化',
    columns: [{ header: '专班' }, { header: '竞赛' }, { header: '上期名次' }, { header: '本期名次' }, { header: '变化' }],
    rows: moved.flatMap((t) => {
      const tf = idx.taskForce.get(t.id);
      const comp = tf ? idx.competition.get(tf.competitionId) : undefined;
      if (!tf || !comp) return [];
      return [
        [
          text(tf.name, withPeriod(`/task-forces/${tf.id}`, ctx.period)),
          text(comp.shortName),
          rank(t.previousRank),
          rank(t.rank),
          move(t.movement),
        ],
      ];
    }),
    note: `专班得分排名与上一统计期相比变化最大的${limit}个（争先进位 = 上期名次 − 本期名次）。`,
  };
}
