import type PptxGenJS from 'pptxgenjs';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { VillageComparisonRow, VillageSlide, VillagesSlide } from '@/lib/deck/place-types';
import { addFooter, addHeader, addHeading, addMore, addTable, type RenderContext } from './parts';
import { addNoChart, addSlideChart } from './place-charts';
import { COLORS, SLIDE, TEXT } from './theme';

const HEADER = ['名称', '带动农户', '排名', '增收幅度', '排名'];
const cells = (r: VillageComparisonRow) => [
  r.township ? `${r.name}（${r.township}）` : r.name,
  r.households,
  r.householdsRank,
  r.growth,
  r.growthRank,
];

/** 村庄经营比较: the two ranked charts on the left, the village and township tables on the right. */
export function renderVillages(pres: PptxGenJS, slide: PptxGenJS.Slide, data: VillagesSlide, ctx: RenderContext): void {
  addHeader(slide, data.title, data.summary);
  const left = { x: SLIDE.margin, w: 6.0 };
  if (data.charts.length === 0) addNoChart(slide, '尚无经审核的村庄经营数据。', { ...left, y: 1.75, h: 1 });
  data.charts.forEach((c, i) => addSlideChart(pres, slide, c, { ...left, y: 1.7 + i * 2.65, h: 2.55 }));
  const x = 6.8;
  const w = SLIDE.w - SLIDE.margin - x;
  const colW = [w - 4.1, 1.1, 0.9, 1.2, 0.9];
  addHeading(slide, '行政村', x, 1.65, w);
  addTable(slide, HEADER, data.villages.rows.map(cells), { x, y: 2.0, w, colW, fontSize: 10 });
  const afterVillages = 2.0 + 0.3 * (data.villages.rows.length + 1);
  addMore(slide, data.villages.more, '个村', x, afterVillages, w);
  const y = afterVillages + (data.villages.more > 0 ? 0.35 : 0.1);
  addHeading(slide, '乡镇（街道）', x, y, w);
  addTable(slide, HEADER, data.townships.rows.map(cells), { x, y: y + 0.35, w, colW, fontSize: 10 });
  addMore(slide, data.townships.more, '个乡镇（街道）', x, y + 0.35 + 0.3 * (data.townships.rows.length + 1), w);
  slide.addText(data.note, { ...TEXT, x: SLIDE.margin, y: 6.75, w: SLIDE.w - 2 * SLIDE.margin, h: 0.3, fontSize: 8, color: COLORS.muted });
  addFooter(slide, data, ctx);
}

/** One village's story: its operators under the title, up to four charts in a 2 × 2 grid. */
export function renderVillage(pres: PptxGenJS, slide: PptxGenJS.Slide, data: VillageSlide, ctx: RenderContext): void {
  const subtitle = [data.township, ...data.operators, ctx.deck.demo || !data.demo ? '' : DECK_TEXT.demo].filter(Boolean).join('  ·  ');
  addHeader(slide, data.title, subtitle);
  if (data.charts.length === 0) addNoChart(slide, `${data.name}尚无经审核的经营数据。`, { x: SLIDE.margin, y: 1.8, w: 8, h: 1 });
  const w = (SLIDE.w - 2 * SLIDE.margin - 0.3) / 2;
  data.charts.forEach((c, i) =>
    addSlideChart(pres, slide, c, { x: SLIDE.margin + (i % 2) * (w + 0.3), y: 1.7 + Math.floor(i / 2) * 2.7, w, h: 2.6 }),
  );
  addFooter(slide, data, ctx);
}
