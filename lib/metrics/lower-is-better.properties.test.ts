import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorGap } from './gap';
import { groupProgress } from './group';
import { evaluateIndicator } from './indicator';
import type { IndicatorEvaluation, Status } from './indicator-types';
import { periodKey } from './period';
import { countyRank } from './ranking';
import { parseSettings } from './settings';
import { computeSnapshot, type SnapshotInput } from './snapshot';
import { expectAllFinite, inputArb, settingsArb } from './test-arbitraries';
import { makeInput } from './test-fixtures';

/** Higher = worse. */
const SEVERITY: Partial<Record<Status, number>> = { ahead: 0, behind: 1, lagging: 2 };

const occurrences = fc.integer({ min: 0, max: 500 });
const ceilingArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 }), fc.double({ min: 0.5, max: 1e6, noNaN: true }));
const monthArb = fc.integer({ min: 1, max: 12 });

describe('more occurrences never help a lower-is-better indicator', () => {
  it('ceilings: score never rises, status never improves, no completion, 控制线使用 never falls', () => {
    fc.assert(
      fc.property(
        ceilingArb,
        fc.option(fc.double({ min: 0, max: 1e6, noNaN: true })),
        monthArb,
        occurrences,
        occurrences,
        settingsArb,
        (ceiling, phased, month, x, y, settings) => {
          const period = periodKey(2020, month);
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const ev = (value: number) =>
            evaluateIndicator(
              makeInput({
                direction: 'lower',
                unit: '起',
                annualTarget: ceiling,
                phasedTargets: phased === null ? [] : [{ period, target: phased }],
                values: [{ period, value }],
              }),
              period,
              settings,
            );
          const a = ev(lo);
          const b = ev(hi);
          expect(b.score!).toBeLessThanOrEqual(a.score!);
          expect(SEVERITY[b.status]!).toBeGreaterThanOrEqual(SEVERITY[a.status]!);
          expect([a.completion, b.completion, a.projectionCompletion, b.projectionCompletion]).toEqual([null, null, null, null]);
          if (a.ceilingUse !== null && b.ceilingUse !== null) expect(b.ceilingUse).toBeGreaterThanOrEqual(a.ceilingUse);
          if (indicatorGap(b)?.met) expect(indicatorGap(a)?.met).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('lower-is-better levels: a higher rate never scores more', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        (target, x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const ev = (value: number) =>
            evaluateIndicator(
              makeInput({ kind: 'level', direction: 'lower', unit: '%', annualTarget: target, values: [{ period: '2020-09', value }] }),
              '2020-09',
              parseSettings({}),
            );
          expect(ev(hi).score!).toBeLessThanOrEqual(ev(lo).score!);
        },
      ),
    );
  });

  it('county rank: a higher value never improves the district’s rank on a lower-is-better indicator', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 5, maxLength: 5 }), occurrences, occurrences, (others, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const values = (home: number) => [
          { regionCode: 'home', value: home },
          ...others.map((value, i) => ({ regionCode: `c${i}`, value })),
        ];
        expect(countyRank(values(hi), 'home', 'lower')!).toBeGreaterThanOrEqual(countyRank(values(lo), 'home', 'lower')!);
      }),
    );
  });

  it('internal rank: more accidents never raise a task force’s score or rank, nor its group completion', () => {
    fc.assert(
      fc.property(occurrences, occurrences, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 100, max: 1200 }), (x, y, rival, invest) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const snap = (accidents: number) => computeSnapshot(twoTaskForces(accidents, rival, invest));
        const a = snap(lo).taskForces[0]!;
        const b = snap(hi).taskForces[0]!;
        expect(b.score!).toBeLessThanOrEqual(a.score!);
        expect(b.rank!).toBeGreaterThanOrEqual(a.rank!);
        expect(b.progress).toEqual(a.progress); // the ceiling never enters the mean completion
        expect(b.completion).toBe(invest / 1200);
      }),
      { numRuns: 300 },
    );
  });
});

/** Task forces 1 and 2, each with a ceiling (12起) and an investment indicator (1200万元), June. */
function twoTaskForces(accidents: number, rivalAccidents: number, invest: number): SnapshotInput {
  const ind = (id: number, taskForceId: number, direction: 'higher' | 'lower') => ({
    id,
    taskForceId,
    responsibleUnitId: null,
    weight: 1,
    hasCountyComparison: false,
    input: {
      kind: 'cumulative' as const,
      direction,
      unit: direction === 'lower' ? '起' : '万元',
      annualTarget: direction === 'lower' ? 12 : 1200,
      targetRank: null,
      lagMonths: 0,
      combinedJanFeb: false,
      phasedTargets: [],
    },
  });
  const approved = (indicatorId: number, value: number) => ({ indicatorId, period: '2020-06', value, status: 'approved' });
  return {
    period: '2020-06',
    settings: parseSettings({}),
    homeRegionCode: '330802',
    competitions: [{ id: 1 }],
    taskForces: [
      { id: 1, competitionId: 1 },
      { id: 2, competitionId: 1 },
    ],
    units: [],
    indicators: [ind(1, 1, 'lower'), ind(2, 1, 'higher'), ind(3, 2, 'lower'), ind(4, 2, 'higher')],
    entries: [approved(1, accidents), approved(2, invest), approved(3, rivalAccidents), approved(4, 600)],
    countyValues: [],
  };
}

describe('group completions ignore every kind but higher-is-better cumulative', () => {
  const evalArb = fc.tuple(inputArb, monthArb, settingsArb).map(([input, m, s]) => evaluateIndicator(input, periodKey(2020, m), s));
  it('adding ceilings, levels, ranks or milestones never changes the mean completion or its line', () => {
    fc.assert(
      fc.property(fc.array(evalArb, { maxLength: 8 }), fc.array(evalArb, { maxLength: 8 }), (mixed, extra) => {
        const higher = mixed.filter((e) => e.basis === 'completion');
        const others = extra.filter((e) => e.basis !== 'completion');
        const base = groupProgress(higher, 5);
        const withOthers = groupProgress([...higher, ...others], 5);
        expect(withOthers).toEqual(base);
        expectAllFinite(withOthers);
      }),
      { numRuns: 500 },
    );
  });
  it('the mean counts only indicators of basis completion with a completion and an expected line', () => {
    fc.assert(
      fc.property(fc.array(evalArb, { maxLength: 10 }), (evals: IndicatorEvaluation[]) => {
        const p = groupProgress(evals, 5);
        const used = evals.filter((e) => e.basis === 'completion' && e.completion !== null && e.expected !== null);
        expect(p.count).toBe(used.length);
        expect(p.eligible).toBe(evals.filter((e) => e.basis === 'completion').length);
        if (used.length === 0) expect(p.completion).toBeNull();
      }),
    );
  });
});
