/** The headline figures of the whole campaign (indicators by status, county standing, 序时进度) as one surface shows them. */
import type { FigureBook } from './book';
import { readCounts, readPercent } from './parse';

export interface DistrictText {
  /** Text with the four status counts ("达到序时110 … 未报送32"). */
  counts?: string;
  /** The number of indicators evaluated. */
  total?: string;
  /** Text with 前三分之一 N, 后三分之一 N, 上升 N, 下降 N (or "▲12 ▼25" after the first two). */
  county?: string;
  timeProgress?: string;
}

/** "全市排名前三分之一的12项，…后三分之一的2项；…上升的12项，下降的25项" → "12/2/+12/-25". */
export function readCounty(text: string): string {
  const m = /前三分之一的?(\d+)项[\s\S]*?后三分之一的?(\d+)项[\s\S]*?(?:上升的?|▲)(\d+)[\s\S]*?(?:下降的?|▼)(\d+)/.exec(text);
  if (!m) throw new Error(`no county standing in "${text}"`);
  return `${m[1]}/${m[2]}/+${m[3]}/-${m[4]}`;
}

export function addDistrict(book: FigureBook, surface: string, t: DistrictText): void {
  if (t.counts !== undefined) book.add(surface, 'district', 0, 'counts', readCounts(t.counts));
  if (t.total !== undefined) book.add(surface, 'district', 0, 'total', String(Number(t.total)));
  if (t.county !== undefined) book.add(surface, 'district', 0, 'county', readCounty(t.county));
  if (t.timeProgress !== undefined) book.add(surface, 'district', 0, 'time-progress', readPercent(t.timeProgress));
}
