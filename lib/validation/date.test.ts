import { describe, expect, it } from 'vitest';
import { calendarDate, isCalendarDate, isLocalDateTime, localDateTime } from './date';

describe('calendar dates', () => {
  it('accepts existing days, leap days included', () => {
    for (const d of ['2020-02-29', '2020-12-31', '2021-01-01', '2020-10-09']) expect(isCalendarDate(d), d).toBe(true);
  });
  it('refuses days that do not exist and other shapes', () => {
    for (const d of ['2020-02-31', '2021-02-29', '2020-13-01', '2020-00-10', '2020-10-00', '2020-04-31', '2020-9-1', '20201009', ''])
      expect(isCalendarDate(d), d).toBe(false);
  });
  it('checks datetime-local values the same way', () => {
    expect(isLocalDateTime('2020-11-05T17:00')).toBe(true);
    for (const d of ['2020-02-31T17:00', '2020-11-05T24:00', '2020-11-05T17:60', '2020-11-05 17:00'])
      expect(isLocalDateTime(d), d).toBe(false);
  });
  it('the schemas answer in Chinese naming the field', () => {
    const r = calendarDate('完成日期').safeParse('2020-02-31');
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/^日期不存在：完成日期/);
    expect(calendarDate('完成日期').safeParse('31/02/2020').error!.issues[0]!.message).toBe('完成日期格式应为 2020-10-09');
    expect(localDateTime('截止时间').safeParse(undefined).error!.issues[0]!.message).toBe('请填写截止时间');
  });
});
