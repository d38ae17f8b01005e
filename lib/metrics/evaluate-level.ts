/** Level 时点/比率型 indicators (a rate or level at period end, e.g. 增速 %). */

import { meets } from './score-rules';
import type { EvalContext, IndicatorEvaluation, Status } from './indicator-types';
import { emptyEvaluation } from './indicator-types';
import { clamp, finiteOrNull, isFiniteNumber, round1, snap } from './numbers';
import type { CampaignSettings } from './settings';

/** Units read as percentages, whose gap is a difference in 百分点: '%', full-width '％', '百分点'. */
export function isPercentUnit(unit: string): boolean {
  const u = typeof unit === 'string' ? unit.trim() : '';
  return u === '%' || u === '％' || u === '百分点';
}

/**
 * Signed gap of a level value against its target, positive = better than target.
 * - percent units ({@link isPercentUnit}): actual − target, in 百分点 (never a ratio, so negative
 *   growth targets such as −2% work: actual −1.5 vs target −2 ⇒ +0.5).
 * - other units: 100 × (actual − target) / |target|, in percent of |target|; null when target is 0.
 * Sign flipped for 'lower'. Not rounded (noise below 1e-9 removed); null on overflow.
 */
export function levelGap(actual: number, target: number, unit: string, direction: 'higher' | 'lower'): number | null {
  let raw: number | null;
  if (isPercentUnit(unit)) raw = finiteOrNull(actual - target);
  else raw = target === 0 ? null : finiteOrNull((100 * (actual - target)) / Math.abs(target));
  if (raw === null) return null;
  return snap(direction === 'higher' ? raw : -raw);
}

/**
 * Evaluates a level indicator. The target is the phased target for the effective period when
 * there is one (a level to reach at that date), else the annual target.
 * - status: gap ≥ 0 ahead; shortfall (−gap) ≤ levelTolerancePp behind; else lagging.
 * - score: 100 − levelPenaltyPerPoint × shortfall, clamped to [0, 100], rounded to 0.1; for
 *   non-percent units a "point" is 1% of |target|.
 * - target 0 with a non-percent unit (gap undefined): ahead / 100 when met direction-aware,
 *   else lagging / 0.
 * - expected, completion, projection, projectionCompletion, requiredMonthly are always null
 *   (a level is compared as a difference, never as a ratio or a pro-rata progress).
 * Missing actual or missing target ⇒ no_data, score 0.
 */
export function evaluateLevel(ctx: EvalContext, settings: CampaignSettings): IndicatorEvaluation {
  const { input, actual } = ctx;
  const target = ctx.phasedTarget ?? (isFiniteNumber(input.annualTarget) ? input.annualTarget : null);
  const base: IndicatorEvaluation = {
    ...emptyEvaluation(input, ctx.period, ctx.effectivePeriod, 'no_data', 0),
    target,
    expectedValue: target,
    expectedSource: ctx.phasedTarget !== null ? 'phased' : null,
    actual,
  };
  if (actual === null || target === null) return base;

  const gapPp = levelGap(actual, target, input.unit, input.direction);
  if (gapPp === null) {
    const met = meets(actual, target, input.direction);
    return { ...base, status: met ? 'ahead' : 'lagging', score: met ? 100 : 0 };
  }
  const shortfall = Math.max(0, -gapPp);
  let status: Status;
  if (gapPp >= 0) status = 'ahead';
  else if (shortfall <= settings.levelTolerancePp) status = 'behind';
  else status = 'lagging';
  const score = round1(clamp(100 - settings.scoreRules.levelPenaltyPerPoint * shortfall, 0, 100));
  return { ...base, gapPp, status, score };
}
