/** The native (editable) bar chart of completion against expected progress. */
import type PptxGenJS from 'pptxgenjs';
import type { GroupFigures } from '@/lib/deck/types';
import { completionChart } from './chart-data';
import { COLORS, FONT_FACE, TEXT } from './theme';

/**
 * Adds a clustered horizontal bar chart (累计型指标平均完成率 vs 应完成进度, in %) carrying the data,
 * so it can be edited in PowerPoint; groups with nothing to average are listed under it in words.
 */
export function addCompletionChart(
  pres: PptxGenJS,
  slide: PptxGenJS.Slide,
  bars: (GroupFigures & { name: string })[],
  pos: { x: number; y: number; w: number; h: number },
): void {
  const data = completionChart(bars);
  const charted = data.series[0]!.labels.length;
  // Without a chart the words take its place; under a chart they take the lines below it.
  const noteH = 0.28 * data.missing.length;
  const chartH = charted === 0 ? 0 : Math.max(1.6, pos.h - noteH);
  if (charted > 0) {
    // A horizontal bar chart draws its first category, and in each category its first series, at the
    // bottom: reverse both, so the list reads top-down with the completion bar above the expected one.
    const series = [...data.series].reverse().map((s) => ({ ...s, labels: [...s.labels].reverse(), values: [...s.values].reverse() }));
    slide.addChart(pres.ChartType.bar, series, {
      ...pos,
      h: chartH,
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
    slide.addText(
      data.missing.map((text) => ({ text, options: { breakLine: true } })),
      {
        ...TEXT,
        x: pos.x,
        y: pos.y + chartH,
        w: pos.w,
        h: Math.max(0.3, pos.h - chartH),
        fontSize: 10,
        color: COLORS.muted,
        valign: 'top',
        fit: 'shrink',
      },
    );
  }
}
