/** Investment projects 重点项目: investment progress and the milestone timeline as of a date. */

import { milestoneState, type MilestoneState } from './milestone-dates';
import { isFiniteNumber } from './numbers';

/**
 * 投资完成率 = completed / planned investment (same unit), a fraction, not rounded; null when either
 * is missing or the plan is not positive. Over 1 when more than planned was invested.
 */
export function investmentProgress(planned: number | null, completed: number | null): number | null {
  if (!isFiniteNumber(planned) || !isFiniteNumber(completed) || planned <= 0) return null;
  return completed / planned;
}

export interface TimelineStep<M> {
  milestone: M;
  state: MilestoneState;
  /** Behind plan (not done, plan passed) or done after its plan: shown with a late flag. */
  late: boolean;
}

/**
 * The milestones of a project (or a work item) in their order, each with its state as of `asOf`
 * (see milestoneState: a month-only date counts as the month's last day for the plan, and is
 * compared by month for lateness).
 */
export function timeline<M extends { plannedDate: string | null; actualDate: string | null }>(
  milestones: M[],
  asOf: string,
): TimelineStep<M>[] {
  return milestones.map((milestone) => {
    const state = milestoneState(milestone.plannedDate, milestone.actualDate, asOf);
    return { milestone, state, late: state === 'behind' || state === 'done_late' };
  });
}
