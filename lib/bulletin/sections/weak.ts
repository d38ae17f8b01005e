import { disambiguate, weakRows } from '@/lib/deck/measures';
import { WEAK_REASONS } from '@/lib/deck/labels';
import type { WeakRow } from '@/lib/deck/types';
import { formatRank } from '@/lib/format';
import { headingLabel } from '../numbering';
import type { BulletinContext } from '../context';
import type { Block, Section } from '../types';

/** 1. 项目攻坚竞赛（2项）：A（责任单位）、B（…） — one item per competition, in the campaign's order. */
function byCompetition(ctx: BulletinContext, rows: WeakRow[], detail: (w: WeakRow) => string): Block[] {
  const order = ctx.input.structure.competitions.map((c) => c.shortName);
  const groups = new Map<string, WeakRow[]>();
  for (const r of rows) groups.set(r.competition, [...(groups.get(r.competition) ?? []), r]);
  return order
    .filter((name) => groups.has(name))
    .map((name, i) => {
      const list = groups.get(name)!;
      return {
        type: 'item',
        level: 3,
        label: headingLabel(3, i + 1),
        lead: `${name}（${list.length}项）：`,
        text: `${list.map((w) => `${w.name}（${w.label === w.name ? '' : `${w.taskForce}，`}${detail(w)}）`).join('、')}。`,
      };
    });
}

/** 三、弱项指标: lagging ones and bottom-third county ranks, by competition, then the full list. */
export function weakSection(ctx: BulletinContext, heading: string): Section {
  // Names repeat across task forces (e.g. 固定资产投资): the task force is added where they do.
  const rows = disambiguate(weakRows(ctx.idx, ctx.input.snapshot.indicators));
  const lagging = rows.filter((w) => w.status === 'lagging' || w.status === 'overdue');
  const bottom = rows.filter((w) => w.reason.includes(WEAK_REASONS.bottomThird));
  const intro = rows.length
    ? `对照“进度较慢、排名靠后”的标准，全区共有弱项指标${rows.length}项，其中${WEAK_REASONS.lagging}或${WEAK_REASONS.overdue}的${lagging.length}项，全市排名处于后三分之一的${bottom.length}项（两者兼有的计一项）。`
    : '本期没有进度严重滞后或全市排名靠后的弱项指标。';
  if (rows.length === 0) return { heading, blocks: [{ type: 'p', text: intro }], subsections: [] };
  return {
    heading,
    blocks: [{ type: 'p', text: intro }],
    subsections: [
      {
        heading: `${headingLabel(2, 1)}进度严重滞后的指标`,
        blocks: lagging.length ? byCompetition(ctx, lagging, (w) => w.unit ?? '责任单位未定') : [{ type: 'p', text: '无。' }],
      },
      {
        heading: `${headingLabel(2, 2)}全市排名靠后的指标`,
        blocks: [
          ...(bottom.length
            ? byCompetition(ctx, bottom, (w) => formatRank(w.countyRank, w.countyTotal))
            : [{ type: 'p' as const, text: '无。' }]),
          {
            type: 'table',
            id: 'weak',
            caption: `表3　${ctx.periodLabel}弱项指标清单`,
            columns: [
              { header: '序号', align: 'center' },
              { header: '指标' },
              { header: '专班' },
              { header: '责任单位' },
              { header: '差距' },
              { header: '全市排名', align: 'center' },
              { header: '原因' },
            ],
            rows: rows.map((w, i) => [
              String(i + 1),
              w.name,
              w.taskForce,
              w.unit ?? '—',
              w.gap,
              w.countyRank === null ? '—' : formatRank(w.countyRank, w.countyTotal),
              w.reason,
            ]),
          },
        ],
      },
    ],
  };
}
