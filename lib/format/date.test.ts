import { describe, expect, it } from 'vitest';
import { formatBeijingTime, formatBeijingTimeShort, formatDateZh, formatPeriodRangeZh, formatPeriodZh } from './date';

describe('formatDateZh', () => {
  it('formats plain dates literally, without leading zeros', () => {
    expect(formatDateZh('2020-10-09')).toBe('2020年10月9日');
    expect(formatDateZh('2021-01-01')).toBe('2021年1月1日');
    expect(formatDateZh('2020-12-31')).toBe('2020年12月31日');
    expect(formatDateZh(' 2020-03-05 ')).toBe('2020年3月5日');
  });

  it('handles leap days', () => {
    expect(formatDateZh('2020-02-29')).toBe('2020年2月29日');
    expect(formatDateZh('2000-02-29')).toBe('2000年2月29日');
    expect(formatDateZh('2021-02-29')).toBe('—');
    expect(formatDateZh('1900-02-29')).toBe('—');
  });

  it('rejects invalid calendar dates and junk', () => {
    expect(formatDateZh('2020-13-01')).toBe('—');
    expect(formatDateZh('2020-04-31')).toBe('—');
    expect(formatDateZh('2020-00-10')).toBe('—');
    expect(formatDateZh('not a date')).toBe('—');
    expect(formatDateZh('')).toBe('—');
    expect(formatDateZh('2020/10/09')).toBe('—');
  });

  it('shows instants as their Beijing date', () => {
    expect(formatDateZh('2020-10-08T16:30:00Z')).toBe('2020年10月9日');
    expect(formatDateZh('2020-10-08T15:59:59Z')).toBe('2020年10月8日');
    expect(formatDateZh(new Date(Date.UTC(2020, 9, 8, 16, 0)))).toBe('2020年10月9日');
    expect(formatDateZh(new Date(Date.UTC(2020, 1, 28, 16, 0)))).toBe('2020年2月29日');
    expect(formatDateZh('2020-12-31T16:00:00.000Z')).toBe('2021年1月1日');
  });

  it('returns an em dash for missing or invalid input', () => {
    expect(formatDateZh(null)).toBe('—');
    expect(formatDateZh(undefined)).toBe('—');
    expect(formatDateZh(new Date(Number.NaN))).toBe('—');
  });
});

describe('formatPeriodZh', () => {
  it('formats YYYY-MM', () => {
    expect(formatPeriodZh('2020-09')).toBe('2020年9月');
    expect(formatPeriodZh('2020-10')).toBe('2020年10月');
    expect(formatPeriodZh('2021-01')).toBe('2021年1月');
    expect(formatPeriodZh('2020-9')).toBe('2020年9月');
  });

  it('rejects bad periods', () => {
    expect(formatPeriodZh('2020-13')).toBe('—');
    expect(formatPeriodZh('2020-00')).toBe('—');
    expect(formatPeriodZh('2020-09-01')).toBe('—');
    expect(formatPeriodZh('')).toBe('—');
    expect(formatPeriodZh(null)).toBe('—');
    expect(formatPeriodZh(undefined)).toBe('—');
  });
});

describe('formatPeriodRangeZh', () => {
  it('labels cumulative periods', () => {
    expect(formatPeriodRangeZh('2020-09')).toBe('1—9月');
    expect(formatPeriodRangeZh('2020-01')).toBe('1月');
    expect(formatPeriodRangeZh('2020-02')).toBe('1—2月');
    expect(formatPeriodRangeZh('2020-12')).toBe('1—12月');
  });

  it('merges January and February when combined', () => {
    expect(formatPeriodRangeZh('2020-02', true)).toBe('1—2月');
    expect(formatPeriodRangeZh('2020-01', true)).toBe('1—2月');
    expect(formatPeriodRangeZh('2020-03', true)).toBe('1—3月');
    expect(formatPeriodRangeZh('2020-01', false)).toBe('1月');
  });

  it('returns an em dash for bad periods', () => {
    expect(formatPeriodRangeZh('2020-13')).toBe('—');
    expect(formatPeriodRangeZh('garbage')).toBe('—');
  });
});

describe('formatBeijingTime', () => {
  it('adds eight hours to UTC', () => {
    expect(formatBeijingTime('2020-10-09T06:30:00Z')).toBe('2020年10月9日 14:30（北京时间）');
    expect(formatBeijingTime('2020-10-09T06:30:00.123Z')).toBe('2020年10月9日 14:30（北京时间）');
    expect(formatBeijingTime(new Date(Date.UTC(2020, 9, 9, 6, 30)))).toBe('2020年10月9日 14:30（北京时间）');
  });

  it('crosses midnight, month, year and leap day', () => {
    expect(formatBeijingTime('2020-10-08T16:30:00Z')).toBe('2020年10月9日 00:30（北京时间）');
    expect(formatBeijingTime('2020-12-31T23:59:59Z')).toBe('2021年1月1日 07:59（北京时间）');
    expect(formatBeijingTime('2020-02-28T16:05:00Z')).toBe('2020年2月29日 00:05（北京时间）');
    expect(formatBeijingTime('2021-02-28T16:05:00Z')).toBe('2021年3月1日 00:05（北京时间）');
  });

  it('honours explicit offsets and treats zone-less strings as UTC', () => {
    expect(formatBeijingTime('2020-10-09T14:30:00+08:00')).toBe('2020年10月9日 14:30（北京时间）');
    expect(formatBeijingTime('2020-10-09T01:30:00-0500')).toBe('2020年10月9日 14:30（北京时间）');
    expect(formatBeijingTime('2020-10-09 06:30:00')).toBe('2020年10月9日 14:30（北京时间）');
    expect(formatBeijingTime('2020-10-09T06:30')).toBe('2020年10月9日 14:30（北京时间）');
  });

  it('pads clock times and truncates seconds', () => {
    expect(formatBeijingTime('2020-01-01T01:05:59Z')).toBe('2020年1月1日 09:05（北京时间）');
  });

  it('returns an em dash for missing or invalid input', () => {
    expect(formatBeijingTime(null)).toBe('—');
    expect(formatBeijingTime(undefined)).toBe('—');
    expect(formatBeijingTime('')).toBe('—');
    expect(formatBeijingTime('yesterday')).toBe('—');
    expect(formatBeijingTime('2020-10-09T25:00:00Z')).toBe('—');
    expect(formatBeijingTime('2021-02-29T00:00:00Z')).toBe('—');
    expect(formatBeijingTime(new Date('invalid'))).toBe('—');
  });
});

describe('formatBeijingTimeShort', () => {
  it('formats month, day and time', () => {
    expect(formatBeijingTimeShort('2020-10-09T06:30:00Z')).toBe('10月9日 14:30');
    expect(formatBeijingTimeShort('2020-10-08T16:30:00Z')).toBe('10月9日 00:30');
    expect(formatBeijingTimeShort('2020-02-28T16:00:00Z')).toBe('2月29日 00:00');
  });

  it('returns an em dash for missing or invalid input', () => {
    expect(formatBeijingTimeShort(null)).toBe('—');
    expect(formatBeijingTimeShort(undefined)).toBe('—');
    expect(formatBeijingTimeShort('nope')).toBe('—');
  });
});
