import { completionVsExpected } from '@/lib/metrics';
import { formatMovement, formatNumber, formatPercent, formatRank } from '@/lib/format';
import { honourLists, rankByScore } from '@/lib/metrics';
import { headingLabel } from '../numbering';
import { joinZh, type BulletinContext } from '../context';
import type { Block, Section } from '../types';

const named = (name: string, score: number | null) => `${name}（${formatNumber(score)}分）`;

/** How many risers and fallers the text names (the biggest moves first). */
export const MOVERS_NAMED = 5;

function competitionBlocks(ctx: BulletinContext): Block[] {
  const { snapshot } = ctx.input;
  const ranked = [...snapshot.competitions].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const name = (id: number) => ctx.idx.competition.get(id)?.name ?? '';
  const top = ranked.slice(0, 3).map((c) => named(name(c.id), c.score));
  const up = ranked.filter((c) => (c.movement ?? 0) > 0).map((c) => `${name(c.id)}${formatMovement(c.movement)}`);
  const down = ranked.filter((c) => (c.movement ?? 0) < 0).map((c) => `${name(c.id)}${formatMovement(c.movement)}`);
  const last = ranked[ranked.length - 1];
  const text =
    `${ranked.length}项竞赛中，得分居前三位的是${joinZh(top)}` +
    (last && ranked.length > 3 ? `；${name(last.id)}得分${formatNumber(last.score)}分，居末位` : '') +
    `。与上期相比，${up.length ? `${joinZh(up)}` : '没有竞赛名次上升'}；${down.length ? `${joinZh(down)}` : '没有竞赛名次下降'}。`;
  const rows = ranked.map((c) => {
    const comp = ctx.idx.competition.get(c.id);
    const own = c.taskForceIds.flatMap((id) => ctx.idx.resultsByTaskForce.get(id) ?? []);
    const cv = completionVsExpected(own);
    return [
      formatRank(c.rank),
      comp?.name ?? '',
      ctx.idx.unitName(comp?.leadUnitId ?? null) ?? '—',
      formatNumber(c.score),
      formatMovement(c.movement),
      formatPercent(cv.completion),
      String(c.counts.lagging + c.counts.overdue),
    ];
  });
  return [
    { type: 'p', text },
    {
      type: 'table',
      id: 'competitions',
      caption: `表1　${ctx.periodLabel}各竞赛得分排名`,
      columns: [
        { header: '名次', align: 'center' },
        { header: '竞赛' },
        { header: '牵头部门' },
        { header: '得分', align: 'right' },
        { header: '较上期', align: 'center' },
        { header: '平均完成率', align: 'right' },
        { header: '严重滞后指标', align: 'right' },
      ],
      rows,
    },
  ];
}

function taskForceBlocks(ctx: BulletinContext): Block[] {
  const { snapshot, settings } = ctx.input;
  const result = new Map(snapshot.taskForces.map((t) => [t.id, t]));
  const ranked = rankByScore(
    snapshot.taskForces.map((t) => t.id),
    (id) => result.get(id)?.score ?? null,
  ).map((r) => ({ ...r, score: result.get(r.item)?.score ?? null }));
  const lists = honourLists(ranked, settings);
  const tfName = (id: number) => ctx.idx.taskForce.get(id)?.name ?? '';
  const describe = (list: typeof lists.red) =>
    list.length
      ? `${joinZh(list.map((e) => `${tfName(e.item)}（${formatRank(e.rank)}，${formatNumber(e.score)}分）`))}，共${list.length}个。`
      : '本期无专班入榜。';
  const moved = snapshot.taskForces
    .filter((t) => t.movement !== null && Math.abs(t.movement) >= 3)
    .sort((a, b) => b.movement! - a.movement!);
  const list = (xs: typeof moved) => {
    const shown = xs.slice(0, MOVERS_NAMED).map((t) => `${tfName(t.id)}${formatMovement(t.movement)}`);
    return xs.length > MOVERS_NAMED ? `${shown.join('、')}等${xs.length}个专班` : joinZh(shown);
  };
  const ups = moved.filter((t) => t.movement! > 0);
  const downs = moved.filter((t) => t.movement! < 0).reverse();
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
    {
      type: 'item',
      level: 3,
      label: headingLabel(3, 3),
      lead: '争先进位。',
      text: moved.length
        ? `与上期相比，名次上升3位及以上的有${ups.length ? list(ups) : '0个专班'}；下降3位及以上的有${downs.length ? list(downs) : '0个专班'}。`
        : '与上期相比，各专班名次变化均在2位以内。',
    },
  ];
}

/** 二、竞赛和专班排名情况 */
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
