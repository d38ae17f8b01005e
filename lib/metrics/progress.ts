/** Completion against expected progress for a group of indicators (a task force, a competition). */
import { COMPLETION_DISPLAY_CAP } from './aggregate';
import type { Status } from './indicator-types';
import type { IndicatorResult } from './snapshot';

/**
 * Means over the indicators that have both a completion and an expected progress: completion (each
 * capped at COMPLETION_DISPLAY_CAP, 150 %) and expected, as fractions; both null when there is none.
 */
export function completionVsExpected(results: IndicatorResult[]): { completion: number | null; expected: number | null } {
  const used = results.filter((r) => r.evaluation.completion !== null && r.evaluation.expected !== null);
  if (used.length === 0) return { completion: null, expected: null };
  const mean = (f: (r: IndicatorResult) => number) => used.reduce((sum, r) => sum + f(r), 0) / used.length;
  return {
    completion: mean((r) => Math.min(r.evaluation.completion!, COMPLETION_DISPLAY_CAP)),
    expected: mean((r) => r.evaluation.expected!),
  };
}

/**
 * Group completion judged against expected like a cumulative indicator: at or above expected →
 * ahead; within `tolerancePp` 百分点 below → behind; further → lagging; no figures → no_data.
 */
export function progressStatus(
  completion: number | null,
  expected: number | null,
  tolerancePp: number,
): Extract<Status, 'ahead' | 'behind' | 'lagging' | 'no_data'> {
  if (completion === null || expected === null) return 'no_data';
  const gap = (completion - expected) * 100;
  if (gap >= 0) return 'ahead';
  return gap >= -tolerancePp ? 'behind' : 'lagging';
}
