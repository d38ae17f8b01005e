import type PptxGenJS from 'pptxgenjs';
import type { ProjectSlide } from '@/lib/deck/place-types';
import { addFooter, addHeader, addHeading, addMore, addTable, type RenderContext } from './parts';
import { addNoChart, addSlideChart } from './place-charts';
import { COLORS, SLIDE } from './theme';

/** One 重点项目: facts, the milestone timeline (late steps in red), figures and up to two charts. */
export function renderProject(pres: PptxGenJS, slide: PptxGenJS.Slide, data: ProjectSlide, ctx: RenderContext): void {
  addHeader(slide, data.title, data.summary);
  const x0 = SLIDE.margin;
  addTable(
    slide,
    ['项目', '情况'],
    data.facts.map((f) => [f.label, f.value]),
    { x: x0, y: 1.7, w: 4.3, colW: [1.3, 3.0], fontSize: 10 },
  );
  const x1 = 5.1;
  const w1 = SLIDE.w - SLIDE.margin - x1;
  addHeading(slide, '节点计划与实际', x1, 1.65, w1);
  addTable(
    slide,
    ['节点', '计划', '实际', '状态'],
    data.steps.rows.map((s) => [
      s.title,
      s.planned,
      s.actual,
      { text: `${s.late ? '⚠' : ''}${s.stateLabel}`, color: s.late ? COLORS.red : COLORS.text, bold: s.late },
    ]),
    { x: x1, y: 2.0, w: w1, colW: [w1 - 4.6, 1.6, 1.6, 1.4], fontSize: 10 },
  );
  addMore(slide, data.steps.more, '个节点', x1, 2.0 + 0.3 * (data.steps.rows.length + 1), w1);
  const yFig = 4.3;
  addHeading(slide, '主要数据', x0, yFig, 6.2);
  addTable(
    slide,
    ['数据', '数值', '时间'],
    data.figures.rows.map((f) => [f.name, f.value, f.asOf]),
    { x: x0, y: yFig + 0.35, w: 6.2, colW: [2.8, 1.6, 1.8], fontSize: 9 },
  );
  addMore(slide, data.figures.more, '项数据', x0, yFig + 0.35 + 0.26 * (data.figures.rows.length + 1), 6.2);
  const x2 = 7.0;
  const w2 = (SLIDE.w - SLIDE.margin - x2 - 0.2) / Math.max(1, data.charts.length);
  if (data.charts.length === 0) addNoChart(slide, '暂无可比较的数据图表。', { x: x2, y: yFig, w: 5.8, h: 0.5 });
  data.charts.forEach((c, i) => addSlideChart(pres, slide, c, { x: x2 + i * (w2 + 0.2), y: yFig, w: w2, h: 2.65 }));
  addFooter(slide, data, ctx);
}
