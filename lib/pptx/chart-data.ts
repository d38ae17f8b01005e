/**
 * Chart series for the PPTX's native charts, from slide data. Values are the groups' mean
 * completion and 应完成 line (lib/metrics groupProgress, via the slide data) as percentages
 * rounded half up to 0.1 by lib/format's percentNumber — what the data labels show. A group with
 * nothing to average (no higher-is-better cumulative indicator, or none reported) is left out of
 * the chart and listed under it in words with its status counts, never drawn as 0 or as 100%.
 */
import { percentNumber, STATUS_LABELS, type StatusKey } from '@/lib/format';
import { DECK_TEXT } from '@/lib/deck/labels';
import { completionScaleMax, statusCountsText } from '@/lib/deck/measures';
import type { GroupFigures } from '@/lib/deck/types';

export interface ChartSeries {
  name: string;
  labels: string[];
  values: number[];
}

export interface CompletionChartData {
  series: ChartSeries[];
  /** The groups left out, each in words: "平安建设专班：无累计型指标（按状态计数），✔达到序时2、…". */
  missing: string[];
  /** Axis maximum in percent (lib/deck completionScaleMax: the live deck's bars use the same). */
  max: number;
}

/** "招商引资专班（达到序时）": the status in words on the axis, so no reading depends on colour. */
export function categoryLabel(name: string, status: StatusKey): string {
  return `${name}（${STATUS_LABELS[status]}）`;
}

type Bar = GroupFigures & { name: string };

function charted(b: Bar): { label: string; completion: number; expected: number } | null {
  const completion = percentNumber(b.progress.completion);
  const expected = percentNumber(b.progress.expected);
  if (b.status === null || completion === null || expected === null) return null;
  return { label: categoryLabel(b.name, b.status), completion, expected };
}

/** Completion against 应完成, one category per group, in the given order. */
export function completionChart(bars: Bar[]): CompletionChartData {
  const shown = bars.map(charted).filter((b) => b !== null);
  const labels = shown.map((b) => b.label);
  const completion = shown.map((b) => b.completion);
  const expected = shown.map((b) => b.expected);
  return {
    series: [
      { name: DECK_TEXT.meanCompletion, labels, values: completion },
      { name: DECK_TEXT.expected, labels, values: expected },
    ],
    missing: bars.filter((b) => charted(b) === null).map((b) => `${b.name}：${b.text}，${statusCountsText(b.counts, '、')}`),
    max: completionScaleMax(bars.filter((b) => charted(b) !== null)),
  };
}
