/**
 * Reporting periods. A period is a calendar month written 'YYYY-MM' (e.g. '2020-09').
 * Everything here is derived from the period string alone — never from the wall clock — so the
 * 2020 demo behaves the same in any year.
 */

import type { TimeProgressMode } from './settings';

export interface PeriodParts {
  year: number;
  month: number;
}

const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Strictly parses 'YYYY-MM' (month 01–12, year 2000–2100). Returns null for anything else,
 * including surrounding whitespace and single-digit months ('2020-9').
 */
export function parsePeriod(s: string): PeriodParts | null {
  if (typeof s !== 'string') return null;
  const m = PERIOD_RE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 2000 || year > 2100) return null;
  return { year, month };
}

/** Like {@link parsePeriod} but throws a RangeError naming the bad input (programmer error). */
export function requirePeriod(s: string): PeriodParts {
  const p = parsePeriod(s);
  if (!p) throw new RangeError(`Invalid period "${String(s)}", expected 'YYYY-MM' (2000-01 … 2100-12)`);
  return p;
}

/**
 * Formats a period key 'YYYY-MM'. A month outside 1..12 is normalised into the neighbouring
 * years (month 13 of 2020 → '2021-01', month 0 → '2019-12'). Year and month must be integers,
 * otherwise a RangeError is thrown. The year is not range-checked here (see {@link parsePeriod}).
 */
export function periodKey(year: number, month: number): string {
  if (!Number.isInteger(year) || !Number.isInteger(month)) {
    throw new RangeError(`periodKey needs integers, got ${year}, ${month}`);
  }
  const index = year * 12 + (month - 1);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/**
 * Shifts a period by a whole number of months (negative = back in time), crossing years:
 * shiftPeriod('2020-01', -1) === '2019-12'. Throws RangeError on an invalid period or a
 * non-integer shift. The result may lie outside 2000..2100.
 */
export function shiftPeriod(period: string, months: number): string {
  const { year, month } = requirePeriod(period);
  if (!Number.isInteger(months)) throw new RangeError(`shiftPeriod needs an integer, got ${months}`);
  return periodKey(year, month + months);
}

/** The period one month earlier ('2020-01' → '2019-12'). Throws RangeError on an invalid period. */
export function previousPeriod(period: string): string {
  return shiftPeriod(period, -1);
}

/** All periods of the period's year from January up to and including it: '2020-03' → ['2020-01', '2020-02', '2020-03']. */
export function periodsOfYearUpTo(period: string): string[] {
  const { year, month } = requirePeriod(period);
  const out: string[] = [];
  for (let m = 1; m <= month; m++) out.push(periodKey(year, m));
  return out;
}

/** Gregorian leap-year rule. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days of a month (1..12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 30;
}

/** The last calendar day of the period as 'YYYY-MM-DD' ('2020-02' → '2020-02-29'). Throws RangeError on an invalid period. */
export function periodEndDate(period: string): string {
  const { year, month } = requirePeriod(period);
  return `${periodKey(year, month)}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/**
 * Time progress 序时进度 of a period, as a fraction in [0, 1] (not a percentage, not rounded).
 * - 'month': month / 12 ('2020-09' → 0.75).
 * - 'day': day-of-year of the period's last day / days in that year
 *   ('2020-06' → 182/366 in the leap year 2020, '2021-06' → 181/365).
 * December is 1 in both modes. Throws RangeError on an invalid period.
 */
export function timeProgress(period: string, mode: TimeProgressMode): number {
  const { year, month } = requirePeriod(period);
  if (mode === 'day') {
    let day = 0;
    for (let m = 1; m <= month; m++) day += daysInMonth(year, m);
    return day / (isLeapYear(year) ? 366 : 365);
  }
  return month / 12;
}
