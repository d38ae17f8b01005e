import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from './indicator';
import { DEFAULT_SETTINGS, parseSettings } from './settings';
import { makeInput, vals } from './test-fixtures';

const S = DEFAULT_SETTINGS;

describe('cumulative, higher is better', () => {
  it('ahead of time progress (2020-09 → 75%)', () => {
    const e = evaluateIndicator(makeInput({ values: vals({ '2020-09': 960 }) }), '2020-09', S);
    expect(e.effectivePeriod).toBe('2020-09');
    expect(e.expected).toBe(0.75);
    expect(e.actual).toBe(960);
    expect(e.completion).toBe(0.8);
    expect(e.gapPp).toBe(5); // (960 − 900) / 1200 × 100
    expect(e.status).toBe('ahead');
    expect(e.score).toBeCloseTo(106.7, 10); // 960 / 900 = 1.0667
  });
  it('exactly on time progress is ahead despite float noise (7/12 × 1200)', () => {
    const e = evaluateIndicator(makeInput({ values: vals({ '2020-07': 700 }) }), '2020-07', S);
    expect(e.gapPp).toBe(0);
    expect(e.status).toBe('ahead');
    expect(e.score).toBe(100);
  });
  it('behind within tolerance and lagging beyond it', () => {
    const behind = evaluateIndicator(makeInput({ values: vals({ '2020-09': 840 }) }), '2020-09', S);
    expect(behind.gapPp).toBe(-5);
    expect(behind.status).toBe('behind');
    expect(behind.score).toBeCloseTo(93.3, 10);
    const lagging = evaluateIndicator(makeInput({ values: vals({ '2020-09': 839 }) }), '2020-09', S);
    expect(lagging.status).toBe('lagging');
  });
  it('caps the score at 100 × cap and clamps it at 0', () => {
    expect(evaluateIndicator(makeInput({ values: vals({ '2020-09': 5000 }) }), '2020-09', S).score).toBe(120);
    const neg = evaluateIndicator(makeInput({ values: vals({ '2020-09': -50 }) }), '2020-09', S);
    expect(neg.score).toBe(0);
    expect(neg.completion).toBeCloseTo(-50 / 1200, 12);
    const custom = parseSettings({ scoreRules: { cumulativeCap: 1 } });
    expect(evaluateIndicator(makeInput({ values: vals({ '2020-09': 5000 }) }), '2020-09', custom).score).toBe(100);
  });
  it('projection, projection completion and required monthly rate', () => {
    const e = evaluateIndicator(makeInput({ values: vals({ '2020-09': 810 }) }), '2020-09', S);
    expect(e.projection).toBe(1080); // 810 / 9 × 12
    expect(e.projectionCompletion).toBe(0.9);
    expect(e.requiredMonthly).toBe(130); // (1200 − 810) / 3
  });
  it('required monthly rate is null when met, in December, or without data', () => {
    expect(evaluateIndicator(makeInput({ values: vals({ '2020-09': 1300 }) }), '2020-09', S).requiredMonthly).toBeNull();
    expect(evaluateIndicator(makeInput({ values: vals({ '2020-12': 1000 }) }), '2020-12', S).requiredMonthly).toBeNull();
    expect(evaluateIndicator(makeInput(), '2020-09', S).requiredMonthly).toBeNull();
  });
  it('uses day-mode time progress when configured', () => {
    const e = evaluateIndicator(
      makeInput({ annualTarget: 366, values: vals({ '2020-06': 182 }) }),
      '2020-06',
      parseSettings({ timeProgressMode: 'day' }),
    );
    expect(e.expected).toBe(182 / 366);
    expect(e.gapPp).toBe(0);
    expect(e.score).toBe(100);
  });
});

describe('cumulative, zero and negative targets', () => {
  it('target 0: completion and gap null, all-or-nothing score', () => {
    const met = evaluateIndicator(makeInput({ annualTarget: 0, values: vals({ '2020-09': 3 }) }), '2020-09', S);
    expect(met).toMatchObject({ completion: null, gapPp: null, status: 'ahead', score: 100, projectionCompletion: null });
    expect(met.requiredMonthly).toBeNull();
    const missed = evaluateIndicator(makeInput({ annualTarget: 0, values: vals({ '2020-09': -3 }) }), '2020-09', S);
    expect(missed).toMatchObject({ status: 'lagging', score: 0 });
  });
  it('negative target: completion null, gap against |target|, all-or-nothing score', () => {
    // Target −1200 (e.g. reduce a loss), expected −900 at 2020-09.
    const better = evaluateIndicator(makeInput({ annualTarget: -1200, values: vals({ '2020-09': -840 }) }), '2020-09', S);
    expect(better.completion).toBeNull();
    expect(better.gapPp).toBe(5);
    expect(better.status).toBe('ahead');
    expect(better.score).toBe(100);
    const worse = evaluateIndicator(makeInput({ annualTarget: -1200, values: vals({ '2020-09': -960 }) }), '2020-09', S);
    expect(worse.gapPp).toBe(-5);
    expect(worse.status).toBe('behind');
    expect(worse.score).toBe(0);
  });
});

describe('missing data and targets', () => {
  it('missing value ⇒ no_data, score 0, expected still shown', () => {
    const e = evaluateIndicator(makeInput({ values: vals({ '2020-08': 700, '2020-09': null }) }), '2020-09', S);
    expect(e).toMatchObject({ status: 'no_data', score: 0, actual: null, completion: null, gapPp: null, projection: null });
    expect(e.expected).toBe(0.75);
  });
  it('non-finite value is treated as missing', () => {
    const e = evaluateIndicator(makeInput({ values: vals({ '2020-09': Number.NaN }) }), '2020-09', S);
    expect(e.status).toBe('no_data');
  });
  it('missing annual target ⇒ no_data but actual and projection shown', () => {
    const e = evaluateIndicator(makeInput({ annualTarget: null, values: vals({ '2020-09': 900 }) }), '2020-09', S);
    expect(e).toMatchObject({ status: 'no_data', score: 0, actual: 900, projection: 1200, completion: null });
  });
  it('last duplicate entry wins', () => {
    const e = evaluateIndicator(makeInput({ values: vals({ '2020-09': 1 }).concat({ period: '2020-09', value: 900 }) }), '2020-09', S);
    expect(e.actual).toBe(900);
  });
});

describe('phased targets', () => {
  it('override time progress for the effective period only', () => {
    const input = makeInput({ phasedTargets: [{ period: '2020-06', target: 480 }], values: vals({ '2020-06': 480, '2020-07': 650 }) });
    const june = evaluateIndicator(input, '2020-06', S);
    expect(june.expected).toBe(0.4); // not 0.5
    expect(june.gapPp).toBe(0);
    expect(june.status).toBe('ahead');
    expect(june.score).toBe(100);
    const july = evaluateIndicator(input, '2020-07', S);
    expect(july.expected).toBeCloseTo(7 / 12, 12);
    expect(july.gapPp).toBeCloseTo(-50 / 12, 9); // 650 vs 700 of 1200
    expect(july.status).toBe('behind');
  });
});
