/** Aggregation of indicator results into task-force, competition and unit scores. */

import type { IndicatorEvaluation, Status } from './indicator-types';
import { isFiniteNumber, round1 } from './numbers';

export interface Scored {
  score: number | null;
  weight: number;
}

/**
 * Weighted mean of scores, in points, rounded to 0.1 (half up).
 * Only items with a finite, non-null score and a finite weight > 0 count; null when there is none
 * (a mean of nothing is undefined — e.g. every indicator is not_due). no_data indicators score 0
 * and therefore do count. Overflow-safe (weights and scores are rescaled before summing).
 */
export function weightedScore(items: Scored[]): number | null {
  const used = items.filter(
    (i): i is { score: number; weight: number } => isFiniteNumber(i.score) && isFiniteNumber(i.weight) && i.weight > 0,
  );
  if (used.length === 0) return null;
  // Rescale weights by the largest and scores by the largest magnitude, so that no sum can
  // overflow; a plain Σw·s / Σw on the rescaled values keeps full precision for normal data.
  const maxWeight = used.reduce((m, i) => Math.max(m, i.weight), 0);
  const maxAbs = used.reduce((m, i) => Math.max(m, Math.abs(i.score)), 0);
  if (maxAbs === 0) return 0;
  let sumW = 0;
  let sumWS = 0;
  for (const { score, weight } of used) {
    const w = weight / maxWeight;
    sumW += w;
    sumWS += w * (score / maxAbs);
  }
  const mean = (sumWS / sumW) * maxAbs;
  return Number.isFinite(mean) ? round1(mean) : null;
}

/**
 * Task-force score 专班得分 = weightedScore of its indicators' scores with their weights
 * (default weight 1 is the caller's business). Points, rounded to 0.1; null when no indicator
 * has a score (all not_due).
 */
export function taskForceScore(indicators: Scored[]): number | null {
  return weightedScore(indicators);
}

/**
 * Competition score 竞赛得分 = plain mean (weight 1 each) of its task forces' scores; task forces
 * with a null score are left out. Points, rounded to 0.1; null when none has a score.
 */
export function competitionScore(taskForceScores: (number | null)[]): number | null {
  return weightedScore(taskForceScores.map((score) => ({ score, weight: 1 })));
}

/**
 * Unit score 单位得分 = weightedScore of the indicators the unit is responsible for (责任单位),
 * with the indicators' weights. Points, rounded to 0.1; null when none has a score.
 */
export function unitScore(indicators: Scored[]): number | null {
  return weightedScore(indicators);
}

export interface StatusCounts {
  ahead: number;
  behind: number;
  lagging: number;
  no_data: number;
  done: number;
  overdue: number;
  not_due: number;
}

/** Counts statuses (every key present, 0 when absent). Unknown strings are ignored. */
export function countStatuses(statuses: Status[]): StatusCounts {
  const counts: StatusCounts = { ahead: 0, behind: 0, lagging: 0, no_data: 0, done: 0, overdue: 0, not_due: 0 };
  for (const s of statuses) {
    if (Object.prototype.hasOwnProperty.call(counts, s)) counts[s]++;
  }
  return counts;
}

/**
 * Cap applied to each completion before averaging, so one runaway indicator cannot dominate.
 * @deprecated Use GROUP_COMPLETION_CAP (lib/metrics/group), the cap of groupProgress.
 */
export const COMPLETION_DISPLAY_CAP = 1.5;

/**
 * Mean completion of evaluations, as a fraction (1 = 100%), for "completion vs time progress"
 * bars: arithmetic mean (unweighted) of the non-null completions, each capped at 1.5 first
 * (no lower bound: a negative completion stays negative). Not rounded. null when no evaluation
 * has a completion (level and rank indicators never do).
 * @deprecated Mixes kinds (milestones' share of steps done). Use groupProgress(evaluations,
 * tolerancePp).completion, which averages higher-is-better cumulative indicators only.
 */
export function meanCompletion(evals: IndicatorEvaluation[]): number | null {
  const values = evals.map((e) => e.completion).filter(isFiniteNumber);
  if (values.length === 0) return null;
  let mean = 0;
  values.forEach((v, i) => {
    mean += (Math.min(v, COMPLETION_DISPLAY_CAP) - mean) / (i + 1);
  });
  return Number.isFinite(mean) ? mean : null;
}
