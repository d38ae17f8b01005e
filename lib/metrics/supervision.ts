/** 督办 flags of work items (三色督办单), relative to the selected period — a scheme apart from indicator statuses. */

import { datePart } from './evaluate-milestone';

export type SuperviseFlag = 'red' | 'yellow' | 'blue';

export interface SupervisedItem {
  /** 'YYYY-MM-DD' (or an ISO string; its date is read). */
  deadline: string;
  status: 'not_started' | 'in_progress' | 'done' | 'closed';
  /** When it was done, if known ('YYYY-MM-DD'). */
  doneDate?: string | null;
  milestones: { plannedDate: string | null; actualDate: string | null }[];
}

/** 'YYYY-MM-DD' + n days. */
function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/**
 * The 督办 flag of a work item as of `asOf` ('YYYY-MM-DD', normally the selected period's last
 * day), or null (no flag). Dates compare as calendar days; the first rule that holds wins:
 * - red 红: overdue until 销号 — the deadline is before asOf and the item is not closed, and not
 *   done by its deadline (done with no known date counts as done in time);
 * - yellow 黄: a milestone behind plan — planned on or before asOf and not done by asOf;
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
  const behind = item.milestones.some((m) => {
    const planned = datePart(m.plannedDate);
    const actual = datePart(m.actualDate);
    return planned !== null && planned <= today && (actual === null || actual > today);
  });
  if (behind) return 'yellow';
  if (deadline !== null && deadline >= today && deadline <= addDays(today, 7)) return 'blue';
  return null;
}
