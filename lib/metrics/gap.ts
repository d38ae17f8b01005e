/**
 * The gap of an indicator (or a group) against what it is judged on, as facts: which line, which
 * way the actual lies from it, by how much, and whether that meets the rule. lib/format turns a
 * gap into words ("高于目标0.7个百分点（达标）"); nothing else computes a gap.
 */

import type { IndicatorEvaluation, Status } from './indicator-types';
import { isPercentUnit } from './evaluate-level';
import { finiteOrNull, isFiniteNumber, snap } from './numbers';

/**
 * The line a gap is measured from:
 * - 'time_progress' / 'phased': completion against 序时 / against the phased target's 应完成进度;
 * - 'group_expected': a group's mean completion against its mean 应完成进度 (see groupProgress);
 * - 'ceiling_time' / 'ceiling_phased': a ceiling's actual against its 序时控制线 / 阶段控制线;
 * - 'zero_ceiling': a 零容忍 ceiling of 0 — the fact is the number of occurrences;
 * - 'target': a level against the level in force; 'rank': a county rank against the target rank;
 * - 'milestone': steps done against steps due.
 */
export type GapLine =
  'time_progress' | 'phased' | 'group_expected' | 'ceiling_time' | 'ceiling_phased' | 'zero_ceiling' | 'target' | 'rank' | 'milestone';

/** What `amount` counts: 百分点, the indicator's unit, places, or steps. */
export type GapMeasure = 'pp' | 'unit' | 'places' | 'steps';

export interface IndicatorGap {
  line: GapLine;
  /**
   * The fact, numerically: the actual (or completion) is 'above', 'below' or 'equal' to the line.
   * For ranks 'above' means a larger rank number (further down the table); for milestones
   * 'below' means steps overdue; for a 零容忍 ceiling 'above' means occurrences.
   */
  relation: 'above' | 'below' | 'equal';
  /** Size of the difference, ≥ 0, in `measure` (not rounded; float noise below 1e-9 removed). */
  amount: number;
  measure: GapMeasure;
  /** The indicator's unit (for measure 'unit' and 零容忍 counts); '' otherwise. */
  unit: string;
  /** The judgement: on track / target met (the status is ahead or done). */
  met: boolean;
  status: Status;
  /** Lower is better for this level indicator (rates such as 城镇登记失业率): the words say so. */
  lowerIsBetter: boolean;
  /** Milestones: steps done and in all. */
  steps?: { done: number; total: number };
}

function relationOf(diff: number): IndicatorGap['relation'] {
  const d = snap(diff);
  return d > 0 ? 'above' : d < 0 ? 'below' : 'equal';
}

function make(
  e: Pick<IndicatorEvaluation, 'status'>,
  line: GapLine,
  diff: number,
  measure: GapMeasure,
  extra: Partial<IndicatorGap> = {},
): IndicatorGap | null {
  const amount = finiteOrNull(snap(Math.abs(diff)));
  if (amount === null) return null;
  const met = e.status === 'ahead' || e.status === 'done';
  return { line, relation: relationOf(diff), amount, measure, unit: '', met, status: e.status, lowerIsBetter: false, ...extra };
}

function ceilingGap(e: IndicatorEvaluation): IndicatorGap | null {
  if (!isFiniteNumber(e.actual) || !isFiniteNumber(e.expectedValue) || !isFiniteNumber(e.target)) return null;
  if (e.target === 0) return make(e, 'zero_ceiling', Math.max(0, e.actual), 'unit', { unit: e.unit });
  const line = e.expectedSource === 'phased' ? 'ceiling_phased' : 'ceiling_time';
  return make(e, line, e.actual - e.expectedValue, 'unit', { unit: e.unit });
}

function levelGapFact(e: IndicatorEvaluation): IndicatorGap | null {
  if (!isFiniteNumber(e.actual) || !isFiniteNumber(e.target)) return null;
  const measure: GapMeasure = isPercentUnit(e.unit) ? 'pp' : 'unit';
  return make(e, 'target', e.actual - e.target, measure, {
    unit: measure === 'unit' ? e.unit : '',
    lowerIsBetter: e.direction === 'lower',
  });
}

/**
 * The gap of an evaluated indicator, or null when it cannot be stated (no data, no target,
 * not due). By basis:
 * - completion: gapPp (= completion − expected), in 百分点, from the 序时 or phased line;
 * - ceiling: actual − year-to-date line, in the unit (9起 vs 8起 ⇒ above by 1); for a 零容忍
 *   ceiling of 0 the number of occurrences;
 * - level: actual − level in force, in 百分点 for percent units (2.7% vs 3.5% ⇒ below by 0.8),
 *   else in the unit — the plain difference, whatever the direction; `met` carries the judgement;
 * - rank: rank − target rank, in places; milestone: steps overdue (steps done of all are attached).
 * `met` = status ahead or done.
 */
export function indicatorGap(e: IndicatorEvaluation): IndicatorGap | null {
  if (e.status === 'no_data' || e.status === 'not_due') return null;
  switch (e.basis) {
    case 'completion':
      if (!isFiniteNumber(e.gapPp)) return null;
      return make(e, e.expectedSource === 'phased' ? 'phased' : 'time_progress', e.gapPp, 'pp');
    case 'ceiling':
      return ceilingGap(e);
    case 'level':
      return levelGapFact(e);
    case 'rank':
      if (!isFiniteNumber(e.actual) || !isFiniteNumber(e.target)) return null;
      return make(e, 'rank', e.actual - e.target, 'places');
    case 'milestone':
      if (!e.steps) return null;
      return make(e, 'milestone', -e.steps.overdue, 'steps', { steps: { done: e.steps.done, total: e.steps.total } });
  }
}
