/** The overview's lists: 弱项, 红榜 / 黄榜 and 本期变化, as tables the page and the export share. */
import { groupHonourLists, weakestFirst } from '@/lib/metrics';
import { formatRank } from '@/lib/format';
import { rankedNote, withPeriod, type DashboardData } from './context';
import { gapCell } from './indicator-cells';
import { structureIndex, unitLabel } from './structure';
import { keyedRows, move, num, rank, status, text, type KeyedRow, type Table } from './table';

/**
 * 弱项: indicators lagging (or overdue) or ranking in the bottom third of the counties (the
 * snapshot's `weak`), weakest first (lib/metrics weakestFirst: lowest score, then worst county
 * rank) — the order of the deck's and the 通报's weak lists.
 */
export function weakItemsTable({ ctx, structure: s, snapshot }: DashboardData): Table {
  const idx = structureIndex(s);
  const weak = weakestFirst(snapshot.indicators);
  const rows = weak.flatMap((w): KeyedRow[] => {
    const ind = idx.indicator.get(w.id);
    const tf = idx.taskForce.get(w.taskForceId);
    if (!ind || !tf) return [];
    const county = w.countyRank === null ? null : `${formatRank(w.countyRank, w.countyTotal)}${w.countyBottomThird ? '（靠后）' : ''}`;
    return [
      {
        key: `indicator-${ind.id}`,
        cells: [
          text(ind.name, withPeriod(`/indicators/${ind.id}`, ctx.period)),
          text(tf.name, withPeriod(`/task-forces/${tf.id}`, ctx.period)),
          text(unitLabel(s, ind.responsibleUnitId)),
          status(w.evaluation.status, w.pending),
          gapCell(w.evaluation),
          text(county),
        ],
      },
    ];
  });
  return {
    id: 'weak-items',
    title: '弱项指标',
    columns: [
      { header: '指标' },
      { header: '所属专班' },
      { header: '责任单位' },
      { header: '状态', key: 'status' },
      { header: '差距', key: 'gap' },
      { header: '全市排名', key: 'county-rank' },
    ],
    ...keyedRows(rows),
    note: '弱项：严重滞后（或节点逾期）的指标，以及全市县（市、区）排名处于后三分之一的指标。',
  };
}

const LIST_COLUMNS = [
  { header: '名次', key: 'rank' },
  { header: '专班' },
  { header: '竞赛' },
  { header: '得分', key: 'score' },
  { header: '较上期', key: 'movement' },
];

function taskForceRows({ ctx, structure: s, snapshot }: DashboardData, ids: number[]): KeyedRow[] {
  const idx = structureIndex(s);
  const result = new Map(snapshot.taskForces.map((t) => [t.id, t]));
  return ids.flatMap((id) => {
    const tf = idx.taskForce.get(id);
    const comp = tf ? idx.competition.get(tf.competitionId) : undefined;
    const r = result.get(id);
    if (!tf || !comp || !r) return [];
    return [
      {
        key: `task-force-${tf.id}`,
        cells: [
          rank(r.rank),
          text(tf.name, withPeriod(`/task-forces/${tf.id}`, ctx.period)),
          text(comp.shortName),
          num(r.score),
          move(r.movement),
        ],
      },
    ];
  });
}

/** 红榜 and 黄榜 of task forces on the snapshot's ranks, by the campaign's rule (lib/metrics groupHonourLists, as the deck and the 通报). */
export function honourTables(data: DashboardData): { red: Table; yellow: Table } {
  const { ctx, snapshot } = data;
  const lists = groupHonourLists(snapshot.taskForces, ctx.settings);
  const { honourListSize: n, warningScoreBelow: below } = ctx.settings;
  return {
    red: {
      id: 'honour-red',
      title: '红榜',
      columns: LIST_COLUMNS,
      ...keyedRows(
        taskForceRows(
          data,
          lists.red.map((r) => r.item),
        ),
      ),
      note: rankedNote(snapshot, `红榜：得分前${n}名且得分不低于100分的专班（并列同入）。`),
    },
    yellow: {
      id: 'honour-yellow',
      title: '黄榜',
      columns: LIST_COLUMNS,
      ...keyedRows(
        taskForceRows(
          data,
          lists.yellow.map((r) => r.item),
        ),
      ),
      note: rankedNote(snapshot, `黄榜：得分后${n}名的专班（并列同入），以及得分低于${below}分的专班。`),
    },
  };
}

/** 本期变化: the task forces whose rank moved most since the previous period (at most `limit`); none without one. */
export function rankChangesTable({ ctx, structure: s, snapshot }: DashboardData, limit = 10): Table {
  const idx = structureIndex(s);
  const moved = snapshot.taskForces
    .filter((t) => t.movement !== null && t.movement !== 0)
    .sort((a, b) => Math.abs(b.movement!) - Math.abs(a.movement!) || b.movement! - a.movement! || (a.rank ?? 0) - (b.rank ?? 0))
    .slice(0, limit);
  const rows = moved.flatMap((t): KeyedRow[] => {
    const tf = idx.taskForce.get(t.id);
    const comp = tf ? idx.competition.get(tf.competitionId) : undefined;
    if (!tf || !comp) return [];
    return [
      {
        key: `task-force-${tf.id}`,
        cells: [
          text(tf.name, withPeriod(`/task-forces/${tf.id}`, ctx.period)),
          text(comp.shortName),
          rank(t.previousRank),
          rank(t.rank),
          move(t.movement),
        ],
      },
    ];
  });
  const base =
    snapshot.previousPeriod === null
      ? '本期没有可比的上期排名（活动首期，或上期尚无数据），不计升降。'
      : `专班得分排名与上一统计期相比变化最大的${limit}个（争先进位 = 上期名次 − 本期名次）。`;
  return {
    id: 'rank-changes',
    title: '本期变化',
    columns: [
      { header: '专班' },
      { header: '竞赛' },
      { header: '上期名次', key: 'previous-rank' },
      { header: '本期名次', key: 'rank' },
      { header: '变化', key: 'movement' },
    ],
    ...keyedRows(rows),
    note: rankedNote(snapshot, base),
  };
}
