/** Writing a group's (competition's, task force's) figures as one surface shows them into the book. */
import type { Entity, FigureBook } from './book';
import { DASH, readCounts, readExpected, readGroupGap, readMovement, readPercent, readRank, readScore, readStatus } from './parse';

/** What a surface shows of a group, as raw text; absent fields are not shown there. */
export interface GroupText {
  score?: string;
  rank?: string;
  movement?: string;
  /** The mean completion ("82.4%"), or the words standing for it. */
  completion?: string;
  /** Text carrying the 应完成 line ("应完成71.8%", or a bare "71.8%" with `expectedBare`). */
  expected?: string;
  expectedBare?: boolean;
  /** Text carrying the status word (a badge, or the gap sentence "…（达到序时）"). */
  status?: string;
  /** The gap sentence "快于应完成进度10.6个百分点（达到序时）". */
  gap?: string;
  /** Counts by status in words. */
  counts?: string;
}

/** A completion of "—" takes the words of the surface's sentence (无累计型指标 / 均未报送) when it has them. */
function completionOf(t: GroupText): string {
  const shown = readPercent(t.completion!);
  if (shown !== DASH) return shown;
  const words = `${t.gap ?? ''}${t.status ?? ''}`;
  return words.includes('无累计型指标') ? '无累计型指标' : words.includes('均未报送') ? '均未报送' : DASH;
}

/** Adds every field present in `t` under `surface`. */
export function addGroup(book: FigureBook, surface: string, entity: Entity, id: number, t: GroupText): void {
  if (t.score !== undefined) book.add(surface, entity, id, 'score', readScore(t.score));
  if (t.rank !== undefined) book.add(surface, entity, id, 'rank', readRank(t.rank));
  if (t.movement !== undefined) book.add(surface, entity, id, 'movement', readMovement(t.movement));
  if (t.completion !== undefined) book.add(surface, entity, id, 'completion', completionOf(t));
  if (t.expected !== undefined)
    book.add(surface, entity, id, 'expected', t.expectedBare ? readPercent(t.expected) : readExpected(t.expected));
  if (t.status !== undefined) book.add(surface, entity, id, 'status', readStatus(t.status));
  if (t.gap !== undefined) book.add(surface, entity, id, 'gap', readGroupGap(t.gap));
  if (t.counts !== undefined) book.add(surface, entity, id, 'counts', readCounts(t.counts));
}
