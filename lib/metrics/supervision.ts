/** 督办 flags of work items (三色督办单), relative to the selected period — a scheme apart from indicator statuses. */

import { datePart } from './evaluate-milestone';
import { addDays, daysBetween, latestDay, milestoneState } from './milestone-dates';

export type SuperviseFlag = 'red' | 'yellow' | 'blue';

export type WorkItemStatusKey = 'not_started' | 'in_progress' | 'done' | 'closed';

export interface SupervisedItem {
  /** 'YYYY-MM-DD' (or an ISO string; its date is read): the deadline in force. */
  deadline: string;
  status: WorkItemStatusKey;
  /** When it was done, if known ('YYYY-MM-DD'). */
  doneDate?: string | null;
  /** Planned and actual dates, each a day or a month ('YYYY-MM', see latestDay). */
  milestones: { plannedDate: string | null; actualDate: string | null }[];
}

/** Days a 督办 item may stay overdue before it is escalated (升级督办) to the district's leaders. */
export const ESCALATE_AFTER_DAYS = 30;

/**
 * The 督办 flag of a work item as of `asOf` ('YYYY-MM-DD', normally the selected period's last
 * day), or null (no flag). Dates compare as calendar days; the first rule that holds wins:
 * - red 红: overdue until 销号 — the deadline is before asOf and the item is not closed, and not
 *   done by its deadline (done with no known date counts as done in time);
 * - yellow 黄: a milestone behind plan — planned on or before asOf and not done by asOf (a month
 *   counts as its last day, see milestoneState);
 * - blue 蓝: the deadline falls within the next 7 days (asOf ≤ deadline ≤ asOf + 7).
 * Closed (已销号) and done items carry yellow and blue no longer. Unreadable dates are ignored.
 */
export function superviseFlag(item: SupervisedItem, asOf: string): SuperviseFlag | null {
  const today = datePart(asOf);
  const deadline = datePart(item.deadline);
  if (today === null || item.status === 'closed') return null;
  const done = item.status === 'done';
  const doneDate = datePart(item.doneDate ?? null);
  if (deadline !== null && deadline < today && (!done || (doneDate !== null && doneDate > deadline))) return 'red';
  if (done) return null;
  if (item.milestones.some((m) => milestoneState(m.plannedDate, m.actualDate, today) === 'behind')) return 'yellow';
  if (deadline !== null && deadline >= today && deadline <= addDays(today, 7)) return 'blue';
  return null;
}

/** Days past the deadline as of `asOf` (0 when not past, or unreadable). */
export function daysOverdue(deadline: string, asOf: string): number {
  const d = latestDay(datePart(deadline));
  const today = datePart(asOf);
  if (d === null || today === null) return 0;
  return Math.max(0, daysBetween(d, today));
}

/** Work items by status (未启动 / 推进中 / 已完成 / 已销号) and by 督办 flag as of `asOf`. */
export function superviseCounts(items: SupervisedItem[], asOf: string) {
  const byStatus: Record<WorkItemStatusKey, number> = { not_started: 0, in_progress: 0, done: 0, closed: 0 };
  const byFlag: Record<SuperviseFlag, number> = { red: 0, yellow: 0, blue: 0 };
  for (const item of items) {
    byStatus[item.status] += 1;
    const flag = superviseFlag(item, asOf);
    if (flag) byFlag[flag] += 1;
  }
  return { total: items.length, byStatus, byFlag };
}

export interface EscalationEntry<T> {
  item: T;
  flag: 'red' | 'yellow';
  /** Days past the deadline (red), 0 for yellow. */
  daysOverdue: number;
  /** Red for at least ESCALATE_AFTER_DAYS days: 升级督办. */
  escalated: boolean;
}

/**
 * The 督办 list of the period: red items (overdue, until 销号) then yellow ones (a milestone behind
 * plan). Red items are ordered by days overdue, most first; yellow ones by deadline, nearest first;
 * ties keep input order. Blue and unflagged items are not listed.
 */
export function escalationList<T extends SupervisedItem>(items: T[], asOf: string): EscalationEntry<T>[] {
  const listed: (EscalationEntry<T> & { index: number })[] = [];
  items.forEach((item, index) => {
    const flag = superviseFlag(item, asOf);
    if (flag !== 'red' && flag !== 'yellow') return;
    const days = flag === 'red' ? daysOverdue(item.deadline, asOf) : 0;
    listed.push({ item, flag, daysOverdue: days, escalated: flag === 'red' && days >= ESCALATE_AFTER_DAYS, index });
  });
  listed.sort((a, b) => {
    if (a.flag !== b.flag) return a.flag === 'red' ? -1 : 1;
    if (a.flag === 'red') return b.daysOverdue - a.daysOverdue || a.index - b.index;
    return a.item.deadline.localeCompare(b.item.deadline) || a.index - b.index;
  });
  return listed.map(({ index: _index, ...e }) => e);
}
