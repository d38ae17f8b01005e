/** The native (editable) bar chart of completion against expected progress. */
import type PptxGenJS from 'pptxgenjs';
import { DECK_TEXT } from '@/lib/deck/labels';
import { completionChart } from './chart-data';
import { COLORS, FONT_FACE, TEXT } from './theme';
import type { StatusKey } from '@/lib/format';

/**
 * Adds a clustered horizontal bar chart (平均完成率 vs 应完成进度, in %) carrying the data, so it can
 * be edited in PowerPoint; bars without a completion are named under it.
 */
export function addCompletionChart(
  pres: PptxGenJS,
  slide: PptxGenJS.Slide,
  bars: { name: string; completion: number | null; expected: number | null; status: StatusKey }[],
  pos: { x: number; y: number; w: number; h: number },
): void {
  const data = completionChart(bars);
  if (data.series[0]!.labels.length > 0) {
    // A horizontal bar chart draws its first category, and in each category its first series, at the
    // bottom: reverse both, so the list reads top-down with the completion bar above the expected one.
    const series = [...data.series].reverse().map((s) => ({ ...s, labels: [...s.labels].reverse(), values: [...s.values].reverse() }));
    slide.addChart(pres.ChartType.bar, series, {
      ...pos,
      barDir: 'bar',
      barGrouping: 'clustered',
      barGapWidthPct: 60,
      chartColors: [COLORS.expected, COLORS.completion],
      catAxisLabelFontFace: FONT_FACE,
      catAxisLabelFontSize: 11,
      valAxisLabelFontFace: FONT_FACE,
      valAxisLabelFontSize: 10,
      valAxisMinVal: 0,
      valAxisMaxVal: data.max,
      valAxisLabelFormatCode: '0"%"',
      showValue: true,
      dataLabelFormatCode: '0.0"%"',
      dataLabelFontFace: FONT_FACE,
      dataLabelFontSize: 10,
      showLegend: true,
      legendPos: 'b',
      legendFontFace: FONT_FACE,
      legendFontSize: 11,
      lang: 'zh-CN',
    });
  }
  if (data.missing.length > 0) {
    slide.addText(`${data.missing.join('、')}：无累计型指标，不参与${DECK_TEXT.completion}比较。`, {
      ...TEXT,
      x: pos.x,
      y: pos.y + pos.h,
      w: pos.w,
      h: 0.3,
      fontSize: 10,
      color: COLORS.muted,
    });
  }
}
