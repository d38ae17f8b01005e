import { DEFAULT_TITLES, WEAK_REASONS } from '../labels';
import { cap, weakRows } from '../measures';
import type { WeakSlide } from '../types';
import { titleOr, type BuildContext } from './context';

export const WEAK_LIMIT = 10;

/** 弱项指标 of the whole district, weakest first. */
export function buildWeak({ idx, spec, number }: BuildContext): WeakSlide {
  const rows = weakRows(idx, idx.src.snapshot.indicators);
  const lagging = rows.filter((r) => r.status === 'lagging' || r.status === 'overdue').length;
  const bottomThird = rows.filter((r) => r.reason.includes(WEAK_REASONS.bottomThird)).length;
  return {
    kind: 'weak',
    number,
    title: titleOr(spec, DEFAULT_TITLES.weak),
    notes: spec.notes,
    summary: `全区弱项指标${rows.length}项，其中${WEAK_REASONS.lagging}或${WEAK_REASONS.overdue}${lagging}项，${WEAK_REASONS.bottomThird}${bottomThird}项。`,
    total: rows.length,
    lagging,
    bottomThird,
    weak: cap(rows, WEAK_LIMIT),
  };
}
