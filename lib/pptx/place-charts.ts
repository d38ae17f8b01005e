/** Native (editable) charts of the village, project and 督办 slides, carrying their data. */
import type PptxGenJS from 'pptxgenjs';
import type { SlideChart } from '@/lib/deck/place-types';
import { COLORS, FONT_FACE, TEXT } from './theme';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const SERIES_COLORS = [COLORS.completion, COLORS.expected, '0F766E', 'B45309'];
const FLAG_COLORS: Record<string, string> = { 红色督办: COLORS.red, 黄色督办: 'CA8A04' };

const common = {
  catAxisLabelFontFace: FONT_FACE,
  valAxisLabelFontFace: FONT_FACE,
  dataLabelFontFace: FONT_FACE,
  legendFontFace: FONT_FACE,
  titleFontFace: FONT_FACE,
  lang: 'zh-CN',
} as const;

/** "12" or "12.5": the data label format of a chart's values (the words are in the notes and on the live slide). */
function formatCode(chart: SlideChart): string {
  const decimals = chart.series.some((s) => s.values.some((v) => !Number.isInteger(v)));
  const unit = chart.unit === '%' ? '"%"' : '';
  return `${decimals ? '0.0#' : '0'}${unit}`;
}

/** Adds `chart` at `box`: its title above, a bar chart (categories top-down) or a pie with shares. */
export function addSlideChart(pres: PptxGenJS, slide: PptxGenJS.Slide, chart: SlideChart, box: Box): void {
  slide.addText(chart.title, { ...TEXT, x: box.x, y: box.y, w: box.w, h: 0.32, fontSize: 13, bold: true, color: COLORS.brand });
  const pos = { x: box.x, y: box.y + 0.32, w: box.w, h: box.h - 0.32 };
  const data = chart.series.map((s) => ({ name: s.name, labels: chart.categories, values: s.values }));
  if (chart.type === 'pie') {
    slide.addChart(pres.ChartType.pie, data.slice(0, 1), {
      ...pos,
      ...common,
      chartColors: SERIES_COLORS,
      showPercent: false,
      showValue: true,
      showLegend: true,
      legendPos: 'r',
      legendFontSize: 11,
      dataLabelFormatCode: formatCode(chart),
      dataLabelFontSize: 11,
      dataLabelColor: 'FFFFFF',
    });
    return;
  }
  // A horizontal bar chart draws its first category at the bottom: reverse, so the list reads top-down.
  const reversed = data.map((s) => ({ ...s, labels: [...s.labels].reverse(), values: [...s.values].reverse() }));
  slide.addChart(pres.ChartType.bar, reversed, {
    ...pos,
    ...common,
    barDir: 'bar',
    barGrouping: 'clustered',
    barGapWidthPct: 50,
    chartColors: chart.series.map((s, i) => FLAG_COLORS[s.name] ?? SERIES_COLORS[i % SERIES_COLORS.length]!),
    catAxisLabelFontSize: 10,
    valAxisLabelFontSize: 9,
    valAxisMinVal: 0,
    showValue: true,
    dataLabelFormatCode: formatCode(chart),
    dataLabelFontSize: 10,
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontSize: 10,
  });
}

/** Words in place of a chart that has nothing to draw. */
export function addNoChart(slide: PptxGenJS.Slide, text: string, box: Box): void {
  slide.addText(text, { ...TEXT, ...box, fontSize: 14, color: COLORS.muted, valign: 'top' });
}
