/** Completion against expected progress for a group of indicators (a task force, a competition). */
import { groupProgress } from './group';
import type { Status } from './indicator-types';
import type { IndicatorResult } from './snapshot';

/**
 * Group completion and its expected line as fractions: groupProgress's completion and expected
 * (higher-is-better cumulative indicators only, each completion capped at 150 %); both null when
 * there is none.
 * @deprecated Use groupProgress(results.map((r) => r.evaluation), tolerancePp), or the snapshot's
 * `progress` of the task force / competition, which also gives the gap, the status and the count.
 */
export function completionVsExpected(results: IndicatorResult[]): { completion: number | null; expected: number | null } {
  const p = groupProgress(
    results.map((r) => r.evaluation),
    0,
  );
  return { completion: p.completion, expected: p.expected };
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
