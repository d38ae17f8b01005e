/**
 * More occurrences never help a lower-is-better indicator — the cases the first property file
 * leaves open: the year-end outlook of a ceiling, a 零容忍 ceiling of 0, a 错月 ceiling judged on
 * its data month, a lower-is-better rate's status and gap, and the competition and unit scores above
 * the task force. Generators are fast-check's, seeded so a failure replays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorGap } from './gap';
import { evaluateIndicator } from './indicator';
import type { IndicatorInput, Status } from './indicator-types';
import { yearEndOutlook } from './outlook';
import { periodKey } from './period';
import { parseSettings } from './settings';
import { computeSnapshot, type SnapshotInput } from './snapshot';
import { settingsArb } from './test-arbitraries';
import { makeInput } from './test-fixtures';

const SEED = { seed: 20201009 };
/** Higher = worse. */
const SEVERITY: Partial<Record<Status, number>> = { ahead: 0, behind: 1, lagging: 2 };
const occurrences = fc.integer({ min: 0, max: 500 });
const pair = fc.tuple(occurrences, occurrences).map(([x, y]): [number, number] => (x <= y ? [x, y] : [y, x]));
const monthArb = fc.integer({ min: 1, max: 12 });

const ceiling = (annualTarget: number, period: string, value: number, extra: Partial<IndicatorInput> = {}) =>
  makeInput({ direction: 'lower', unit: '起', annualTarget, values: [{ period, value }], ...extra });

describe('a ceiling’s outlook, a 零容忍 target and a 错月 ceiling move the right way', () => {
  it('more occurrences never lower the projection, never widen the margin under the line nor the headroom', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), monthArb, pair, (target, month, [lo, hi]) => {
        const period = periodKey(2020, month);
        const out = (v: number) => yearEndOutlook(evaluateIndicator(ceiling(target, period, v), period, parseSettings({})));
        const a = out(lo);
        const b = out(hi);
        if (a?.kind !== 'ceiling' || b?.kind !== 'ceiling') throw new Error('a ceiling has a ceiling outlook');
        expect(b.projection).toBeGreaterThanOrEqual(a.projection);
        expect(b.margin).toBeLessThanOrEqual(a.margin);
        expect(b.headroom).toBeLessThanOrEqual(a.headroom);
        if (b.within) expect(a.within).toBe(true);
      }),
      { ...SEED, numRuns: 1000 },
    );
  });

  it('零容忍 (ceiling 0): met at 0 and scored 120, missed and 严重滞后 at the first occurrence', () => {
    fc.assert(
      fc.property(monthArb, fc.integer({ min: 1, max: 500 }), settingsArb, (month, n, settings) => {
        const period = periodKey(2020, month);
        const ev = (v: number) => evaluateIndicator(ceiling(0, period, v), period, settings);
        const none = ev(0);
        const some = ev(n);
        expect(indicatorGap(none)?.met).toBe(true);
        expect(indicatorGap(some)?.met).toBe(false);
        expect(some.status).toBe('lagging');
        expect(some.score!).toBeLessThan(none.score!);
        expect(some.completion).toBeNull();
      }),
      { ...SEED, numRuns: 500 },
    );
  });

  it('a 错月 ceiling is judged on its data month: more occurrences there never help', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 2, max: 12 }),
        pair,
        settingsArb,
        (target, round, [lo, hi], settings) => {
          const period = periodKey(2020, round);
          const data = periodKey(2020, round - 1);
          const ev = (v: number) => evaluateIndicator(ceiling(target, data, v, { lagMonths: 1 }), period, settings);
          const a = ev(lo);
          const b = ev(hi);
          expect(a.effectivePeriod).toBe(data);
          expect(b.score!).toBeLessThanOrEqual(a.score!);
          expect(SEVERITY[b.status]!).toBeGreaterThanOrEqual(SEVERITY[a.status]!);
          expect(b.ceilingUse!).toBeGreaterThanOrEqual(a.ceilingUse!);
        },
      ),
      { ...SEED, numRuns: 1000 },
    );
  });

  it('a lower-is-better rate: a higher rate never improves the status nor turns a miss into 达标', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        settingsArb,
        (target, x, y, settings) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const ev = (value: number) =>
            evaluateIndicator(
              makeInput({ kind: 'level', direction: 'lower', unit: '%', annualTarget: target, values: [{ period: '2020-09', value }] }),
              '2020-09',
              settings,
            );
          const a = ev(lo);
          const b = ev(hi);
          expect(SEVERITY[b.status]!).toBeGreaterThanOrEqual(SEVERITY[a.status]!);
          if (indicatorGap(b)?.met) expect(indicatorGap(a)?.met).toBe(true);
        },
      ),
      { ...SEED, numRuns: 1000 },
    );
  });
});

/** One competition of two task forces; task force 1 holds a ceiling (12起) and an investment indicator, both its unit's. */
function district(accidents: number, invest: number, month: number): SnapshotInput {
  const period = periodKey(2020, month);
  const ind = (id: number, taskForceId: number, lower: boolean) => ({
    id,
    taskForceId,
    responsibleUnitId: taskForceId,
    weight: 1,
    hasCountyComparison: false,
    input: {
      ...makeInput({ direction: lower ? 'lower' : 'higher', unit: lower ? '起' : '万元', annualTarget: lower ? 12 : 1200 }),
      values: [],
    },
  });
  const approved = (indicatorId: number, value: number) => ({ indicatorId, period, value, status: 'approved' });
  return {
    period,
    settings: parseSettings({}),
    homeRegionCode: '330802',
    competitions: [{ id: 1 }, { id: 2 }],
    taskForces: [
      { id: 1, competitionId: 1 },
      { id: 2, competitionId: 2 },
    ],
    units: [{ id: 1 }, { id: 2 }],
    indicators: [ind(1, 1, true), ind(2, 1, false), ind(3, 2, true), ind(4, 2, false)],
    entries: [approved(1, accidents), approved(2, invest), approved(3, 6), approved(4, 600)],
    countyValues: [],
  };
}

describe('above the task force', () => {
  it('more accidents never raise the competition’s or the responsible unit’s score or rank, nor the group completion', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 0, max: 1500 }), monthArb, ([lo, hi], invest, month) => {
        const a = computeSnapshot(district(lo, invest, month));
        const b = computeSnapshot(district(hi, invest, month));
        const first = <T extends { id: number }>(xs: T[]) => xs.find((x) => x.id === 1)!;
        for (const pick of [(s: typeof a) => first(s.competitions), (s: typeof a) => first(s.units)]) {
          expect(pick(b).score!).toBeLessThanOrEqual(pick(a).score!);
          expect(pick(b).rank!).toBeGreaterThanOrEqual(pick(a).rank!);
        }
        expect(first(b.competitions).progress).toEqual(first(a.competitions).progress);
      }),
      { ...SEED, numRuns: 300 },
    );
  });
});
