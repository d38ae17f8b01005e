import { formatPercent } from '@/lib/format';
import { totalOnTime, type UnitOnTime } from '@/lib/metrics';
import { joinZh, type BulletinContext } from '../context';
import type { Section } from '../types';

/** Units below this year-to-date rate are named in the text. */
export const TIMELINESS_NAMED_BELOW = 0.9;

/** The units with something due, in their customary order. */
function unitRows(ctx: BulletinContext): UnitOnTime[] {
  const order = (id: number) => ctx.input.structure.units.get(id)?.sortOrder ?? 0;
  return [...ctx.input.onTime.values()].sort((a, b) => order(a.unitId) - order(b.unitId) || a.unitId - b.unitId);
}

/**
 * 五、报送及时率: totals, the units below 90%, and every unit's rates in a table — the figures of
 * lib/metrics onTimeByUnit (错月 by reporting round, first submission time) as loaded for the
 * 通报's period and date (db/queries/timeliness.ts).
 */
export function timelinessSection(ctx: BulletinContext, heading: string): Section {
  const rows = unitRows(ctx);
  const total = totalOnTime(rows);
  const name = (id: number) => ctx.idx.unitName(id) ?? '—';
  const below = rows
    .filter((r) => r.rateYtd !== null && r.rateYtd < TIMELINESS_NAMED_BELOW)
    .sort((a, b) => (a.rateYtd ?? 0) - (b.rateYtd ?? 0));
  const text =
    `${ctx.rangeLabel}，各责任单位应报送指标数据${total.dueYtd}条，按时报送${total.onTimeYtd}条，报送及时率${formatPercent(total.rateYtd)}；` +
    `其中${ctx.periodLabel}应报送${total.due}条，按时报送${total.onTime}条，及时率${formatPercent(total.rate)}。` +
    (below.length
      ? `报送及时率低于${formatPercent(TIMELINESS_NAMED_BELOW, 0)}的单位有${below.length}个：${joinZh(below.map((r) => `${name(r.unitId)}（${formatPercent(r.rateYtd)}）`))}。`
      : `各单位报送及时率均不低于${formatPercent(TIMELINESS_NAMED_BELOW, 0)}。`);
  return {
    heading,
    blocks: [
      { type: 'p', text },
      {
        type: 'table',
        id: 'timeliness',
        caption: `表4　各单位报送及时率（截止时间以各统计期填报截止时间为准）`,
        columns: [
          { header: '序号', align: 'center' },
          { header: '责任单位' },
          { header: '本期应报', align: 'right' },
          { header: '本期按时', align: 'right' },
          { header: '本期及时率', align: 'right' },
          { header: `${ctx.rangeLabel.slice(5)}应报`, align: 'right' },
          { header: `${ctx.rangeLabel.slice(5)}及时率`, align: 'right' },
        ],
        rows: rows.map((r, i) => [
          String(i + 1),
          name(r.unitId),
          String(r.due),
          String(r.onTime),
          formatPercent(r.rate),
          String(r.dueYtd),
          formatPercent(r.rateYtd),
        ]),
      },
    ],
    subsections: [],
  };
}
