import { describe, expect, it } from 'vitest';
import { catchUp, defaultTargetRank } from './catch-up';

const CODES = ['330802', '330803', '330822', '330824', '330825', '330881'] as const;
const HOME = '330802';
const six = (v: number[]) => v.map((value, i) => ({ regionCode: CODES[i]!, value }));

/** Independent rank: sort the six values best first and take the place of the first equal to `x`. */
function oracleRank(values: number[], x: number, lowerIsBetter = false): number {
  const all = [...values.slice(1), x].sort((a, b) => (lowerIsBetter ? a - b : b - a));
  return all.findIndex((v) => v === x) + 1;
}

/** Independent search: the least value (on a grid of `stepSize` from the home value) reaching rank ≤ `want`. */
function oracleValueFor(values: number[], want: number, stepSize: number, lowerIsBetter = false): number {
  for (let k = 0; k < 1e6; k++) {
    const x = Math.round((values[0]! + (lowerIsBetter ? -k : k) * stepSize) * 1000) / 1000;
    if (oracleRank(values, x, lowerIsBetter) <= want) return x;
  }
  throw new Error('not reached');
}

describe('catchUp — a county-ranked cumulative indicator (固定资产投资, September, target rank 3)', () => {
  // Home 120 is 4th: 180 first, then 150 and 150 tied second.
  const values = [120, 150, 150, 100, 180, 90];
  const r = catchUp({ values: six(values), homeRegionCode: HOME, direction: 'higher', basis: 'cumulative', month: 9, targetRank: 3 })!;

  it('ranks the district as the independent sort does', () => {
    expect(r.rank).toBe(oracleRank(values, 120));
    expect(r.rank).toBe(4);
    expect(r.total).toBe(6);
    expect(r.monthsLeft).toBe(3);
  });

  it('passing the county just above means catching both tied counties; by year end and per month', () => {
    const want = r.rank - 1;
    const needed = oracleValueFor(values, want, 1);
    expect(r.passAbove!.threshold).toBe(needed);
    expect(r.passAbove!.rank).toBe(oracleRank(values, needed));
    expect(r.passAbove!.regionCodes).toEqual(['330803', '330822']);
    // Their straight-line year end: 150 / 9 months × 12 = 200; the district must add (200 − 120) / 3 a month.
    expect(r.passAbove!.yearEnd).toBeCloseTo((150 / 9) * 12, 9);
    expect(r.passAbove!.perMonth).toBeCloseTo(((150 / 9) * 12 - 120) / 3, 9);
    expect(r.passAbove!.gapNow).toBe(30);
    expect(r.ownPerMonth).toBeCloseTo(120 / 9, 9);
  });

  it('the target rank 3 is reached at the tied value (ties share the rank)', () => {
    const needed = oracleValueFor(values, 3, 1);
    expect(r.reachTarget!.threshold).toBe(needed);
    expect(oracleRank(values, r.reachTarget!.threshold)).toBeLessThanOrEqual(3);
    expect(oracleRank(values, r.reachTarget!.threshold - 0.5)).toBeGreaterThan(3);
  });
});

describe('catchUp — a growth-rate indicator (增速 %, held to year end)', () => {
  // Home 5.2 ties with another county at 3rd.
  const values = [5.2, 6.1, 5.2, 4.8, 7.5, 3.9];
  const r = catchUp({ values: six(values), homeRegionCode: HOME, direction: 'higher', basis: 'level', month: 9, targetRank: 1 })!;

  it('a tie with the district is not "above" it', () => {
    expect(r.rank).toBe(oracleRank(values, 5.2));
    expect(r.rank).toBe(3);
    expect(r.passAbove!.regionCodes).toEqual(['330803']);
  });

  it('gives the rate to reach and the 百分点 per remaining month', () => {
    const passAt = oracleValueFor(values, r.rank - 1, 0.01);
    expect(r.passAbove!.threshold).toBeCloseTo(passAt, 9);
    expect(r.passAbove!.yearEnd).toBe(6.1);
    expect(r.passAbove!.gapNow).toBeCloseTo(0.9, 9);
    expect(r.passAbove!.perMonth).toBeCloseTo(0.3, 9);
    const firstAt = oracleValueFor(values, 1, 0.01);
    expect(r.reachTarget!.threshold).toBeCloseTo(firstAt, 9);
    expect(r.reachTarget!.rank).toBe(1);
    expect(r.reachTarget!.gapNow).toBeCloseTo(2.3, 9);
    expect(r.reachTarget!.perMonth).toBeCloseTo(2.3 / 3, 9);
    expect(r.ownPerMonth).toBeNull();
  });

  it('lower is better: the least value below the district counts as above it', () => {
    const lower = [3.0, 2.5, 2.8, 3.4, 2.8, 4.0];
    const l = catchUp({ values: six(lower), homeRegionCode: HOME, direction: 'lower', basis: 'level', month: 6, targetRank: 2 })!;
    expect(l.rank).toBe(oracleRank(lower, 3.0, true));
    expect(l.passAbove!.threshold).toBeCloseTo(oracleValueFor(lower, l.rank - 1, 0.01, true), 9);
    expect(l.passAbove!.regionCodes).toEqual(['330822', '330825']);
    expect(l.reachTarget!.threshold).toBeCloseTo(oracleValueFor(lower, 2, 0.01, true), 9);
    expect(l.passAbove!.perMonth).toBeCloseTo(0.2 / 6, 9);
  });
});

describe('catchUp — edge cases', () => {
  it('a district already first has nothing to pass and no target to reach', () => {
    const values = [8.0, 6.1, 5.2, 4.8, 7.5, 3.9];
    const r = catchUp({ values: six(values), homeRegionCode: HOME, direction: 'higher', basis: 'level', month: 9, targetRank: 2 })!;
    expect(r.rank).toBe(1);
    expect(r.passAbove).toBeNull();
    expect(r.reachTarget).toBeNull();
  });

  it('first equal with another county: nobody above', () => {
    const r = catchUp({
      values: six([7.5, 6.1, 5.2, 4.8, 7.5, 3.9]),
      homeRegionCode: HOME,
      direction: 'higher',
      basis: 'level',
      month: 9,
      targetRank: 1,
    })!;
    expect(r.rank).toBe(1);
    expect(r.passAbove).toBeNull();
    expect(r.reachTarget).toBeNull();
  });

  it('December leaves no month: per-month figures are null; a missing district gives null', () => {
    const r = catchUp({
      values: six([1, 2, 3, 4, 5, 6]),
      homeRegionCode: HOME,
      direction: 'higher',
      basis: 'cumulative',
      month: 12,
      targetRank: 2,
    })!;
    expect(r.passAbove!.perMonth).toBeNull();
    expect(r.reachTarget!.threshold).toBe(5);
    expect(
      catchUp({
        values: six([1, 2, 3, 4, 5, 6]).slice(1),
        homeRegionCode: HOME,
        direction: 'higher',
        basis: 'level',
        month: 9,
        targetRank: 1,
      }),
    ).toBeNull();
  });

  it('the default target rank is the top third', () => {
    expect(defaultTargetRank(6)).toBe(2);
    expect(defaultTargetRank(2)).toBeNull();
  });
});
