import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanCompletion, weightedScore } from './aggregate';
import { evaluateIndicator } from './indicator';
import type { IndicatorEvaluation, IndicatorInput } from './indicator-types';
import { periodKey } from './period';
import { parseSettings, type CampaignSettings } from './settings';
import { makeInput } from './test-fixtures';

const anyDouble = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1, -1, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.integer({ min: -1000, max: 1000 }),
);
const period2020 = fc.integer({ min: 1, max: 12 }).map((m) => periodKey(2020, m));
const date2020 = fc.integer({ min: 0, max: 400 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10));

const inputArb: fc.Arbitrary<IndicatorInput> = fc.record({
  kind: fc.constantFrom('cumulative' as const, 'level' as const, 'milestone' as const, 'rank' as const),
  direction: fc.constantFrom('higher' as const, 'lower' as const),
  unit: fc.constantFrom('%', '万元', '个', '％'),
  annualTarget: fc.option(anyDouble),
  targetRank: fc.option(fc.oneof(fc.integer({ min: -2, max: 10 }), anyDouble)),
  lagMonths: fc.oneof(fc.integer({ min: -2, max: 14 }), anyDouble),
  combinedJanFeb: fc.boolean(),
  phasedTargets: fc.array(fc.record({ period: period2020, target: anyDouble }), { maxLength: 4 }),
  values: fc.array(fc.record({ period: period2020, value: fc.option(anyDouble) }), { maxLength: 14 }),
  steps: fc.option(fc.array(fc.record({ plannedDate: date2020, doneDate: fc.option(date2020) }), { maxLength: 6 }), { nil: undefined }),
});

const settingsArb: fc.Arbitrary<CampaignSettings> = fc
  .record({
    timeProgressMode: fc.constantFrom('month', 'day', 'bogus'),
    tolerancePp: anyDouble,
    levelTolerancePp: anyDouble,
    toleranceRanks: anyDouble,
    scoreRules: fc.record({
      cumulativeCap: fc.oneof(anyDouble, fc.double({ min: 1, max: 10, noNaN: true })),
      levelPenaltyPerPoint: anyDouble,
      rankPenaltyPerPlace: anyDouble,
      milestoneOnTime: anyDouble,
      milestoneLate: anyDouble,
      milestoneOverdue: anyDouble,
    }),
  })
  .map((raw) => parseSettings(raw));

const NUMERIC: (keyof IndicatorEvaluation)[] = [
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
