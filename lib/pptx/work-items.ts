import type PptxGenJS from 'pptxgenjs';
import type { WorkItemsSlide } from '@/lib/deck/place-types';
import { addFooter, addHeader, addMore, addTable, type RenderContext } from './parts';
import { addNoChart, addSlideChart } from './place-charts';
import { COLORS, SLIDE } from './theme';

const FLAG_TEXT_COLORS = { red: COLORS.red, yellow: COLORS.yellow, blue: '1D4ED8' } as const;

/** 督办事项: the red and yellow items with their owners (table), and the counts per task force (chart). */
export function renderWorkItems(pres: PptxGenJS, slide: PptxGenJS.Slide, data: WorkItemsSlide, ctx: RenderContext): void {
  addHeader(slide, data.title, data.summary);
  const w = 8.4;
  if (data.rows.rows.length === 0) addNoChart(slide, '本期无红色、黄色督办事项。', { x: SLIDE.margin, y: 1.8, w, h: 0.6 });
  else {
    addTable(
      slide,
      ['督办', '事项', '专班', '责任单位 · 责任人', '完成时限', '情况'],
      data.rows.rows.map((r) => [
        { text: r.flag.short, color: FLAG_TEXT_COLORS[r.flag.flag], bold: true },
        r.title,
        r.taskForce,
        r.owner,
        r.deadline,
        { text: `${r.overdue}${r.escalated ? '（升级督办）' : ''}`, color: FLAG_TEXT_COLORS[r.flag.flag] },
      ]),
      { x: SLIDE.margin, y: 1.7, w, colW: [0.8, 2.5, 1.4, 1.6, 1.1, 1.0], fontSize: 9 },
    );
    addMore(slide, data.rows.more, '项督办事项', SLIDE.margin, 1.7 + 0.42 * (data.rows.rows.length + 1), w);
  }
  const x = SLIDE.margin + w + 0.3;
  data.charts.forEach((c) => addSlideChart(pres, slide, c, { x, y: 1.7, w: SLIDE.w - SLIDE.margin - x, h: 5.1 }));
  addFooter(slide, data, ctx);
}
