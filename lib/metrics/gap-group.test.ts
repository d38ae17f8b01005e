import { describe, expect, it } from 'vitest';
import { indicatorGap } from './gap';
import { groupGap, groupProgress } from './group';
import { evaluateIndicator } from './indicator';
import { DEFAULT_SETTINGS as S } from './settings';
import { makeInput, vals } from './test-fixtures';

const at = (input: Parameters<typeof makeInput>[0], period = '2020-09') => evaluateIndicator(makeInput(input), period, S);

describe('indicatorGap: the fact, whatever the direction', () => {
  it('城镇登记失业率 2.67% against a 3.5% ceiling lies BELOW its target by 0.83 百分点, and meets it', () => {
    const e = at({ kind: 'level', direction: 'lower', unit: '%', annualTarget: 3.5, values: vals({ '2020-09': 2.67 }) });
    expect(e.gapPp).toBe(0.83); // better-than-target points, used by the score
    expect(indicatorGap(e)).toEqual({
      line: 'target',
      relation: 'below',
      amount: 0.83,
      measure: 'pp',
      unit: '',
      met: true,
      status: 'ahead',
      lowerIsBetter: true,
    });
  });
  it('a higher-is-better rate above its target', () => {
    const e = at({ kind: 'level', unit: '%', annualTarget: 8, values: vals({ '2020-09': 8.7 }) });
    expect(indicatorGap(e)).toMatchObject({ relation: 'above', amount: 0.7, met: true, lowerIsBetter: false });
  });
  it('a lower-is-better rate above its target misses it', () => {
    const e = at({ kind: 'level', direction: 'lower', unit: '%', annualTarget: 3.5, values: vals({ '2020-09': 3.8 }) });
    expect(indicatorGap(e)).toMatchObject({ relation: 'above', amount: 0.3, met: false, lowerIsBetter: true });
    expect(e.status).toBe('behind');
  });
  it('a level in another unit: the plain difference in that unit', () => {
    const e = at({ kind: 'level', unit: '元/公斤', annualTarget: 36, values: vals({ '2020-09': 60 }) });
    expect(indicatorGap(e)).toMatchObject({ line: 'target', relation: 'above', amount: 24, measure: 'unit', unit: '元/公斤', met: true });
  });
  it('cumulative, higher: completion against 序时 or the phased 应完成进度, in 百分点', () => {
    // 960 of 1200 = 80 % vs 75 % ⇒ 5 百分点 ahead of 序时
    expect(indicatorGap(at({ values: vals({ '2020-09': 960 }) }))).toMatchObject({
      line: 'time_progress',
      relation: 'above',
      amount: 5,
      measure: 'pp',
      met: true,
    });
    // phased 960 at September ⇒ 应完成 80 %; 840 = 70 % ⇒ 10 百分点 behind
    const phased = at({ phasedTargets: [{ period: '2020-09', target: 960 }], values: vals({ '2020-09': 840 }) });
    expect(indicatorGap(phased)).toMatchObject({ line: 'phased', relation: 'below', amount: 10, met: false, status: 'lagging' });
  });
  it('rank: places behind the target rank; milestones: steps overdue', () => {
    const rank = at({ kind: 'rank', unit: '名', annualTarget: null, targetRank: 3, values: vals({ '2020-09': 5 }) });
    expect(indicatorGap(rank)).toMatchObject({ line: 'rank', relation: 'above', amount: 2, measure: 'places', met: false });
    const steps = [
      { plannedDate: '2020-03-10', doneDate: '2020-03-09' },
      { plannedDate: '2020-08-15', doneDate: null },
      { plannedDate: '2020-11-30', doneDate: null },
    ];
    const m = at({ kind: 'milestone', unit: '', annualTarget: null, steps });
    expect(m.steps).toEqual({ total: 3, due: 2, done: 1, overdue: 1 });
    expect(indicatorGap(m)).toMatchObject({ line: 'milestone', relation: 'below', amount: 1, steps: { done: 1, total: 3 }, met: false });
  });
  it('nothing to state without data or before it is due', () => {
    expect(indicatorGap(at({}))).toBeNull();
    expect(indicatorGap(at({ combinedJanFeb: true, values: vals({ '2020-01': 5 }) }, '2020-01'))).toBeNull();
  });
});

describe('groupProgress: higher-is-better cumulative indicators only', () => {
  const higher80 = at({ values: vals({ '2020-09': 960 }) }); // 0.80 vs 0.75
  const higher50 = at({ values: vals({ '2020-09': 600 }) }); // 0.50 vs 0.75
  const phased = at({ phasedTargets: [{ period: '2020-09', target: 780 }], values: vals({ '2020-09': 780 }) }); // 0.65 vs 0.65
  const ceiling = at({ direction: 'lower', unit: '起', annualTarget: 12, values: vals({ '2020-09': 3 }) });
  const level = at({ kind: 'level', unit: '%', annualTarget: 8, values: vals({ '2020-09': 9 }) });
  const done = at({ kind: 'milestone', unit: '', annualTarget: null, steps: [{ plannedDate: '2020-01-01', doneDate: '2020-01-01' }] });

  it('means completion and expected of the cumulative ones, and judges the gap with the tolerance', () => {
    // completion (0.8 + 0.5 + 0.65) / 3 = 0.65; expected (0.75 + 0.75 + 0.65) / 3 = 0.71667 ⇒ −6.7 百分点 ⇒ lagging
    const p = groupProgress([higher80, higher50, phased, ceiling, level, done], 5);
    expect(p.count).toBe(3);
    expect(p.eligible).toBe(3);
    expect(p.completion).toBeCloseTo(0.65, 12);
    expect(p.expected).toBeCloseTo(2.15 / 3, 12);
    expect(p.gapPp).toBeCloseTo(-6.666666667, 8);
    expect(p.status).toBe('lagging');
  });
  it('is judged against its own 应完成 line, not plain 序时', () => {
    // 0.65 vs 序时 0.75 would be 10 百分点 behind; against its phased line it is on it.
    expect(groupProgress([phased], 5)).toMatchObject({ completion: 0.65, expected: 0.65, gapPp: 0, status: 'ahead' });
  });
  it('caps each completion at 150 %', () => {
    const runaway = at({ values: vals({ '2020-09': 3600 }) }); // 300 %
    expect(groupProgress([runaway, higher50], 5).completion).toBe(1); // (1.5 + 0.5) / 2
  });
  it('a group of ceilings, levels and milestones has no completion (counted by status instead)', () => {
    expect(groupProgress([ceiling, level, done], 5)).toEqual({
      completion: null,
      expected: null,
      gapPp: null,
      status: null,
      count: 0,
      eligible: 0,
    });
    expect(groupProgress([at({})], 5)).toMatchObject({ status: 'no_data', count: 0, eligible: 1 });
  });
  it('groupGap states the gap against 应完成进度', () => {
    expect(groupGap(groupProgress([higher80], 5))).toMatchObject({
      line: 'group_expected',
      relation: 'above',
      amount: 5,
      met: true,
      status: 'ahead',
    });
    expect(groupGap(groupProgress([ceiling], 5))).toBeNull();
  });
});
