import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod, periodEndDate, periodKey, periodsOfYearUpTo, previousPeriod, shiftPeriod, timeProgress } from './period';

describe('parsePeriod', () => {
  it('accepts YYYY-MM in 2000..2100', () => {
    expect(parsePeriod('2020-09')).toEqual({ year: 2020, month: 9 });
    expect(parsePeriod('2000-01')).toEqual({ year: 2000, month: 1 });
    expect(parsePeriod('2100-12')).toEqual({ year: 2100, month: 12 });
  });
  it.each(['2020-9', '2020-13', '2020-00', '1999-12', '2101-01', ' 2020-09', '2020-09 ', '2020/09', '', '2020-09-01'])('rejects %j', (s) =>
    expect(parsePeriod(s)).toBeNull(),
  );
});

describe('period arithmetic', () => {
  it('formats and normalises keys', () => {
    expect(periodKey(2020, 9)).toBe('2020-09');
    expect(periodKey(2020, 13)).toBe('2021-01');
    expect(periodKey(2020, 0)).toBe('2019-12');
    expect(periodKey(2020, -12)).toBe('2018-12');
    expect(() => periodKey(2020, 1.5)).toThrow(RangeError);
  });
  it('shifts across years both ways', () => {
    expect(shiftPeriod('2020-01', -1)).toBe('2019-12');
    expect(shiftPeriod('2020-11', 3)).toBe('2021-02');
    expect(shiftPeriod('2020-05', -29)).toBe('2017-12');
    expect(shiftPeriod('2020-05', 0)).toBe('2020-05');
    expect(previousPeriod('2021-01')).toBe('2020-12');
    expect(() => shiftPeriod('bad', 1)).toThrow(RangeError);
  });
  it('shift is invertible', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -600, max: 600 }), (y, m, k) => {
        const p = periodKey(y, m);
        const q = shiftPeriod(p, k);
        if (parsePeriod(q)) expect(shiftPeriod(q, -k)).toBe(p);
      }),
    );
  });
  it('lists the year up to a period', () => {
    expect(periodsOfYearUpTo('2020-03')).toEqual(['2020-01', '2020-02', '2020-03']);
    expect(periodsOfYearUpTo('2020-01')).toEqual(['2020-01']);
    expect(periodsOfYearUpTo('2020-12')).toHaveLength(12);
  });
  it('gives the last day of the month, leap years included', () => {
    expect(periodEndDate('2020-02')).toBe('2020-02-29');
    expect(periodEndDate('2021-02')).toBe('2021-02-28');
    expect(periodEndDate('2100-02')).toBe('2100-02-28');
    expect(periodEndDate('2000-02')).toBe('2000-02-29');
    expect(periodEndDate('2020-09')).toBe('2020-09-30');
    expect(periodEndDate('2020-12')).toBe('2020-12-31');
  });
});

describe('timeProgress', () => {
  it('month mode is month / 12', () => {
    expect(timeProgress('2020-09', 'month')).toBe(0.75);
    expect(timeProgress('2020-12', 'month')).toBe(1);
    expect(timeProgress('2020-01', 'month')).toBeCloseTo(1 / 12, 12);
  });
  it('day mode counts days elapsed at the period end', () => {
    expect(timeProgress('2020-06', 'day')).toBe(182 / 366);
    expect(timeProgress('2021-06', 'day')).toBe(181 / 365);
    expect(timeProgress('2020-12', 'day')).toBe(1);
    expect(timeProgress('2021-01', 'day')).toBe(31 / 365);
  });
  it('is in [0,1] and strictly increasing over the months of a year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom('month' as const, 'day' as const), (y, mode) => {
        let prev = 0;
        for (let m = 1; m <= 12; m++) {
          const t = timeProgress(periodKey(y, m), mode);
          expect(t).toBeGreaterThan(prev);
          expect(t).toBeLessThanOrEqual(1);
          prev = t;
        }
        expect(prev).toBe(1);
      }),
    );
  });
  it('throws on an invalid period', () => {
    expect(() => timeProgress('2020-13', 'month')).toThrow(RangeError);
  });
});
