/**
 * Chart series for the PPTX's native charts, from slide data. Values are percentages rounded to
 * 0.1 (what the data labels show); a bar without a completion (no cumulative indicator) is left
 * out of the chart and named in `missing`, never drawn as 0.
 */
import { percentNumber, STATUS_LABELS, type StatusKey } from '@/lib/format';
import { DECK_TEXT } from '@/lib/deck/labels';

export interface ChartSeries {
  name: string;
  labels: string[];
  values: number[];
}

export interface CompletionChartData {
  series: ChartSeries[];
  /** Names of the bars left out for lack of a completion. */
  missing: string[];
  /** Axis maximum in percent: at least 100, rounded up to 10. */
  max: number;
}

/** A fraction as a percentage rounded half up to 0.1 (0.7534 → 75.3): lib/format's percentNumber. */
export const percent1 = (fraction: number): number => percentNumber(fraction) ?? 0;

/** "招商引资专班（达到序时）": the status in words on the axis, so no reading depends on colour. */
export function categoryLabel(name: string, status: StatusKey): string {
  return `${name}（${STATUS_LABELS[status]}）`;
}

/** Completion against expected progress, one category per bar, in the given order. */
export function completionChart(
  bars: { name: string; completion: number | null; expected: number | null; status: StatusKey }[],
): CompletionChartData {
  const shown = bars.filter((b): b is typeof b & { completion: number; expected: number } => b.completion !== null && b.expected !== null);
  const labels = shown.map((b) => categoryLabel(b.name, b.status));
  const completion = shown.map((b) => percent1(b.completion));
  const expected = shown.map((b) => percent1(b.expected));
  const top = Math.max(100, ...completion, ...expected);
  return {
    series: [
      { name: DECK_TEXT.meanCompletion, labels, values: completion },
      { name: DECK_TEXT.expected, labels, values: expected },
    ],
    missing: bars.filter((b) => b.completion === null || b.expected === null).map((b) => b.name),
    max: Math.ceil(top / 10) * 10,
  };
}
