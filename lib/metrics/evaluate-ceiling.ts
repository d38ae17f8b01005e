/**
 * Ceiling indicators: cumulative and lower is better (事故起数, 信访件数, 新增违法建筑). The annual
 * target is a 控制线 (ceiling), not a goal to reach.
 */

import { expectedProgress } from './expected';
import type { EvalContext, IndicatorEvaluation, Status } from './indicator-types';
import { emptyEvaluation } from './indicator-types';
import { finiteOrNull, isFiniteNumber, snap } from './numbers';
import { cumulativeScore } from './score-rules';
import type { CampaignSettings } from './settings';

/**
 * 控制线使用: the share of the annual ceiling used by the year-to-date actual, as a fraction
 * (0.75 = "已用控制线75.0%"), not rounded; above 1 once the ceiling is broken. A negative actual
 * counts as 0. null when the actual or the ceiling is missing, or the ceiling is ≤ 0 (a 零容忍
 * ceiling of 0 has no share: it is met or missed, see evaluateCeiling).
 */
export function ceilingUse(actual: number | null, ceiling: number | null): number | null {
  if (!isFiniteNumber(actual) || !isFiniteNumber(ceiling) || ceiling <= 0) return null;
  return finiteOrNull(Math.max(0, actual) / ceiling);
}

/**
 * Status of a ceiling indicator: at or under the year-to-date line ⇒ ahead (on track); over it by
 * no more than `tolerancePp` 百分点 of the annual ceiling ⇒ behind 略滞后; further ⇒ lagging
 * 严重滞后. A ceiling of 0 (零容忍) is met while the actual is ≤ 0 and missed (lagging) by any
 * occurrence. Non-improving as the actual grows.
 */
export function ceilingStatus(
  actual: number,
  line: number,
  ceiling: number,
  tolerancePp: number,
): Extract<Status, 'ahead' | 'behind' | 'lagging'> {
  const over = snap(actual - line);
  if (over <= 0 && !(ceiling === 0 && actual > 0)) return 'ahead';
  if (ceiling <= 0) return 'lagging';
  return (over / ceiling) * 100 <= tolerancePp ? 'behind' : 'lagging';
}

/**
 * Evaluates a ceiling indicator for an effective period (see evaluateIndicator for the common rules).
 * - target = the annual ceiling; a missing or negative ceiling ⇒ no_data, score 0 (cannot be judged).
 * - expectedValue = the year-to-date line: the phased ceiling of the effective period, else
 *   ceiling × time progress (序时控制线); expected = line / ceiling (null for a ceiling of 0).
 * - status {@link ceilingStatus}; gapPp = (line − actual) / ceiling × 100 (positive = under the
 *   line), null for a ceiling of 0.
 * - completion and projectionCompletion are null (a ceiling is not a goal: never "完成率100%");
 *   ceilingUse = actual / ceiling ({@link ceilingUse}).
 * - score = 100 × min(line / actual, cap), 100 × cap at an actual ≤ 0, clamped ≥ 0, rounded 0.1.
 * - projection = actual / month × 12 (the year at the current pace); requiredMonthly null.
 * More occurrences never raise the score, lower the status, nor lower ceilingUse.
 * Example: ceiling 12起, phased ceiling 8起 in September, 9起 ⇒ over by 1起 = 8.3 百分点 of the
 * ceiling ⇒ lagging; score 100 × 8/9 = 88.9; ceilingUse 0.75; projection 12起.
 */
export function evaluateCeiling(ctx: EvalContext, settings: CampaignSettings): IndicatorEvaluation {
  const { input, month, actual } = ctx;
  const ceiling = isFiniteNumber(input.annualTarget) && input.annualTarget >= 0 ? input.annualTarget : null;
  const expected = expectedProgress({ annualTarget: ceiling, phasedTargets: input.phasedTargets }, ctx.effectivePeriod, settings);
  const line = ceiling === null ? null : expected.value;
  const base: IndicatorEvaluation = {
    ...emptyEvaluation(input, ctx.period, ctx.effectivePeriod, 'no_data', 0),
    target: ceiling,
    expected: ceiling !== null && ceiling > 0 ? finiteOrNull(expected.fraction) : null,
    expectedValue: line,
    expectedSource: ceiling === null ? null : expected.source,
    actual,
    ceilingUse: ceilingUse(actual, ceiling),
    projection: actual === null ? null : finiteOrNull((actual / month) * 12),
  };
  if (actual === null || ceiling === null || line === null) return base;
  const gapPp = ceiling === 0 ? null : finiteOrNull(snap(((line - actual) / ceiling) * 100));
  return {
    ...base,
    gapPp,
    status: ceilingStatus(actual, line, ceiling, settings.tolerancePp),
    score: cumulativeScore(actual, line, ceiling, 'lower', settings.scoreRules.cumulativeCap),
  };
}
