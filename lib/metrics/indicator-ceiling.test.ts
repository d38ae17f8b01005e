import { describe, expect, it } from 'vitest';
import { ceilingStatus, ceilingUse } from './evaluate-ceiling';
import { indicatorGap } from './gap';
import { evaluateIndicator } from './indicator';
import { progressFigure, yearEndOutlook } from './outlook';
import { DEFAULT_SETTINGS as S } from './settings';
import { makeInput, vals } from './test-fixtures';

/*
 * Ceiling indicators (cumulative, lower is better). Expected figures worked out by hand from the
 * domain rules: line = phased ceiling, else ceiling × month/12; tolerance 5 百分点 of the ceiling;
 * score = 100 × min(line / actual, 1.2), 120 at 0.
 */

/** 生产安全事故起数 in the demo: ceiling 12起, phased 2/6/8/12 at Mar/Jun/Sep/Dec, 1起 a month. */
const accidents = makeInput({
  direction: 'lower',
  unit: '起',
  annualTarget: 12,
  phasedTargets: [
    { period: '2020-03', target: 2 },
    { period: '2020-06', target: 6 },
    { period: '2020-09', target: 8 },
    { period: '2020-12', target: 12 },
  ],
  values: vals({ '2020-08': 8, '2020-09': 9 }),
});

describe('生产安全事故起数: ceiling 12起, 9起 by September, phased ceiling 8起', () => {
  const e = evaluateIndicator(accidents, '2020-09', S);

  it('is over its line, so lagging, and never a completion of 100%', () => {
    expect(e.basis).toBe('ceiling');
    expect(e.expectedValue).toBe(8);
    expect(e.expectedSource).toBe('phased');
    expect(e.expected).toBeCloseTo(8 / 12, 12);
    // over by 1起 = 1 / 12 × 100 = 8.33 百分点 of the ceiling > 5 ⇒ 严重滞后
    expect(e.gapPp).toBeCloseTo(-8.333333333, 8);
    expect(e.status).toBe('lagging');
    expect(e.completion).toBeNull();
    expect(e.projectionCompletion).toBeNull();
  });

  it('uses 75% of its ceiling (9 / 12) and scores 100 × 8/9 = 88.9', () => {
    expect(e.ceilingUse).toBe(0.75);
    expect(e.score).toBe(88.9);
    expect(progressFigure(e)).toEqual({ kind: 'ceiling_use', use: 0.75 });
  });

  it('gap: above the 阶段控制线 by 1起', () => {
    expect(indicatorGap(e)).toMatchObject({
      line: 'ceiling_phased',
      relation: 'above',
      amount: 1,
      measure: 'unit',
      unit: '起',
      met: false,
    });
  });

  it('outlook: 9 / 9 × 12 = 12起, exactly at the 12起 ceiling, 3起 of headroom left', () => {
    expect(yearEndOutlook(e)).toEqual({ kind: 'ceiling', projection: 12, ceiling: 12, margin: 0, within: true, headroom: 3 });
  });

  it('in August it is at its 序时控制线 (12 × 8/12 = 8) and on track', () => {
    const aug = evaluateIndicator(accidents, '2020-08', S);
    expect(aug).toMatchObject({ expectedValue: 8, expectedSource: 'time_progress', status: 'ahead', score: 100, gapPp: 0 });
  });
});

describe('ceiling against the 序时控制线 and the tolerance', () => {
  // Ceiling 12, June, no phased target: line 12 × 6/12 = 6.
  const june = (actual: number) =>
    evaluateIndicator(makeInput({ direction: 'lower', unit: '起', annualTarget: 12, values: vals({ '2020-06': actual }) }), '2020-06', S);
  it('at or under the line: on track', () => {
    expect(june(6)).toMatchObject({ status: 'ahead', score: 100, gapPp: 0, ceilingUse: 0.5 });
    expect(june(4)).toMatchObject({ status: 'ahead', score: 120, gapPp: 16.666666667 }); // 6/4 = 1.5 → cap
  });
  it('over by no more than 5 百分点 of the ceiling (0.6起): 略滞后; more: 严重滞后', () => {
    expect(june(6.6)).toMatchObject({ status: 'behind', gapPp: -5 }); // 0.6 / 12 = 5 百分点
    expect(june(6.6).score).toBe(90.9); // 6 / 6.6
    expect(june(7)).toMatchObject({ status: 'lagging' }); // 1 / 12 = 8.3 百分点
  });
  it('ceilingStatus on its own', () => {
    expect(ceilingStatus(6, 6, 12, 5)).toBe('ahead');
    expect(ceilingStatus(6.6, 6, 12, 5)).toBe('behind');
    expect(ceilingStatus(6.61, 6, 12, 5)).toBe('lagging');
  });
});

describe('新增违法建筑: a ceiling of 0 (零容忍)', () => {
  const zero = (actual: number | null) =>
    evaluateIndicator(makeInput({ direction: 'lower', unit: '处', annualTarget: 0, values: vals({ '2020-09': actual }) }), '2020-09', S);
  it('is met while the actual is 0: on track, 120 points', () => {
    const e = zero(0);
    expect(e).toMatchObject({ status: 'ahead', score: 120, completion: null, ceilingUse: null, gapPp: null, expectedValue: 0 });
    expect(progressFigure(e)).toEqual({ kind: 'zero_ceiling', occurrences: 0 });
    expect(indicatorGap(e)).toMatchObject({ line: 'zero_ceiling', relation: 'equal', amount: 0, met: true });
  });
  it('is missed by one occurrence: 严重滞后, 0 points, never "已完成年度目标"', () => {
    const e = zero(1);
    expect(e).toMatchObject({ status: 'lagging', score: 0, completion: null, requiredMonthly: null });
    expect(progressFigure(e)).toEqual({ kind: 'zero_ceiling', occurrences: 1 });
    expect(indicatorGap(e)).toMatchObject({ line: 'zero_ceiling', relation: 'above', amount: 1, unit: '处', met: false });
    // 1 / 9 × 12 = 1.33处 projected; the outlook is defined (not "暂无数据，无法预计")
    expect(yearEndOutlook(e)).toEqual({ kind: 'zero_ceiling', occurrences: 1, projection: 4 / 3 });
  });
  it('without a value: no_data, no outlook', () => {
    expect(zero(null)).toMatchObject({ status: 'no_data', score: 0 });
    expect(yearEndOutlook(zero(null))).toBeNull();
  });
});

describe('ceiling edge cases', () => {
  const one = (annualTarget: number | null, actual: number | null) =>
    evaluateIndicator(makeInput({ direction: 'lower', unit: '起', annualTarget, values: vals({ '2020-06': actual }) }), '2020-06', S);
  it('a missing or negative ceiling cannot be judged: no_data, score 0, actual shown', () => {
    expect(one(null, 3)).toMatchObject({ status: 'no_data', score: 0, actual: 3, target: null });
    expect(one(-5, 3)).toMatchObject({ status: 'no_data', score: 0, actual: 3, target: null });
  });
  it('a negative actual counts as none', () => {
    expect(one(12, -2)).toMatchObject({ status: 'ahead', score: 120, ceilingUse: 0 });
  });
  it('ceilingUse is null without a positive ceiling', () => {
    expect(ceilingUse(3, 0)).toBeNull();
    expect(ceilingUse(null, 12)).toBeNull();
    expect(ceilingUse(15, 12)).toBe(1.25);
  });
});
