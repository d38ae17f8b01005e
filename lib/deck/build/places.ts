import type { CappedRows, ChartSeries, SlideChart } from '../place-types';
import type { DeckPlaces } from '../source';
import type { BuildContext } from './context';

/** The places the slide reads; a deck built without them is a loader's mistake, not a user's. */
export function placesOf(ctx: BuildContext): DeckPlaces {
  const places = ctx.idx.src.places;
  if (!places) throw new Error('会议的村庄、项目和督办数据未加载。');
  return places;
}

/** The first `limit` rows and how many were left out. */
export function capRows<T>(rows: T[], limit: number): CappedRows<T> {
  return { rows: rows.slice(0, limit), more: Math.max(0, rows.length - limit) };
}

/** A one-series chart of labelled values. */
export function oneSeriesChart(
  c: Omit<SlideChart, 'categories' | 'series'>,
  name: string,
  bars: { label: string; value: number; text: string }[],
): SlideChart {
  const series: ChartSeries = { name, values: bars.map((b) => b.value), texts: bars.map((b) => b.text) };
  return { ...c, categories: bars.map((b) => b.label), series: [series] };
}
