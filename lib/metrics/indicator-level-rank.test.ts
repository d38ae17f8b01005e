import { describe, expect, it } from 'vitest';
import { levelGap } from './evaluate-level';
import { evaluateIndicator } from './indicator';
import { DEFAULT_SETTINGS as S } from './settings';
import { makeInput, vals } from './test-fixtures';

const level = (annualTarget: number | null, value: number | null, extra: Parameters<typeof makeInput>[0] = {}) =>
  evaluateIndicator(makeInput({ kind: 'level', unit: '%', annualTarget, values: vals({ '2020-09': value }), ...extra }), '2020-09', S);

describe('level indicators in 百分点', () => {
  it('above target: ahead, 100, gap in points ("高于目标0.7个百分点")', () => {
    const e = level(8, 8.7);
    expect(e.gapPp).toBe(0.7);
    expect(e).toMatchObject({ status: 'ahead', score: 100, expected: null, completion: null, projection: null, requiredMonthly: null });
  });
  it('short within tolerance: behind, 10 points per point short', () => {
    const e = level(8, 7.2);
    expect(e.gapPp).toBe(-0.8);
    expect(e.status).toBe('behind');
    expect(e.score).toBe(92);
  });
  it('short beyond tolerance: lagging; score clamped at 0', () => {
    expect(level(8, 6.5)).toMatchObject({ status: 'lagging', score: 85 });
    expect(level(8, -20).score).toBe(0);
  });
  it('negative growth target works as a difference, never a ratio', () => {
    expect(level(-2, -1.5)).toMatchObject({ gapPp: 0.5, status: 'ahead', score: 100 });
    expect(level(-2, -3)).toMatchObject({ gapPp: -1, status: 'behind', score: 90 });
    expect(level(0, -0.3)).toMatchObject({ gapPp: -0.3, status: 'behind', score: 97 });
  });
  it('lower is better flips the sign', () => {
    expect(level(5, 4, { direction: 'lower' })).toMatchObject({ gapPp: 1, status: 'ahead', score: 100 });
    expect(level(5, 7, { direction: 'lower' })).toMatchObject({ gapPp: -2, status: 'lagging', score: 80 });
  });
  it('non-percent units: gap in percent of |target|', () => {
    expect(level(200, 190, { unit: '元/公斤' })).toMatchObject({ gapPp: -5, status: 'lagging', score: 50 });
    expect(level(200, 199, { unit: '个' })).toMatchObject({ gapPp: -0.5, status: 'behind', score: 95 });
    expect(levelGap(60, 36, '元/公斤', 'higher')).toBeCloseTo(66.6666667, 6);
    expect(levelGap(1, 2, '％', 'higher')).toBe(-1);
  });
  it('non-percent unit with target 0: gap null, all-or-nothing', () => {
    expect(level(0, 1, { unit: '个' })).toMatchObject({ gapPp: null, status: 'ahead', score: 100 });
    expect(level(0, -1, { unit: '个' })).toMatchObject({ gapPp: null, status: 'lagging', score: 0 });
  });
  it('phased target overrides the annual target', () => {
    expect(level(8, 7, { phasedTargets: [{ period: '2020-09', target: 6.5 }] })).toMatchObject({ gapPp: 0.5, status: 'ahead' });
  });
  it('missing value or target ⇒ no_data', () => {
    expect(level(8, null)).toMatchObject({ status: 'no_data', score: 0 });
    expect(level(null, 8)).toMatchObject({ status: 'no_data', score: 0, actual: 8 });
  });
});

describe('rank indicators', () => {
  const rank = (targetRank: number | null, value: number | null, extra: Parameters<typeof makeInput>[0] = {}) =>
    evaluateIndicator(
      makeInput({ kind: 'rank', unit: '名', annualTarget: null, targetRank, values: vals({ '2020-09': value }), ...extra }),
      '2020-09',
      S,
    );
  it('at or above the target rank is ahead', () => {
    expect(rank(3, 3)).toMatchObject({ gapPp: 0, status: 'ahead', score: 100, completion: null, expected: null });
    expect(rank(3, 1)).toMatchObject({ gapPp: 2, status: 'ahead', score: 100 });
  });
  it('one place behind is behind, more is lagging, 10 points per place', () => {
    expect(rank(3, 4)).toMatchObject({ gapPp: -1, status: 'behind', score: 90 });
    expect(rank(3, 6)).toMatchObject({ gapPp: -3, status: 'lagging', score: 70 });
    expect(rank(1, 40)).toMatchObject({ status: 'lagging', score: 0 });
  });
  it('direction is ignored (smaller rank is always better)', () => {
    expect(rank(3, 2, { direction: 'lower' })).toMatchObject({ status: 'ahead', score: 100 });
  });
  it('invalid rank values or targets ⇒ no_data', () => {
    expect(rank(3, null).status).toBe('no_data');
    expect(rank(3, 0).status).toBe('no_data');
    expect(rank(3, 2.5).status).toBe('no_data');
    expect(rank(null, 2)).toMatchObject({ status: 'no_data', score: 0, actual: 2 });
  });
  it('phased rank target overrides targetRank', () => {
    expect(rank(3, 4, { phasedTargets: [{ period: '2020-09', target: 4 }] }).status).toBe('ahead');
  });
});
