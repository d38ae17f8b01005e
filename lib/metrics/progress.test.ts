import { describe, expect, it } from 'vitest';
import { completionVsExpected, progressStatus } from './progress';
import type { IndicatorResult } from './snapshot';

const r = (completion: number | null, expected: number | null, basis = 'completion') =>
  ({ evaluation: { basis, completion, expected } }) as unknown as IndicatorResult;

describe('completionVsExpected', () => {
  it('means over indicators with both figures, completion capped at 150 %', () => {
    expect(completionVsExpected([r(2, 0.75), r(0.5, 0.75), r(null, 0.75), r(0.9, null)])).toEqual({ completion: 1, expected: 0.75 });
  });
  it('leaves out every kind but higher-is-better cumulative (the rule of groupProgress)', () => {
    expect(completionVsExpected([r(0.5, 0.75), r(1, 0.5, 'milestone'), r(null, 0.5, 'ceiling')])).toEqual({
      completion: 0.5,
      expected: 0.75,
    });
  });
  it('is null without figures', () => {
    expect(completionVsExpected([r(null, 0.5)])).toEqual({ completion: null, expected: null });
  });
});

describe('progressStatus', () => {
  it.each([
    [0.75, 0.75, 'ahead'],
    [0.71, 0.75, 'behind'],
    [0.69, 0.75, 'lagging'],
    [null, 0.75, 'no_data'],
  ] as const)('%s vs %s → %s', (c, e, s) => expect(progressStatus(c, e, 5)).toBe(s));
});
