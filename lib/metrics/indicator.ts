/** Evaluation of one indicator for one selected period: the entry point of the engine. */

import { evaluateCumulative } from './evaluate-cumulative';
import { evaluateLevel } from './evaluate-level';
import { evaluateMilestone } from './evaluate-milestone';
import { evaluateRank } from './evaluate-rank';
import type { EvalContext, IndicatorEvaluation, IndicatorInput } from './indicator-types';
import { emptyEvaluation } from './indicator-types';
import { isFiniteNumber } from './numbers';
import { periodKey, requirePeriod } from './period';
import { lagOf } from './rounds';
import { parseSettings, type CampaignSettings } from './settings';

export type {
  Basis,
  Direction,
  ExpectedSource,
  IndicatorEvaluation,
  IndicatorInput,
  IndicatorKind,
  MilestoneStep,
  Status,
  StepCounts,
} from './indicator-types';

/** The last entry for `period` whose `pick` is a finite number, or null. */
function lookup<T extends { period: string }>(rows: T[], period: string, pick: (row: T) => number | null): number | null {
  let found: number | null = null;
  for (const row of Array.isArray(rows) ? rows : []) {
    if (row.period !== period) continue;
    const v = pick(row);
    found = isFiniteNumber(v) ? v : null;
  }
  return found;
}

/**
 * The period whose data an indicator is judged on, or null when nothing is due yet.
 * effective = period − lagMonths; null when that falls before January of the selected period's
 * year (a lagged indicator has no data for the new year yet), or when combinedJanFeb is set and
 * the effective month is January (January is reported together with February).
 * Throws RangeError on an invalid period.
 */
export function effectivePeriodOf(input: Pick<IndicatorInput, 'lagMonths' | 'combinedJanFeb'>, period: string): string | null {
  const { year, month } = requirePeriod(period);
  const effMonth = month - lagOf(input.lagMonths);
  if (effMonth < 1) return null;
  if (input.combinedJanFeb === true && effMonth === 1) return null;
  return periodKey(year, effMonth);
}

/**
 * Evaluates an indicator for the selected period `period` ('YYYY-MM'). Pure; never returns NaN or
 * ±Infinity (undefined quantities are null). Throws RangeError only for an invalid period string.
 * `settings` is re-validated with parseSettings, so invalid numbers in it fall back to defaults.
 *
 * Common rules (cumulative, level, rank):
 * - effectivePeriod = period − lagMonths (错月; lag floored, negative ⇒ 0). Before January of the
 *   period's year ⇒ status 'not_due', effectivePeriod null, score null, all else null.
 * - combinedJanFeb and effective month January ⇒ 'not_due' likewise (a missing January is not
 *   "no data"); February is judged on its 1—2月 value.
 * - actual = the value for effectivePeriod (last entry wins if duplicated; null / non-finite ⇒
 *   missing). Missing actual ⇒ status 'no_data', score 0 (flagged, not hidden).
 * - A missing target (annualTarget, or targetRank for rank) also gives 'no_data', score 0, with
 *   actual still filled in: the indicator cannot be judged and must be noticed.
 * - The phased target of the effective period (last entry wins) overrides: for cumulative the
 *   expected fraction (phased / annual instead of time progress), for level the level to reach,
 *   for rank the rank to reach.
 * Kind-specific rules: see evaluateCumulative (higher is better), evaluateCeiling (cumulative,
 * lower is better: the target is a 控制线), evaluateLevel, evaluateRank, evaluateMilestone
 * (milestones are judged as of the selected period's last day and ignore values, lag and
 * combinedJanFeb).
 *
 * Units: expected, completion, ceilingUse, projectionCompletion are fractions (1 = 100%); gapPp
 * is 百分点 (cumulative, level) or places (rank); actual, target, expectedValue, projection,
 * requiredMonthly are in the indicator's unit; score is points 0..100 × cumulativeCap, rounded to 0.1 (half up). Other
 * numbers are not rounded (float noise below 1e-9 is removed from gaps).
 */
export function evaluateIndicator(input: IndicatorInput, period: string, settings: CampaignSettings): IndicatorEvaluation {
  const safe = parseSettings(settings);
  requirePeriod(period);
  if (input.kind === 'milestone') return evaluateMilestone(input.steps, period, safe, input);

  const effectivePeriod = effectivePeriodOf(input, period);
  if (effectivePeriod === null) return emptyEvaluation(input, period, null, 'not_due', null);

  const ctx: EvalContext = {
    input,
    period,
    effectivePeriod,
    month: requirePeriod(effectivePeriod).month,
    actual: lookup(input.values, effectivePeriod, (r) => r.value),
    phasedTarget: lookup(input.phasedTargets, effectivePeriod, (r) => r.target),
  };
  switch (input.kind) {
    case 'cumulative':
      return evaluateCumulative(ctx, safe);
    case 'level':
      return evaluateLevel(ctx, safe);
    case 'rank':
      return evaluateRank(ctx, safe);
    default:
      return emptyEvaluation(input, period, effectivePeriod, 'no_data', 0);
  }
}
