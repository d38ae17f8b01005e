import { describe, expect, it } from 'vitest';
import { isLate, onTimeRate, parseInstant } from './timeliness';

describe('isLate', () => {
  it('compares instants, not strings', () => {
    expect(isLate('2020-10-05T15:30:00Z', '2020-10-06T00:00:00+08:00')).toBe(false);
    expect(isLate('2020-10-05T16:00:01Z', '2020-10-06T00:00:00+08:00')).toBe(true);
    expect(isLate('2020-10-06T00:00:00+08:00', '2020-10-06T00:00:00+08:00')).toBe(false);
  });
  it('a date-only deadline covers its whole day (UTC+08:00)', () => {
    expect(isLate('2020-10-05T23:59:59+08:00', '2020-10-05')).toBe(false);
    expect(isLate('2020-10-05T16:00:00Z', '2020-10-05')).toBe(true);
    expect(isLate('2020-10-05T12:00:00', '2020-10-05')).toBe(false);
  });
  it('unreadable input is not judged late', () => {
    expect(isLate('yesterday', '2020-10-05')).toBe(false);
    expect(isLate('2020-10-09', 'soon')).toBe(false);
    expect(parseInstant('Oct 5 2020')).toBeNull();
  });
});

describe('onTimeRate', () => {
  const deadline = '2020-10-05T23:59:59+08:00';
  it('fraction of due entries submitted by their deadline; unsubmitted count as late', () => {
    expect(
      onTimeRate([
        { submittedAt: '2020-10-03T09:00:00+08:00', deadline },
        { submittedAt: '2020-10-06T09:00:00+08:00', deadline },
        { submittedAt: null, deadline },
        { submittedAt: '2020-10-05T15:59:59Z', deadline },
      ]),
    ).toBe(0.5);
  });
  it('null when none due', () => {
    expect(onTimeRate([])).toBeNull();
    expect(onTimeRate([{ submittedAt: null, deadline: 'n/a' }])).toBeNull();
    expect(onTimeRate([{ submittedAt: null, deadline }], '2020-10-01')).toBeNull();
  });
  it('asOf excludes deadlines not yet passed', () => {
    const entries = [
      { submittedAt: '2020-09-04', deadline: '2020-09-05' },
      { submittedAt: null, deadline: '2020-10-05' },
    ];
    expect(onTimeRate(entries)).toBe(0.5);
    expect(onTimeRate(entries, '2020-10-01T12:00:00+08:00')).toBe(1);
  });
});
