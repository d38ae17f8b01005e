/** Completion against expected progress for a group of indicators (a task force, a competition). */
import { COMPLETION_DISPLAY_CAP } from './aggregate';
import type { Status } from './indicator-types';
import type { IndicatorResult } from './snapshot';

/**
 * Means over the indicators that have both a completion and an expected progress: completion (each
 * capped at COMPLETION_DISPLAY_CAP, 150 %) and expected, as fractions; both null when there is none.
 * @deprecated Averages milestones' share of steps done with completions. Use
 * groupProgress(results.map((r) => r.evaluation), tolerancePp) — or the snapshot's `progress` of
 * the task force / competition — which averages higher-is-better cumulative indicators only.
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
 * @deprecated Use groupProgress(…).status (the same rule on the group's own figures; null, not
 * no_data, for a group without cumulative indicators).
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
