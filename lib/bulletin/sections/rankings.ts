import { completenessNote, formatMovement, formatNumber, formatRank } from '@/lib/format';
import { groupHonourLists, inRankOrder, type ListEntry } from '@/lib/metrics';
import { headingLabel } from '../numbering';
import { joinZh, type BulletinContext } from '../context';
import type { Block, Section } from '../types';
import { competitionTable, taskForceTable } from './ranking-tables';

const named = (name: string, score: number | null) => `${name}（${formatNumber(score)}分）`;

/** How many risers and fallers the text names (the biggest moves first). */
export const MOVERS_NAMED = 5;

/** Task forces that moved at least this many places are named. */
export const MOVE_NAMED_FROM = 3;

/** Without a previous rank (a campaign's first period, or a period without data) nothing moved. */
const NO_PREVIOUS = '本期无上期排名可比（首个统计期或上期无数据），不计名次升降。';

function competitionText(ctx: BulletinContext): string {
  const ranked = inRankOrder(ctx.input.snapshot.competitions);
  const name = (id: number) => ctx.idx.competition.get(id)?.name ?? '';
  const top = ranked.slice(0, 3).map((c) => named(name(c.id), c.score));
  const up = ranked.filter((c) => (c.movement ?? 0) > 0).map((c) => `${name(c.id)}${formatMovement(c.movement)}`);
  const down = ranked.filter((c) => (c.movement ?? 0) < 0).map((c) => `${name(c.id)}${formatMovement(c.movement)}`);
  const last = ranked[ranked.length - 1];
  const moves =
    ctx.input.snapshot.previousPeriod === null
      ? NO_PREVIOUS
      : `与上期相比，${up.length ? joinZh(up) : '没有竞赛名次上升'}；${down.length ? joinZh(down) : '没有竞赛名次下降'}。`;
  return (
    `${ranked.length}项竞赛中，得分居前三位的是${joinZh(top)}` +
    (last && ranked.length > 3 ? `；${name(last.id)}得分${formatNumber(last.score)}分，居末位` : '') +
    `。${moves}`
  );
}

function competitionBlocks(ctx: BulletinContext): Block[] {
  const note = completenessNote(ctx.input.snapshot.completeness);
  return [
    ...(note ? [{ type: 'p' as const, text: `本期${note}。` }] : []),
    { type: 'p', text: competitionText(ctx) },
    competitionTable(ctx),
  ];
}

function moversText(ctx: BulletinContext): string {
  const { snapshot } = ctx.input;
  if (snapshot.previousPeriod === null) return NO_PREVIOUS;
  const tfName = (id: number) => ctx.idx.taskForce.get(id)?.name ?? '';
  const moved = snapshot.taskForces
    .filter((t) => t.movement !== null && Math.abs(t.movement) >= MOVE_NAMED_FROM)
    .sort((a, b) => b.movement! - a.movement!);
  const list = (xs: typeof moved) => {
    const shown = xs.slice(0, MOVERS_NAMED).map((t) => `${tfName(t.id)}${formatMovement(t.movement)}`);
    return xs.length > MOVERS_NAMED ? `${shown.join('、')}等${xs.length}个专班` : joinZh(shown);
  };
  const ups = moved.filter((t) => t.movement! > 0);
  const downs = moved.filter((t) => t.movement! < 0).reverse();
  return moved.length
    ? `与上期相比，名次上升${MOVE_NAMED_FROM}位及以上的有${ups.length ? list(ups) : '0个专班'}；下降${MOVE_NAMED_FROM}位及以上的有${downs.length ? list(downs) : '0个专班'}。`
    : `与上期相比，各专班名次变化均在${MOVE_NAMED_FROM - 1}位以内。`;
}

function taskForceBlocks(ctx: BulletinContext): Block[] {
  const { snapshot, settings } = ctx.input;
  const lists = groupHonourLists(snapshot.taskForces, settings);
  const tfName = (id: number) => ctx.idx.taskForce.get(id)?.name ?? '';
  const describe = (list: ListEntry[]) =>
    list.length
      ? `${joinZh(list.map((e) => `${tfName(e.item)}（${formatRank(e.rank)}，${formatNumber(e.score)}分）`))}，共${list.length}个。`
      : '本期无专班入榜。';
  return [
    {
      type: 'item',
      level: 3,
      label: headingLabel(3, 1),
      lead: '红榜。',
      text: `得分前${settings.honourListSize}名且不低于100分的专班：${describe(lists.red)}`,
    },
    {
      type: 'item',
      level: 3,
      label: headingLabel(3, 2),
      lead: '黄榜。',
      text: `得分后${settings.honourListSize}名或低于${settings.warningScoreBelow}分的专班：${describe(lists.yellow)}`,
    },
    { type: 'item', level: 3, label: headingLabel(3, 3), lead: '争先进位。', text: moversText(ctx) },
    taskForceTable(ctx),
  ];
}

/** 二、竞赛和专班排名情况: the competitions ranked (with the caveat of an incomplete round), 红榜/黄榜, the movers. */
export function rankingsSection(ctx: BulletinContext, heading: string): Section {
  return {
    heading,
    blocks: [],
    subsections: [
      { heading: `${headingLabel(2, 1)}竞赛排名`, blocks: competitionBlocks(ctx) },
      { heading: `${headingLabel(2, 2)}专班红黄榜`, blocks: taskForceBlocks(ctx) },
    ],
  };
}
