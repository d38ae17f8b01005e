import type PptxGenJS from 'pptxgenjs';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { WeakSlide } from '@/lib/deck/types';
import { formatRank } from '@/lib/format';
import { addFooter, addHeader, addMore, addTable, statusCell, type Cell, type RenderContext } from './parts';
import { COLORS, SLIDE, TEXT } from './theme';

/** 指标 · 专班 · 责任单位 · 状态 · 差距 · 全市排名 · 原因 */
export function weakRowsOf(data: WeakSlide): Cell[][] {
  return data.weak.rows.map((w) => [
    w.name,
    w.taskForce,
    w.unit ?? '—',
    statusCell(w.status),
    w.gap,
    w.countyRank === null ? '—' : formatRank(w.countyRank, w.countyTotal),
    w.reason,
  ]);
}

/** 弱项指标 of the district. */
export function renderWeak(_pres: PptxGenJS, slide: PptxGenJS.Slide, data: WeakSlide, ctx: RenderContext): void {
  addHeader(slide, data.title, data.summary);
  const w = SLIDE.w - 2 * SLIDE.margin;
  if (data.weak.rows.length === 0) {
    slide.addText(DECK_TEXT.noWeak, { ...TEXT, x: SLIDE.margin, y: 1.8, w, h: 0.5, fontSize: 18, color: COLORS.muted });
  } else {
    addTable(
      slide,
      [DECK_TEXT.indicator, DECK_TEXT.taskForce, DECK_TEXT.unit, DECK_TEXT.status, DECK_TEXT.gap, DECK_TEXT.countyRank, DECK_TEXT.reason],
      weakRowsOf(data),
      {
        x: SLIDE.margin,
        y: 1.75,
        w,
        colW: [2.55, 1.9, 1.6, 1.2, 2.7, 1.0, w - 10.95],
        fontSize: 12,
      },
    );
    addMore(slide, data.weak.more, DECK_TEXT.indicators, SLIDE.margin, 1.75 + 0.4 * (data.weak.rows.length + 1), w);
  }
  addFooter(slide, data, ctx);
}
