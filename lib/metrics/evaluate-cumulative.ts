/** Cumulative 累计型 indicators (year-to-date sums, e.g. 固定资产投资 万元). */

import type { Direction, EvalContext, IndicatorEvaluation, Status } from './indicator-types';
import { clamp, finiteOrNull, isFiniteNumber, round1, snap } from './numbers';
import { timeProgress } from './period';
import type { CampaignSettings } from './settings';

/**
 * Completion 完成率 of a cumulative value against the annual target, as a fraction (1 = 100%),
 * not rounded.
 * - higher-is-better: actual / target (may exceed 1, may be negative for a negative actual).
 * - lower-is-better: target / actual, capped at 1: at or under the ceiling counts as complete, and
 *   actual ≤ 0 ⇒ 1. The cap keeps completion non-increasing in actual (target/actual explodes as
 *   actual → 0, which would rank "0.1" far above "0"); over-achievement still shows in the score.
 * - null when the target is missing or ≤ 0 (a ratio against a zero or negative target means
 *   nothing), when actual is missing, or when the ratio overflows.
 */
export function cumulativeCompletion(actual: number | null, target: number | null, direction: Direction): number | null {
  if (!isFiniteNumber(actual) || !isFiniteNumber(target) || target <= 0) return null;
  if (direction === 'higher') return finiteOrNull(actual / target);
  if (actual <= 0) return 1;
  return Math.min(1, target / actual);
}

/** Direction-aware "at least as good as": higher ⇒ a ≥ b, lower ⇒ a ≤ b. */
export function meets(a: number, b: number, direction: Direction): boolean {
  return direction === 'higher' ? a >= b : a <= b;
}

/**
 * Expected progress fraction and the matching expected cumulative value.
 * The phased target for the effective period wins (fraction = phased / annual); it is ignored
 * when the annual target is missing or 0 or the fraction is not finite. Otherwise time progress.
 */
function expectedOf(ctx: EvalContext, settings: CampaignSettings): { fraction: number; value: number | null } {
  const target = ctx.input.annualTarget;
  const phased = ctx.phasedTarget;
  if (phased !== null && isFiniteNumber(target) && target !== 0) {
    const fraction = phased / target;
    if (Number.isFinite(fraction)) return { fraction, value: phased };
  }
  const fraction = timeProgress(ctx.effectivePeriod, settings.timeProgressMode);
  return { fraction, value: isFiniteNumber(target) ? finiteOrNull(fraction * target) : null };
}

/**
 * Score of a cumulative indicator, in points, 0 .. 100 × cap, rounded to 0.1 (half up).
 * - Normal case (target > 0 and expected value > 0): 100 × min(ratio, cap), clamped ≥ 0, where
 *   ratio = actual / expectedValue (higher) or expectedValue / actual (lower; actual ≤ 0 ⇒ cap).
 * - Degenerate case (target ≤ 0, or expected progress 0): there is no meaningful ratio, so the
 *   score is all-or-nothing: 100 when actual meets expectedValue direction-aware, else 0.
 */
export function cumulativeScore(actual: number, expectedValue: number, target: number, direction: Direction, cap: number): number {
  if (target > 0 && expectedValue > 0) {
    let ratio: number;
    if (direction === 'higher') ratio = actual / expectedValue;
    else ratio = actual <= 0 ? cap : expectedValue / actual;
    // Rounding may lift e.g. 283.249… above an odd cap such as 2.8325; the cap always wins.
    return Math.min(round1(100 * clamp(ratio, 0, cap)), 100 * cap);
  }
  return meets(actual, expectedValue, direction) ? 100 : 0;
}

/**
 * Evaluates a cumulative indicator for an effective period (see evaluateIndicator for the rules).
 * gapPp = (actual − expectedValue) / |target| × 100, sign flipped for 'lower'; null when the target
 * is 0. Status: gapPp ≥ 0 ahead, ≥ −tolerancePp behind, else lagging; when gapPp is null the
 * status is ahead if actual meets expectedValue direction-aware, else lagging.
 * Missing actual or missing target ⇒ no_data, score 0 (other fields filled where computable).
 * projection = actual / month × 12 (straight line to December, in the indicator's unit; null
 * without data); projectionCompletion = cumulativeCompletion(projection). requiredMonthly (higher
 * only) = (target − actual) / (12 − month) per remaining month, ≥ 0, in the unit per month; null
 * in December, when actual ≥ target, or without data or target. None of these is rounded.
 */
export function evaluateCumulative(ctx: EvalContext, settings: CampaignSettings): IndicatorEvaluation {
  const { input, month } = ctx;
  const dir = input.direction;
  const target = isFiniteNumber(input.annualTarget) ? input.annualTarget : null;
  const actual = ctx.actual;
  const expected = expectedOf(ctx, settings);
  const projection = actual === null ? null : finiteOrNull((actual / month) * 12);
  const base: IndicatorEvaluation = {
    period: ctx.period,
    effectivePeriod: ctx.effectivePeriod,
    expected: expected.fraction,
    actual,
    completion: cumulativeCompletion(actual, target, dir),
    gapPp: null,
    status: 'no_data',
    score: 0,
    projection,
    projectionCompletion: cumulativeCompletion(projection, target, dir),
    requiredMonthly: null,
  };
  if (actual === null || target === null || expected.value === null) return base;

  const rawGap = target === 0 ? null : finiteOrNull(((actual - expected.value) / Math.abs(target)) * 100);
  const gapPp = rawGap === null ? null : snap(dir === 'higher' ? rawGap : -rawGap);
  let status: Status;
  if (gapPp === null) status = meets(actual, expected.value, dir) ? 'ahead' : 'lagging';
  else if (gapPp >= 0) status = 'ahead';
  else if (gapPp >= -settings.tolerancePp) status = 'behind';
  else status = 'lagging';

  let requiredMonthly: number | null = null;
  if (dir === 'higher' && month < 12 && actual < target) {
    requiredMonthly = finiteOrNull(Math.max(0, (target - actual) / (12 - month)));
  }
  return {
    ...base,
    gapPp,
    status,
    score: cumulativeScore(actual, expected.value, target, dir, settings.scoreRules.cumulativeCap),
    requiredMonthly,
  };
}
