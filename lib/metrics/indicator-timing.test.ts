import { describe, expect, it } from 'vitest';
import { effectivePeriodOf, evaluateIndicator } from './indicator';
import { emptyEvaluation } from './indicator-types';
import { DEFAULT_SETTINGS as S } from './settings';
import { makeInput, vals } from './test-fixtures';

describe('lagged indicators 错月', () => {
  const input = makeInput({ lagMonths: 1, values: vals({ '2020-08': 800, '2020-09': 5 }) });
  it('are judged on period − lag with that period’s time progress', () => {
    const e = evaluateIndicator(input, '2020-09', S);
    expect(e.period).toBe('2020-09');
    expect(e.effectivePeriod).toBe('2020-08');
    expect(e.actual).toBe(800);
    expect(e.expected).toBeCloseTo(8 / 12, 12);
    expect(e.projection).toBe(1200);
    expect(e.status).toBe('ahead');
  });
  it('are not due in January when the lag reaches into last year', () => {
    const e = evaluateIndicator(makeInput({ lagMonths: 1, values: vals({ '2019-12': 1200 }) }), '2020-01', S);
    expect(e).toEqual(emptyEvaluation(makeInput(), '2020-01', null, 'not_due', null));
    expect(e).toMatchObject({ effectivePeriod: null, status: 'not_due', score: null, actual: null, expected: null });
  });
  it('sanitises odd lags (negative ⇒ 0, fractional ⇒ floored)', () => {
    expect(effectivePeriodOf({ lagMonths: -3, combinedJanFeb: false }, '2020-05')).toBe('2020-05');
    expect(effectivePeriodOf({ lagMonths: 2.9, combinedJanFeb: false }, '2020-05')).toBe('2020-03');
    expect(effectivePeriodOf({ lagMonths: Number.NaN, combinedJanFeb: false }, '2020-05')).toBe('2020-05');
    expect(effectivePeriodOf({ lagMonths: 1e9, combinedJanFeb: false }, '2020-05')).toBeNull();
  });
});

describe('1—2月 combined', () => {
  const input = makeInput({ combinedJanFeb: true, values: vals({ '2020-02': 250 }) });
  it('January is not due (a missing January is not no_data)', () => {
    const e = evaluateIndicator(input, '2020-01', S);
    expect(e.status).toBe('not_due');
    expect(e.score).toBeNull();
    expect(e.effectivePeriod).toBeNull();
  });
  it('February is judged on the combined value', () => {
    const e = evaluateIndicator(input, '2020-02', S);
    expect(e.effectivePeriod).toBe('2020-02');
    expect(e.expected).toBeCloseTo(2 / 12, 12);
    expect(e.status).toBe('ahead');
    expect(e.projection).toBe(1500);
  });
  it('without the flag a missing January is no_data', () => {
    expect(evaluateIndicator(makeInput(), '2020-01', S).status).toBe('no_data');
  });
  it('combined with a lag: February is not due, March judges February', () => {
    const lagged = makeInput({ combinedJanFeb: true, lagMonths: 1, values: vals({ '2020-02': 250 }) });
    expect(evaluateIndicator(lagged, '2020-02', S).status).toBe('not_due');
    expect(evaluateIndicator(lagged, '2020-03', S).effectivePeriod).toBe('2020-02');
  });
});

describe('invalid input', () => {
  it('throws RangeError on an invalid period', () => {
    expect(() => evaluateIndicator(makeInput(), '2020-9', S)).toThrow(RangeError);
  });
  it('repairs invalid settings instead of producing NaN', () => {
    const broken = { ...S, scoreRules: { ...S.scoreRules, cumulativeCap: Number.NaN }, tolerancePp: Number.NaN };
    const e = evaluateIndicator(makeInput({ values: vals({ '2020-09': 5000 }) }), '2020-09', broken);
    expect(e.score).toBe(120);
  });
});
