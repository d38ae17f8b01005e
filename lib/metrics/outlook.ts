/**
 * The headline figure of an indicator (完成率, 控制线使用, 零容忍) and its year-end outlook
 * (全年预计, 尚需, 控制线内尚余) as facts; lib/format words them.
 */

import type { IndicatorEvaluation } from './indicator-types';
import { finiteOrNull, isFiniteNumber, snap } from './numbers';
import { parsePeriod } from './period';

export type ProgressFigure =
  /** 完成率 of a higher-is-better cumulative indicator (fraction). */
  | { kind: 'completion'; completion: number }
  /** 控制线使用 of a ceiling: actual / annual ceiling (fraction; > 1 once broken). */
  | { kind: 'ceiling_use'; use: number }
  /** A 零容忍 ceiling of 0: how many occurrences (0 = met). */
  | { kind: 'zero_ceiling'; occurrences: number }
  /** Milestone steps done by the period end, of all. */
  | { kind: 'milestone'; done: number; total: number };

/**
 * The headline figure of an evaluated indicator, or null when it has none (level and rank
 * indicators are read as actual against target; no data). A ceiling is never shown as a
 * completion: 9起 of a 12起 ceiling is { ceiling_use, 0.75 } ("已用控制线75.0%").
 */
export function progressFigure(e: IndicatorEvaluation): ProgressFigure | null {
  switch (e.basis) {
    case 'completion':
      return isFiniteNumber(e.completion) ? { kind: 'completion', completion: e.completion } : null;
    case 'ceiling':
      if (!isFiniteNumber(e.actual) || !isFiniteNumber(e.target)) return null;
      if (e.target === 0) return { kind: 'zero_ceiling', occurrences: Math.max(0, e.actual) };
      return isFiniteNumber(e.ceilingUse) ? { kind: 'ceiling_use', use: e.ceilingUse } : null;
    case 'milestone':
      return e.steps ? { kind: 'milestone', done: e.steps.done, total: e.steps.total } : null;
    default:
      return null;
  }
}

export type YearEndOutlook =
  | {
      kind: 'completion';
      /** Straight-line projection to December, in the unit. */
      projection: number;
      projectionCompletion: number | null;
      /** projection ≥ annual target ("可实现全年红"). */
      reachable: boolean;
      /** actual ≥ annual target already. */
      achieved: boolean;
      /** annual target − actual, ≥ 0. */
      remaining: number;
      /** remaining / months left; null in December or once achieved. */
      requiredMonthly: number | null;
      monthsLeft: number;
    }
  | {
      kind: 'ceiling';
      projection: number;
      ceiling: number;
      /** ceiling − projection: > 0 under the line by that much, < 0 over it. */
      margin: number;
      /** projection ≤ ceiling. */
      within: boolean;
      /** ceiling − actual: what is left under the ceiling this year (< 0: already broken by −headroom). */
      headroom: number;
    }
  | { kind: 'zero_ceiling'; occurrences: number; projection: number };

function monthOf(period: string | null): number | null {
  return period === null ? null : (parsePeriod(period)?.month ?? null);
}

/**
 * The year-end outlook of a cumulative indicator, or null without data and target (and for other
 * kinds). Projection = actual / month × 12 of the effective period (straight line, not rounded).
 * - higher is better: projected completion, whether 全年红 is reachable, and what is still needed;
 * - ceiling: the projection against the 控制线 ("按当前趋势全年约12起，与控制线持平") and the
 *   headroom left; a 零容忍 ceiling of 0 reports occurrences, and is broken by the first one.
 */
export function yearEndOutlook(e: IndicatorEvaluation): YearEndOutlook | null {
  const month = monthOf(e.effectivePeriod);
  if (e.kind !== 'cumulative' || month === null || !isFiniteNumber(e.actual) || !isFiniteNumber(e.target)) return null;
  const projection = finiteOrNull((e.actual / month) * 12);
  if (projection === null) return null;
  if (e.basis === 'ceiling') {
    if (e.target === 0) return { kind: 'zero_ceiling', occurrences: Math.max(0, e.actual), projection: Math.max(0, projection) };
    const margin = finiteOrNull(snap(e.target - projection));
    const headroom = finiteOrNull(snap(e.target - e.actual));
    if (margin === null || headroom === null) return null;
    return { kind: 'ceiling', projection, ceiling: e.target, margin, within: margin >= 0, headroom };
  }
  const achieved = e.actual >= e.target;
  const remaining = finiteOrNull(Math.max(0, snap(e.target - e.actual)));
  if (remaining === null) return null;
  return {
    kind: 'completion',
    projection,
    projectionCompletion: e.projectionCompletion,
    reachable: e.projectionCompletion !== null ? e.projectionCompletion >= 1 : projection >= e.target,
    achieved,
    remaining,
    requiredMonthly: achieved ? null : e.requiredMonthly,
    monthsLeft: 12 - month,
  };
}
