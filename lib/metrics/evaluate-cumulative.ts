/** Cumulative 累计型 indicators, higher is better (year-to-date sums, e.g. 固定资产投资 万元). */

import { evaluateCeiling } from './evaluate-ceiling';
import { expectedProgress } from './expected';
import type { Direction, EvalContext, IndicatorEvaluation, Status } from './indicator-types';
import { cumulativeScore, statusOfGap } from './score-rules';
import { emptyEvaluation } from './indicator-types';
import { finiteOrNull, isFiniteNumber, snap } from './numbers';
import type { CampaignSettings } from './settings';

/**
 * Completion 完成率 of a higher-is-better cumulative value against the annual target, as a
 * fraction (1 = 100%), not rounded: actual / target (may exceed 1, may be negative for a negative
 * actual). null when the target is missing or ≤ 0 (a ratio against a zero or negative target
 * means nothing), when actual is missing, or when the ratio overflows.
 * A lower-is-better cumulative indicator has no completion: its target is a 控制线 and its
 * headline figure is {@link ceilingUse}; `direction: 'lower'` therefore returns null.
 */
export function cumulativeCompletion(actual: number | null, target: number | null, direction: Direction): number | null {
  if (direction !== 'higher') return null;
  if (!isFiniteNumber(actual) || !isFiniteNumber(target) || target <= 0) return null;
  return finiteOrNull(actual / target);
}

/**
 * Evaluates a cumulative indicator for an effective period (see evaluateIndicator for the rules).
 * Lower-is-better ones are ceilings and go to {@link evaluateCeiling}. Higher is better:
 * - expected / expectedValue from {@link expectedProgress} of the effective period.
 * - gapPp = (actual − expectedValue) / |target| × 100 (completion − expected, in 百分点); null when
 *   the target is 0. Status {@link statusOfGap}; when gapPp is null, ahead if actual ≥
 *   expectedValue, else lagging.
 * - Missing actual or missing target ⇒ no_data, score 0 (other fields filled where computable).
 * - projection = actual / month × 12 (straight line to December, in the unit; null without data);
 *   projectionCompletion = cumulativeCompletion(projection). requiredMonthly = (target − actual) /
 *   (12 − month) per remaining month, ≥ 0; null in December, when actual ≥ target, or without
 *   data or target. None of these is rounded.
 */
export function evaluateCumulative(ctx: EvalContext, settings: CampaignSettings): IndicatorEvaluation {
  if (ctx.input.direction === 'lower') return evaluateCeiling(ctx, settings);
  const { input, month } = ctx;
  const target = isFiniteNumber(input.annualTarget) ? input.annualTarget : null;
  const actual = ctx.actual;
  const expected = expectedProgress(input, ctx.effectivePeriod, settings);
  const projection = actual === null ? null : finiteOrNull((actual / month) * 12);
  const base: IndicatorEvaluation = {
    ...emptyEvaluation(input, ctx.period, ctx.effectivePeriod, 'no_data', 0),
    target,
    expected: expected.fraction,
    expectedValue: expected.value,
    expectedSource: expected.source,
    actual,
    completion: cumulativeCompletion(actual, target, 'higher'),
    projection,
    projectionCompletion: cumulativeCompletion(projection, target, 'higher'),
  };
  if (actual === null || target === null || expected.value === null) return base;

  const gapPp = target === 0 ? null : finiteOrNull(snap(((actual - expected.value) / Math.abs(target)) * 100));
  const status: Status = gapPp === null ? (actual >= expected.value ? 'ahead' : 'lagging') : statusOfGap(gapPp, settings.tolerancePp);
  let requiredMonthly: number | null = null;
  if (month < 12 && actual < target) requiredMonthly = finiteOrNull(Math.max(0, (target - actual) / (12 - month)));
  return {
    ...base,
    gapPp,
    status,
    score: cumulativeScore(actual, expected.value, target, 'higher', settings.scoreRules.cumulativeCap),
    requiredMonthly,
  };
}
