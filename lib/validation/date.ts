import { z } from './zod-zh';

/** True when `s` is `YYYY-MM-DD` and that day exists (no 2020-02-31, no month 13). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `s` is `YYYY-MM-DDTHH:mm` (a datetime-local value) on an existing day and time. */
export function isLocalDateTime(s: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(s);
  return Boolean(m && isCalendarDate(m[1]!) && Number(m[2]) <= 23 && Number(m[3]) <= 59);
}

/** A real calendar date `YYYY-MM-DD`; `label` names the field in the messages. */
export function calendarDate(label: string) {
  return z
    .string({ message: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 2020-10-09`)
    .refine(isCalendarDate, `日期不存在：${label}应为真实存在的日期（如 2020-10-09），请检查月份和日期`);
}

/** A Beijing-time `YYYY-MM-DDTHH:mm` on an existing day. */
export function localDateTime(label: string) {
  return z
    .string({ message: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `请填写${label}的日期和时间，例如 2020-11-05T17:00`)
    .refine(isLocalDateTime, `日期不存在：${label}应为真实存在的日期和时间（如 2020-11-05T17:00），请检查`);
}
