import { describe, expect, it } from 'vitest';
import { expectedProgress, timeLineValue } from './expected';
import { headlineFigures, isTopThird } from './headline';
import { evaluateIndicator } from './indicator';
import { emptyEvaluation } from './indicator-types';
import { progressFigure, yearEndOutlook } from './outlook';
import { previewEntry } from './preview';
import { parseSettings, DEFAULT_SETTINGS as S } from './settings';
import type { IndicatorResult } from './snapshot';
import { superviseFlag } from './supervision';
import { projectionAt, trendLines } from './trend';
import { makeInput, vals } from './test-fixtures';

describe('expected progress (the report page’s 本期应达, the evaluation’s expected)', () => {
  it('phased target ÷ annual target, else 序时 of the data month', () => {
    expect(expectedProgress({ annualTarget: 12, phasedTargets: [{ period: '2020-09', target: 8 }] }, '2020-09', S)).toEqual({
      fraction: 8 / 12,
      value: 8,
      source: 'phased',
    });
    expect(expectedProgress({ annualTarget: 1200, phasedTargets: [] }, '2020-09', S)).toEqual({
      fraction: 0.75,
      value: 900,
      source: 'time_progress',
    });
    expect(expectedProgress({ annualTarget: 366, phasedTargets: [] }, '2020-06', parseSettings({ timeProgressMode: 'day' }))).toEqual({
      fraction: 182 / 366,
      value: 182,
      source: 'time_progress',
    });
    expect(expectedProgress({ annualTarget: null, phasedTargets: [] }, '2020-09', S)).toEqual({
      fraction: 0.75,
      value: null,
      source: 'time_progress',
    });
  });
  it('for a lagged indicator the round owes an earlier month, and that month’s expectation applies', () => {
    // Round 2020-09 of a lag-1 indicator owes August: 8/12, not 9/12.
    const e = evaluateIndicator(makeInput({ lagMonths: 1, values: vals({ '2020-08': 800 }) }), '2020-09', S);
    expect(e.expected).toBe(expectedProgress(makeInput(), '2020-08', S).fraction);
    expect(e.expected).toBeCloseTo(8 / 12, 12);
  });
  it('the 序时 line is annual target × time progress', () => {
    expect(timeLineValue(1200, '2020-09', 'month')).toBe(900);
    expect(timeLineValue(null, '2020-09', 'month')).toBeNull();
  });
});

describe('headline figure and year-end outlook of a higher-is-better indicator', () => {
  const e = evaluateIndicator(makeInput({ values: vals({ '2020-09': 810 }) }), '2020-09', S);
  it('完成率 810 / 1200 = 67.5 %; 810 / 9 × 12 = 1080 ⇒ 90 %, short of the target, 130 a month needed', () => {
    expect(progressFigure(e)).toEqual({ kind: 'completion', completion: 0.675 });
    expect(yearEndOutlook(e)).toEqual({
      kind: 'completion',
      projection: 1080,
      projectionCompletion: 0.9,
      reachable: false,
      achieved: false,
      remaining: 390,
      requiredMonthly: 130,
      monthsLeft: 3,
    });
  });
  it('once the target is reached: achieved, nothing more needed', () => {
    const done = evaluateIndicator(makeInput({ values: vals({ '2020-09': 1300 }) }), '2020-09', S);
    expect(yearEndOutlook(done)).toMatchObject({ achieved: true, reachable: true, remaining: 0, requiredMonthly: null });
  });
  it('levels and ranks have no completion figure and no outlook', () => {
    const level = evaluateIndicator(makeInput({ kind: 'level', unit: '%', annualTarget: 8, values: vals({ '2020-09': 9 }) }), '2020-09', S);
    expect(progressFigure(level)).toBeNull();
    expect(yearEndOutlook(level)).toBeNull();
  });
});

describe('trend lines (the trend panel)', () => {
  const input = makeInput({ values: vals({ '2020-06': 480 }) });
  const e = evaluateIndicator(input, '2020-06', S);
  it('序时 line at every month and the projection from the effective month on', () => {
    const lines = trendLines(input, e, S);
    expect(lines).toHaveLength(12);
    expect(lines.map((l) => l.reference)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200]);
    expect(lines.map((l) => l.projection)).toEqual([null, null, null, null, null, 480, 560, 640, 720, 800, 880, 960]);
    expect(projectionAt(e, 12)).toBe(e.projection);
  });
  it('levels draw the annual target, ranks the target rank; no projection', () => {
    const level = makeInput({ kind: 'level', unit: '%', annualTarget: 8, values: vals({ '2020-06': 7 }) });
    expect(trendLines(level, evaluateIndicator(level, '2020-06', S), S).map((l) => [l.reference, l.projection])[11]).toEqual([8, null]);
    const rank = makeInput({ kind: 'rank', unit: '名', annualTarget: null, targetRank: 3 });
    expect(trendLines(rank, evaluateIndicator(rank, '2020-06', S), S)[0]!.reference).toBe(3);
  });
});

