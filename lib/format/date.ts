/**
 * Dates, reporting periods and Beijing-time timestamps, independent of the machine's locale and
 * time zone (no Intl, no local-time Date getters). Beijing time is UTC+8 with no DST, computed
 * by adding 8 hours to the UTC instant. Months, days and hours-of-date carry no leading zero;
 * clock times are HH:mm. Invalid or missing input → '—'.
 */
import { DASH } from './decimal';

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO-8601 / SQLite style: date, optional 'T' or ' ' time, optional fraction and zone. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const PERIOD = /^(\d{4})-(\d{1,2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Parses a Date or an ISO-8601 string into epoch milliseconds. Strings without a zone designator
 * are taken as UTC (the schema stores UTC timestamps; SQLite's CURRENT_TIMESTAMP is UTC), and a
 * bare 'YYYY-MM-DD' is UTC midnight, as in ECMAScript. Returns null when invalid.
 */
function parseInstant(input: string | Date): number | null {
  if (input instanceof Date) {
    const t = input.getTime();
    return Number.isFinite(t) ? t : null;
  }
  const m = DATE_TIME.exec(input.trim());
  if (!m) return null;
  const [, ys, mos, ds, hs, mis, ss, fs, zone] = m;
  const y = Number(ys);
  const mo = Number(mos);
  const d = Number(ds);
  const h = Number(hs ?? '0');
  const mi = Number(mis ?? '0');
  const s = Number(ss ?? '0');
  const ms = Number((fs ?? '').slice(0, 3).padEnd(3, '0'));
  if (!isValidYmd(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;

  let offsetMin = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2) || '0');
    if (oh > 23 || om > 59) return null;
    offsetMin = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  // setUTCFullYear avoids Date.UTC's 0–99 → 1900–1999 year mapping.
  const dt = new Date(0);
  dt.setUTCFullYear(y, mo - 1, d);
  dt.setUTCHours(h, mi, s, ms);
  return dt.getTime() - offsetMin * 60_000;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Beijing wall-clock fields of an epoch-millisecond instant (UTC+8, no DST). */
function beijingWallClock(t: number): WallClock {
  const b = new Date(t + BEIJING_OFFSET_MS);
  return {
    year: b.getUTCFullYear(),
    month: b.getUTCMonth() + 1,
    day: b.getUTCDate(),
    hour: b.getUTCHours(),
    minute: b.getUTCMinutes(),
  };
}

function toBeijing(input: string | Date | null | undefined): WallClock | null {
  if (input === null || input === undefined) return null;
  const t = parseInstant(input);
  return t === null ? null : beijingWallClock(t);
}

/**
 * Formats a calendar date as 'YYYY年M月D日' (no leading zeros). A plain 'YYYY-MM-DD' string is
 * taken literally, with no time-zone conversion; a Date or an ISO date-time string is an instant
 * shown as its Beijing (UTC+8) date. Invalid dates (e.g. '2021-02-29') → '—'.
 * @example formatDateZh('2020-10-09') // '2020年10月9日'
 * @example formatDateZh('2020-10-08T16:30:00Z') // '2020年10月9日'
 */
export function formatDateZh(d: string | Date | null | undefined): string {
  if (typeof d === 'string') {
    const m = DATE_ONLY.exec(d.trim());
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const day = Number(m[3]);
      return isValidYmd(y, mo, day) ? `${y}年${mo}月${day}日` : DASH;
    }
  }
  const w = toBeijing(d);
  return w ? `${w.year}年${w.month}月${w.day}日` : DASH;
}

/** Parses 'YYYY-MM' (month may also be one digit) into year and month 1–12, else null. */
function parsePeriod(period: string | null | undefined): { year: number; month: number } | null {
  if (typeof period !== 'string') return null;
  const m = PERIOD.exec(period.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/**
 * Formats a reporting period 'YYYY-MM' as 'YYYY年M月'.
 * @example formatPeriodZh('2020-09') // '2020年9月'
 */
export function formatPeriodZh(period: string | null | undefined): string {
  const p = parsePeriod(period);
  return p ? `${p.year}年${p.month}月` : DASH;
}

/**
 * Cumulative (year-to-date) label for a period 'YYYY-MM': '1月' for January, '1—M月' otherwise
 * (em dash). With `combinedJanFeb` (January and February reported together), both January and
 * February read '1—2月'.
 * @example formatPeriodRangeZh('2020-09') // '1—9月'
 * @example formatPeriodRangeZh('2020-01') // '1月'
 * @example formatPeriodRangeZh('2020-02', true) // '1—2月'
 */
export function formatPeriodRangeZh(period: string, combinedJanFeb = false): string {
  const p = parsePeriod(period);
  if (!p) return DASH;
  if (combinedJanFeb && p.month <= 2) return '1—2月';
  return p.month === 1 ? '1月' : `1—${p.month}月`;
}

/**
 * Formats an instant (ISO-8601 string, UTC if no zone given, or a Date) as Beijing time
 * 'YYYY年M月D日 HH:mm（北京时间）'. Seconds are truncated, not rounded.
 * @example formatBeijingTime('2020-10-09T06:30:00Z') // '2020年10月9日 14:30（北京时间）'
 */
export function formatBeijingTime(isoUtc: string | Date | null | undefined): string {
  const w = toBeijing(isoUtc);
  return w ? `${w.year}年${w.month}月${w.day}日 ${pad2(w.hour)}:${pad2(w.minute)}（北京时间）` : DASH;
}

/**
 * Short Beijing time 'M月D日 HH:mm' (no year, no suffix); seconds truncated.
 * @example formatBeijingTimeShort('2020-10-09T06:30:00Z') // '10月9日 14:30'
 */
export function formatBeijingTimeShort(isoUtc: string | Date | null | undefined): string {
  const w = toBeijing(isoUtc);
  return w ? `${w.month}月${w.day}日 ${pad2(w.hour)}:${pad2(w.minute)}` : DASH;
}
