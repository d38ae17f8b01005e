/** Writing an indicator's figures as one surface shows them into the book. */
import type { FigureBook } from './book';
import { DASH, flat, readRankOf, readScore, readStatus } from './parse';

/** What a surface shows of an indicator, as raw text, by the dashboard's cell keys. */
export interface IndicatorText {
  figure?: string;
  status?: string;
  gap?: string;
  score?: string;
  'county-rank'?: string;
  actual?: string;
}

/**
 * The headline figure reduced to its numbers — "已用控制线75.0%" and a bare "75.0%" both read
 * "75.0%", "零容忍控制线，已发生1处" reads "1", "已完成节点3/5" reads "3/5".
 */
export function readFigure(text: string): string {
  const t = flat(text);
  if (t === DASH || t === '') return DASH;
  const nums = t.match(/\d+(?:\.\d+)?%?(?:\/\d+)?/g);
  if (!nums) throw new Error(`no figure in "${text}"`);
  return nums.join(' ');
}

/** A county rank "第5名/6（靠后）" → "5/6". */
const countyRank = (text: string) => (flat(text) === DASH ? DASH : readRankOf(text));

/** Adds every field present under `surface`; gaps and actuals are compared word for word. */
export function addIndicatorRow(book: FigureBook, surface: string, id: number, t: IndicatorText): void {
  if (t.figure !== undefined) book.add(surface, 'indicator', id, 'figure', readFigure(t.figure));
  if (t.status !== undefined) book.add(surface, 'indicator', id, 'status', readStatus(t.status));
  if (t.gap !== undefined) book.add(surface, 'indicator', id, 'gap', flat(t.gap));
  if (t.score !== undefined) book.add(surface, 'indicator', id, 'score', readScore(flat(t.score)));
  if (t['county-rank'] !== undefined) book.add(surface, 'indicator', id, 'county-rank', countyRank(t['county-rank']));
  if (t.actual !== undefined) book.add(surface, 'indicator', id, 'actual', flat(t.actual));
}
