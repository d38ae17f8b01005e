import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionScore, countStatuses, meanCompletion, taskForceScore, unitScore, weightedScore } from './aggregate';
import { emptyEvaluation, type IndicatorEvaluation } from './indicator-types';
import { round1 } from './numbers';

const withCompletion = (completion: number | null): IndicatorEvaluation => ({
  ...emptyEvaluation({ kind: 'cumulative', direction: 'higher', unit: '万元' }, '2020-09', '2020-09', 'ahead', 100),
  completion,
});

describe('weightedScore', () => {
  it('is the weighted mean rounded to 0.1', () => {
    expect(
      weightedScore([
        { score: 100, weight: 2 },
        { score: 70, weight: 1 },
      ]),
    ).toBe(90);
    expect(
      weightedScore([
        { score: 100, weight: 1 },
        { score: 90, weight: 1 },
        { score: 90, weight: 1 },
      ]),
    ).toBe(93.3);
    expect(weightedScore([{ score: 83.25, weight: 1 }])).toBe(83.3);
  });
  it('skips null scores and non-positive or non-finite weights; null if none', () => {
    expect(
      weightedScore([
        { score: null, weight: 1 },
        { score: 80, weight: 1 },
      ]),
    ).toBe(80);
    expect(
      weightedScore([
        { score: 10, weight: 0 },
        { score: 50, weight: -1 },
        { score: 80, weight: 1 },
      ]),
    ).toBe(80);
    expect(weightedScore([{ score: 10, weight: Number.NaN }])).toBeNull();
    expect(weightedScore([{ score: null, weight: 1 }])).toBeNull();
    expect(weightedScore([])).toBeNull();
  });
  it('no_data counts as 0 (it is a score, not a null)', () => {
    expect(
      weightedScore([
        { score: 0, weight: 1 },
        { score: 100, weight: 1 },
      ]),
    ).toBe(50);
  });
  it('survives huge weights', () => {
    expect(
      weightedScore([
        { score: 100, weight: 1e308 },
        { score: 50, weight: 1e308 },
      ]),
    ).toBe(75);
  });
  it('wrappers', () => {
    expect(
      taskForceScore([
        { score: 60, weight: 3 },
        { score: 100, weight: 1 },
      ]),
    ).toBe(70);
    expect(unitScore([{ score: 60, weight: 1 }])).toBe(60);
    expect(competitionScore([80, null, 91])).toBe(85.5);
    expect(competitionScore([null])).toBeNull();
  });
});

describe('countStatuses', () => {
  it('counts every status, zeros included', () => {
    expect(countStatuses(['ahead', 'ahead', 'lagging', 'not_due'])).toEqual({
      ahead: 2,
      behind: 0,
      lagging: 1,
      no_data: 0,
      done: 0,
      overdue: 0,
      not_due: 1,
    });
  });
});

describe('meanCompletion', () => {
  it('averages non-null completions capped at 1.5', () => {
    expect(meanCompletion([withCompletion(0.5), withCompletion(3), withCompletion(null)])).toBe(1);
    expect(meanCompletion([withCompletion(null)])).toBeNull();
    expect(meanCompletion([])).toBeNull();
  });
});

describe('weightedScore properties', () => {
  const weightArb = fc.oneof(fc.double(), fc.integer({ min: -1, max: 5 }), fc.constantFrom(5e-324, 1e308));
  it('is finite or null for any input, null exactly when nothing counts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })), weight: weightArb }), {
          maxLength: 12,
        }),
        (items) => {
          const r = weightedScore(items);
          const counts = items.some((i) => i.score !== null && Number.isFinite(i.weight) && i.weight > 0);
          expect(r === null).toBe(!counts);
          if (r !== null) expect(Number.isFinite(r)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('lies within the (rounded) range of the counted scores', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.option(fc.double({ min: -1000, max: 1000, noNaN: true })), weight: weightArb }), { maxLength: 12 }),
        (items) => {
          const r = weightedScore(items);
          const counted = items.filter((i) => i.score !== null && Number.isFinite(i.weight) && i.weight > 0).map((i) => i.score ?? 0);
          if (r === null) return;
          expect(r).toBeGreaterThanOrEqual(round1(Math.min(...counted)) - 1e-9);
          expect(r).toBeLessThanOrEqual(round1(Math.max(...counted)) + 1e-9);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
