import type PptxGenJS from 'pptxgenjs';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { HonourRow, HonourSlide } from '@/lib/deck/types';
import { formatMovement, formatNumber, formatRank, movementArrow } from '@/lib/format';
import { addFooter, addHeader, addMore, addTable, type Cell, type RenderContext } from './parts';
import { COLORS, SLIDE, TEXT } from './theme';

/** 名次 · 专班 · 竞赛 · 得分 · 较上期 */
export function honourRows(rows: HonourRow[]): Cell[][] {
  return rows.map((r) => [
    formatRank(r.rank),
    r.name,
    r.competition,
    formatNumber(r.score),
    `${movementArrow(r.movement)}${formatMovement(r.movement)}`,
  ]);
}

/** 红榜 and 黄榜 side by side. */
export function renderHonour(_pres: PptxGenJS, slide: PptxGenJS.Slide, data: HonourSlide, ctx: RenderContext): void {
  addHeader(slide, data.title, data.completeness.note ?? undefined);
  const colW = (SLIDE.w - 2 * SLIDE.margin - 0.4) / 2;
  const lists = [
    { name: DECK_TEXT.red, rule: DECK_TEXT.redRule(data.rule.size), list: data.red, color: COLORS.red, x: SLIDE.margin },
    {
      name: DECK_TEXT.yellow,
      rule: DECK_TEXT.yellowRule(data.rule.size, data.rule.warningBelow),
      list: data.yellow,
      color: COLORS.yellow,
      x: SLIDE.margin + colW + 0.4,
    },
  ];
  for (const l of lists) {
    slide.addText(
      [
        { text: l.name, options: { bold: true, color: l.color, fontSize: 20 } },
        { text: `　${l.rule}`, options: { color: COLORS.muted, fontSize: 12 } },
      ],
      { ...TEXT, x: l.x, y: 1.65, w: colW, h: 0.45 },
    );
    if (l.list.rows.length === 0) {
      slide.addText(DECK_TEXT.emptyList, { ...TEXT, x: l.x, y: 2.2, w: colW, h: 0.35, fontSize: 13, color: COLORS.muted });
      continue;
    }
    addTable(slide, ['名次', DECK_TEXT.taskForce, DECK_TEXT.competition, DECK_TEXT.score, DECK_TEXT.movement], honourRows(l.list.rows), {
      x: l.x,
      y: 2.2,
      w: colW,
      colW: [0.8, 2.3, 1.1, 0.8, colW - 5.0],
      fontSize: 13,
    });
    addMore(slide, l.list.more, DECK_TEXT.taskForces, l.x, 2.2 + 0.38 * (l.list.rows.length + 1), colW);
  }
  addFooter(slide, data, ctx);
}
