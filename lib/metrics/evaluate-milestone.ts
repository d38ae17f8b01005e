/** Milestone 节点型 indicators: dated steps, done or not. */

import type { IndicatorEvaluation, IndicatorInput, MilestoneStep, Status } from './indicator-types';
import { emptyEvaluation } from './indicator-types';
import { round1 } from './numbers';
import { periodEndDate } from './period';
import type { CampaignSettings } from './settings';

const DATE_RE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/;

/** The 'YYYY-MM-DD' prefix of a date or ISO string, or null when there is none. */
export function datePart(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const m = DATE_RE.exec(s.trim());
  return m ? m[0] : null;
}

export type StepState = 'on_time' | 'late' | 'overdue' | 'done_early' | 'pending';

/**
 * State of one step as of a date ('YYYY-MM-DD'), comparing calendar dates (inclusive):
 * - planned ≤ asOf: done ≤ planned ⇒ 'on_time'; planned < done ≤ asOf ⇒ 'late';
 *   not done, or done after asOf ⇒ 'overdue'.
 * - planned > asOf (not due yet): done ≤ asOf ⇒ 'done_early', else 'pending'.
 */
export function stepState(planned: string, done: string | null, asOf: string): StepState {
  const doneByAsOf = done !== null && done <= asOf;
  if (planned <= asOf) {
    if (!doneByAsOf) return 'overdue';
    return done <= planned ? 'on_time' : 'late';
  }
  return doneByAsOf ? 'done_early' : 'pending';
}

/**
 * Evaluates a milestone indicator as of periodEndDate(period). `values`, lagMonths and
 * combinedJanFeb are ignored; effectivePeriod = period.
 * - Steps with an unreadable plannedDate are ignored; an unreadable doneDate counts as not done.
 *   No usable step at all ⇒ no_data, score 0.
 * - status: any step due by the period end and not done by then ⇒ 'overdue'; else every step done
 *   by the period end ⇒ 'done'; else 'ahead' (on schedule).
 * - score: mean over steps due by the period end of milestoneOnTime (100) / milestoneLate (60) /
 *   milestoneOverdue (0); 100 when no step is due yet. Rounded to 0.1 (half up).
 * - expected = share of steps planned by the period end; completion = share of steps done by it
 *   (fractions 0..1, not rounded); steps = the counts (total, due, done, overdue). actual, gapPp
 *   and projections are null. `input` only names the kind, direction and unit of the result.
 */
export function evaluateMilestone(
  steps: MilestoneStep[] | undefined,
  period: string,
  settings: CampaignSettings,
  input: Pick<IndicatorInput, 'direction' | 'unit'> = { direction: 'higher', unit: '' },
): IndicatorEvaluation {
  const who = { kind: 'milestone' as const, direction: input.direction, unit: input.unit };
  const asOf = periodEndDate(period);
  const usable: { planned: string; done: string | null }[] = [];
  for (const step of Array.isArray(steps) ? steps : []) {
    const planned = datePart(step.plannedDate);
    if (planned !== null) usable.push({ planned, done: datePart(step.doneDate) });
  }
  if (usable.length === 0) return emptyEvaluation(who, period, period, 'no_data', 0);

  const rules = settings.scoreRules;
  let due = 0;
  let doneCount = 0;
  let points = 0;
  let overdueCount = 0;
  for (const { planned, done } of usable) {
    const state = stepState(planned, done, asOf);
    if (state === 'on_time' || state === 'late' || state === 'done_early') doneCount++;
    if (state === 'done_early' || state === 'pending') continue;
    due++;
    if (state === 'on_time') points += rules.milestoneOnTime;
    else if (state === 'late') points += rules.milestoneLate;
    else {
      points += rules.milestoneOverdue;
      overdueCount++;
    }
  }
  let status: Status;
  if (overdueCount > 0) status = 'overdue';
  else if (doneCount === usable.length) status = 'done';
  else status = 'ahead';
  return {
    ...emptyEvaluation(who, period, period, status, due === 0 ? 100 : round1(points / due)),
    expected: due / usable.length,
    completion: doneCount / usable.length,
    steps: { total: usable.length, due, done: doneCount, overdue: overdueCount },
  };
}