describe('the live preview follows 错月', () => {
  it('a lag-1 figure for August is judged as round 2020-09 will judge it', () => {
    const input = { ...makeInput({ lagMonths: 1 }), values: undefined };
    const preview = previewEntry({ input, dataPeriod: '2020-08', value: 800, history: [{ period: '2020-07', value: 650 }], settings: S });
    const round = evaluateIndicator(makeInput({ lagMonths: 1, values: vals({ '2020-07': 650, '2020-08': 800 }) }), '2020-09', S);
    expect(preview).toEqual(round);
    expect(preview).toMatchObject({ period: '2020-09', effectivePeriod: '2020-08', actual: 800, status: 'ahead' });
  });
  it('the typed value replaces a history value of the same month', () => {
    const preview = previewEntry({
      input: makeInput(),
      dataPeriod: '2020-09',
      value: 600,
      history: [{ period: '2020-09', value: 1000 }],
      settings: S,
    });
    expect(preview.actual).toBe(600);
  });
});

describe('headline counts: one rule (thirds of the counties compared)', () => {
  const result = (
    status: IndicatorResult['evaluation']['status'],
    county: [number, number, number | null] | null,
    pending = false,
  ): IndicatorResult => ({
    id: 1,
    taskForceId: 1,
    evaluation: emptyEvaluation({ kind: 'cumulative', direction: 'higher', unit: '万元' }, '2020-09', '2020-09', status, 0),
    pending,
    countyRank: county?.[0] ?? null,
    countyTotal: county?.[1] ?? 0,
    countyMovement: county?.[2] ?? null,
    countyBottomThird: false,
    weak: false,
  });
  it('folds milestones, leaves out not_due, and counts the county thirds', () => {
    const h = headlineFigures([
      result('ahead', [1, 6, 2]),
      result('done', [2, 6, null]),
      result('behind', [3, 6, -1], true),
      result('lagging', [5, 6, 0]),
      result('overdue', [6, 6, -2]),
      result('no_data', [4, 5, 1]), // 5 counties: bottom third is rank 5 only, so 4th is not in it
      result('not_due', null),
    ]);
    expect(h.counts).toEqual({ ahead: 2, behind: 1, lagging: 2, noData: 1, pending: 1, total: 6 });
    expect(h.county).toEqual({ compared: 6, top: 2, bottom: 2, up: 2, down: 2 });
  });
  it('top third = rank ≤ floor(total / 3)', () => {
    expect([1, 2, 3, 4, 5, 6].map((r) => isTopThird(r, 6))).toEqual([true, true, false, false, false, false]);
    expect([1, 2].map((r) => isTopThird(r, 5))).toEqual([true, false]);
    expect(isTopThird(1, 2)).toBe(false);
    expect(isTopThird(null, 6)).toBe(false);
  });
});

describe('督办 flags (三色督办单) as of the period end', () => {
  const item = (over: Partial<Parameters<typeof superviseFlag>[0]> = {}) => ({
    deadline: '2020-10-05',
    status: 'in_progress' as const,
    milestones: [] as { plannedDate: string | null; actualDate: string | null }[],
    ...over,
  });
  it('blue within 7 days of the deadline, red once past it until 销号, yellow for a milestone behind plan', () => {
    expect(superviseFlag(item(), '2020-09-30')).toBe('blue'); // 5 days left
    expect(superviseFlag(item(), '2020-09-27')).toBeNull(); // 8 days left
    expect(superviseFlag(item(), '2020-10-06')).toBe('red');
    expect(superviseFlag(item({ status: 'closed' }), '2020-10-06')).toBeNull();
    expect(superviseFlag(item({ status: 'done', doneDate: '2020-10-04' }), '2020-10-06')).toBeNull();
    expect(superviseFlag(item({ status: 'done', doneDate: '2020-10-07' }), '2020-10-31')).toBe('red');
    const behind = item({ deadline: '2020-12-31', milestones: [{ plannedDate: '2020-09-15', actualDate: null }] });
    expect(superviseFlag(behind, '2020-09-30')).toBe('yellow');
    expect(superviseFlag({ ...behind, milestones: [{ plannedDate: '2020-09-15', actualDate: '2020-09-20' }] }, '2020-09-30')).toBeNull();
  });
});
