/** Rank 排名型 indicators: the value is the district's county rank, the target a rank (全市前3). */

import type { EvalContext, IndicatorEvaluation, Status } from './indicator-types';
import { emptyEvaluation } from './indicator-types';
import { clamp, round1 } from './numbers';
import type { CampaignSettings } from './settings';

/** A usable rank: an integer ≥ 1. */
export function isValidRank(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 1;
}

/**
 * Evaluates a rank indicator. Smaller is always better; `direction` is ignored.
 * - target: the phased target for the effective period when it is a valid rank, else targetRank.
 * - gapPp = targetRank − rank, in places (positive = better than target).
 * - status: rank ≤ target ahead; rank − target ≤ toleranceRanks behind; else lagging.
 * - score: 100 − rankPenaltyPerPlace × places behind, clamped to [0, 100], rounded to 0.1.
 * A value or target that is not an integer ≥ 1 is treated as missing ⇒ no_data, score 0
 * (actual still shows a non-null value). target = expectedValue = the rank in force; expected,
 * completion and projections are null.
 */
export function evaluateRank(ctx: EvalContext, settings: CampaignSettings): IndicatorEvaluation {
  const { input, actual } = ctx;
  const target = isValidRank(ctx.phasedTarget) ? ctx.phasedTarget : isValidRank(input.targetRank) ? input.targetRank : null;
  const base: IndicatorEvaluation = {
    ...emptyEvaluation(input, ctx.period, ctx.effectivePeriod, 'no_data', 0),
    target,
    expectedValue: target,
    expectedSource: target !== null && target === ctx.phasedTarget ? 'phased' : null,
    actual,
  };
  if (!isValidRank(actual) || target === null) return base;

  const behindBy = actual - target;
  let status: Status;
  if (behindBy <= 0) status = 'ahead';
  else if (behindBy <= settings.toleranceRanks) status = 'behind';
  else status = 'lagging';
  const score = round1(clamp(100 - settings.scoreRules.rankPenaltyPerPlace * Math.max(0, behindBy), 0, 100));
  return { ...base, gapPp: target - actual, status, score };
}
