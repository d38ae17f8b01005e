/**
 * Dated steps of work items and projects (节点): planned and actual dates, some known to the month
 * only ('YYYY-MM', e.g. the source page's "8月" and "9月初"), judged as of a date.
 */

const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** 'YYYY-MM-DD' + n days (calendar arithmetic, UTC). */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const at = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((at(to) - at(from)) / 86_400_000);
}

/**
 * The last day a date can stand for: a day is itself, a month ('YYYY-MM') its last day; anything
 * else (blank, unreadable, an impossible day) is null. A plan known to the month is met by the end
 * of that month; a step done "in August" is certainly done by 31 August.
 */
export function latestDay(date: string | null | undefined): string | null {
  if (typeof date !== 'string') return null;
  const d = date.trim();
  if (DAY.test(d)) {
    const back = new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10);
    return back === d ? d : null;
  }
  const m = MONTH.exec(d);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).toISOString().slice(0, 10);
}

/** True when the date is known to the month only ('YYYY-MM'). */
export function isMonthOnly(date: string | null | undefined): boolean {
  return typeof date === 'string' && MONTH.test(date.trim());
}

/**
 * A step done after its plan: compared to the day when both dates are days, else to the month (a
 * step done "in August" against a plan of 15 August is not late: the page does not say).
 */
export function doneLate(actual: string, planned: string): boolean {
  if (isMonthOnly(actual) || isMonthOnly(planned)) return actual.slice(0, 7) > planned.slice(0, 7);
  return actual > planned;
}

export type MilestoneState = 'done' | 'done_late' | 'behind' | 'pending' | 'undated';

/**
 * The state of one step as of `asOf` ('YYYY-MM-DD'):
 * - done by asOf (its latest day ≤ asOf): 'done_late' when after its plan (see doneLate), else 'done';
 * - not done by asOf: 'behind' (滞后, the 黄色督办 condition) when its plan's latest day is on or
 *   before asOf; 'pending' while the plan is ahead; 'undated' without a readable plan.
 */
export function milestoneState(planned: string | null, actual: string | null, asOf: string): MilestoneState {
  const plan = latestDay(planned);
  const done = latestDay(actual);
  if (done !== null && done <= asOf) return plan !== null && doneLate(actual!.trim(), planned!.trim()) ? 'done_late' : 'done';
  if (plan === null) return 'undated';
  return plan <= asOf ? 'behind' : 'pending';
}
