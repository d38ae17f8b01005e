/**
 * Periods opened by schedule: a campaign whose settings hold `periodSchedule` opens each month's
 * reporting round by itself on the first day of that month (北京时间 00:00), with the product's
 * deadline rule — the 5th of the next month, 17:00 北京时间 (December: 5 January of the next year).
 * No cron: the due rounds are computed from the clock whenever the campaign is read, and the rounds
 * not yet stored are created then (db/mutations/period-schedule.ts). Pure.
 */
import { periodKey, shiftPeriod } from '@/lib/metrics/period';

export interface PeriodSchedule {
  /** Day of the next month on which the round closes (1–28), at 17:00 北京时间. */
  deadlineDay: number;
}

/** The schedule a copied year gets: rounds open on the 1st, close on the 5th of the next month. */
export const DEFAULT_PERIOD_SCHEDULE: PeriodSchedule = Object.freeze({ deadlineDay: 5 });

/** The schedule stored in campaign settings (`settings.periodSchedule`), or null: rounds are opened by hand. */
export function readPeriodSchedule(settings: unknown): PeriodSchedule | null {
  if (typeof settings !== 'object' || settings === null) return null;
  const raw = (settings as Record<string, unknown>).periodSchedule;
  if (typeof raw !== 'object' || raw === null) return null;
  const day = (raw as Record<string, unknown>).deadlineDay;
  return { deadlineDay: Number.isInteger(day) && (day as number) >= 1 && (day as number) <= 28 ? (day as number) : 5 };
}

/** The UTC instant of `YYYY-MM-DD HH:mm` 北京时间. */
function beijing(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00+08:00`);
}

export interface ScheduledRound {
  period: string;
  /** UTC ISO instant after which a submission is late. */
  deadline: string;
}

/** The round of `period` under `schedule`: when it opens (ms) and its deadline. */
export function scheduledRound(period: string, schedule: PeriodSchedule): ScheduledRound & { opensAt: number } {
  const next = shiftPeriod(period, 1);
  const day = String(schedule.deadlineDay).padStart(2, '0');
  return { period, opensAt: beijing(`${period}-01`, '00:00'), deadline: new Date(beijing(`${next}-${day}`, '17:00')).toISOString() };
}

/**
 * The rounds of `year` due to be open at `now` under `schedule` (every month whose first day has
 * begun, 北京时间), oldest first, leaving out those already `opened` (opened by hand or before).
 */
export function dueRounds(year: number, schedule: PeriodSchedule, now: Date, opened: ReadonlySet<string>): ScheduledRound[] {
  const out: ScheduledRound[] = [];
  for (let m = 1; m <= 12; m++) {
    const r = scheduledRound(periodKey(year, m), schedule);
    if (r.opensAt > now.getTime()) break;
    if (!opened.has(r.period)) out.push({ period: r.period, deadline: r.deadline });
  }
  return out;
}
