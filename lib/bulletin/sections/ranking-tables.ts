/** 表1 and 表2 of the 通报: competitions and task forces in rank order, with their progress against 应完成. */
import { formatMovement, formatNumber, formatPercent, formatRank } from '@/lib/format';
import { inRankOrder, type RankedResult } from '@/lib/metrics';
import type { BulletinContext } from '../context';
import type { Block, Column } from '../types';

/** 累计型指标平均完成率 and 应完成进度 of a group; 无累计型指标 when it has nothing to average, 均未报送 when none is in. */
function progressCells(p: RankedResult['progress']): string[] {
  if (p.status === null) return ['无累计型指标', '—'];
  return p.completion === null ? ['均未报送', '—'] : [formatPercent(p.completion), formatPercent(p.expected)];
}

/**
 * A table of ranked groups: 名次, the group's own columns, 得分, 较上期, 累计型指标平均完成率, 应完成进度,
 * then any trailing columns — one row per group in rank order (lib/metrics inRankOrder).
 */
function rankedTable<G extends RankedResult>(
  spec: { id: string; caption: string; own: Column[]; trailing?: Column[] },
  groups: G[],
  own: (g: G) => string[],
  trailing: (g: G) => string[] = () => [],
): Block {
  return {
    type: 'table',
    id: spec.id,
    caption: spec.caption,
    columns: [
      { header: '名次', align: 'center' },
      ...spec.own,
      { header: '得分', align: 'right' },
      { header: '较上期', align: 'center' },
      { header: '累计型指标平均完成率', align: 'right' },
      { header: '应完成进度', align: 'right' },
      ...(spec.trailing ?? []),
    ],
    rows: inRankOrder(groups).map((g) => [
      formatRank(g.rank),
      ...own(g),
      formatNumber(g.score),
      formatMovement(g.movement),
      ...progressCells(g.progress),
      ...trailing(g),
    ]),
  };
}

/** 表1: the competitions, with their lead unit and their indicators 严重滞后 (overdue included). */
export function competitionTable(ctx: BulletinContext): Block {
  return rankedTable(
    {
      id: 'competitions',
      caption: `表1　${ctx.periodLabel}各竞赛得分排名`,
      own: [{ header: '竞赛', nowrap: true }, { header: '牵头部门' }],
      trailing: [{ header: '严重滞后指标', align: 'right' }],
    },
    ctx.input.snapshot.competitions,
    (c) => {
      const comp = ctx.idx.competition.get(c.id);
      return [comp?.name ?? '', ctx.idx.unitName(comp?.leadUnitId ?? null) ?? '—'];
    },
    (c) => [String(c.counts.lagging + c.counts.overdue)],
  );
}

/** 表2: every task force, with its competition. */
export function taskForceTable(ctx: BulletinContext): Block {
  return rankedTable(
    { id: 'task-forces', caption: `表2　${ctx.periodLabel}各专班得分排名`, own: [{ header: '专班' }, { header: '竞赛', nowrap: true }] },
    ctx.input.snapshot.taskForces,
    (t) => {
      const tf = ctx.idx.taskForce.get(t.id);
      return [tf?.name ?? '', ctx.idx.competition.get(tf?.competitionId ?? -1)?.shortName ?? ''];
    },
  );
}
