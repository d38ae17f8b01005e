/** Rules shared by the kind-specific evaluators: direction-aware comparison, cumulative score, status of a gap. */

import type { Direction, Status } from './indicator-types';
import { clamp, round1 } from './numbers';

/** Direction-aware "at least as good as": higher ⇒ a ≥ b, lower ⇒ a ≤ b. */
export function meets(a: number, b: number, direction: Direction): boolean {
  return direction === 'higher' ? a >= b : a <= b;
}

/**
 * Score of a cumulative indicator, in points, 0 .. 100 × cap, rounded to 0.1 (half up).
 * - higher (target > 0 and expected value > 0): 100 × min(actual / expectedValue, cap), ≥ 0.
 * - lower (a ceiling; see evaluateCeiling): 100 × min(expectedValue / actual, cap), ≥ 0, and
 *   100 × cap at an actual ≤ 0 — whatever the ceiling, 零容忍 included.
 * - Degenerate higher case (target ≤ 0, or expected progress 0): there is no meaningful ratio, so
 *   the score is all-or-nothing: 100 when actual ≥ expectedValue, else 0.
 * Non-increasing in actual for 'lower', non-decreasing for 'higher'.
 */
export function cumulativeScore(actual: number, expectedValue: number, target: number, direction: Direction, cap: number): number {
  if (direction === 'lower') {
    const ratio = actual <= 0 ? cap : expectedValue / actual;
    return Math.min(round1(100 * clamp(ratio, 0, cap)), 100 * cap);
  }
  if (target > 0 && expectedValue > 0) {
    // Rounding may lift e.g. 283.249… above an odd cap such as 2.8325; the cap always wins.
    return Math.min(round1(100 * clamp(actual / expectedValue, 0, cap)), 100 * cap);
  }
  return actual >= expectedValue ? 100 : 0;
}

/** ahead at gap ≥ 0, behind within the tolerance, lagging beyond it (gap in 百分点). */
export function statusOfGap(gapPp: number, tolerancePp: number): Extract<Status, 'ahead' | 'behind' | 'lagging'> {
  if (gapPp >= 0) return 'ahead';
  return gapPp >= -tolerancePp ? 'behind' : 'lagging';
}
