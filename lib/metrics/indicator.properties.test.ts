import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanCompletion, weightedScore } from './aggregate';
import { evaluateIndicator } from './indicator';
import type { IndicatorEvaluation } from './indicator-types';
import { parseSettings } from './settings';
import { indicatorGap } from './gap';
import { groupProgress } from './group';
import { progressFigure, yearEndOutlook } from './outlook';
import { expectAllFinite, inputArb, period2020, settingsArb } from './test-arbitraries';
import { trendLines } from './trend';
import { makeInput } from './test-fixtures';

const NUMERIC: (keyof IndicatorEvaluation)[] = [
  'target',
  'expectedValue',
  'ceilingUse',
  'expected',
  'actual',
  'completion',
  'gapPp',
  'score',
  'projection',
  'projectionCompletion',
  'requiredMonthly',
];

describe('evaluateIndicator properties', () => {
  it('never returns NaN or ±Infinity; score null only when not_due; score within [0, 100 × cap]', () => {
    fc.assert(
      fc.property(inputArb, period2020, settingsArb, (input, period, settings) => {
        const e = evaluateIndicator(input, period, settings);
        for (const key of NUMERIC) {
          const v = e[key];
          if (v !== null) expect(Number.isFinite(v), `${key}=${String(v)}`).toBe(true);
        }
        expect(e.score === null).toBe(e.status === 'not_due');
        if (e.score !== null) {
          expect(e.score).toBeGreaterThanOrEqual(0);
          expect(e.score).toBeLessThanOrEqual(100 * settings.scoreRules.cumulativeCap + 1e-9);
        }
        if (e.status === 'no_data') expect(e.score).toBe(0);
        const agg = weightedScore([{ score: e.score, weight: 1 }]);
        expect(agg === null || Number.isFinite(agg)).toBe(true);
        const mc = meanCompletion([e]);
        expect(mc === null || Number.isFinite(mc)).toBe(true);
        const derived = [
          indicatorGap(e),
          progressFigure(e),
          yearEndOutlook(e),
          groupProgress([e], settings.tolerancePp),
          trendLines(input, e, settings),
        ];
        expectAllFinite(derived);
      }),
      { numRuns: 2000 },
    );
  });

  it('completion, projection completion and score are monotonic in actual', () => {
    const realistic = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(
        fc.constantFrom('higher' as const, 'lower' as const),
        fc.oneof(realistic, fc.constantFrom(0, 1, -1)),
        realistic,
        realistic,
        (direction, annualTarget, x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const ev = (value: number) =>
            evaluateIndicator(makeInput({ direction, annualTarget, values: [{ period: '2020-06', value }] }), '2020-06', parseSettings({}));
          const a = ev(lo);
          const b = ev(hi);
          const pairs: [number | null, number | null][] = [
            [a.completion, b.completion],
            [a.projectionCompletion, b.projectionCompletion],
            [a.score, b.score],
          ];
          for (const [p, q] of pairs) {
            if (p === null || q === null) continue;
            if (direction === 'higher') expect(q).toBeGreaterThanOrEqual(p);
            else expect(q).toBeLessThanOrEqual(p);
          }
          if (annualTarget >= 1 && direction === 'higher') expect(a.completion).not.toBeNull();
          if (direction === 'lower') expect([a.completion, b.completion, a.projectionCompletion]).toEqual([null, null, null]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('level score is non-increasing in the shortfall and within [0, 100]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (target, x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const ev = (value: number) =>
            evaluateIndicator(
              makeInput({ kind: 'level', unit: '%', annualTarget: target, values: [{ period: '2020-06', value }] }),
              '2020-06',
              parseSettings({}),
            );
          const a = ev(lo).score ?? -1;
          const b = ev(hi).score ?? -1;
          expect(b).toBeGreaterThanOrEqual(a);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});
