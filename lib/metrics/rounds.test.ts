import { describe, expect, it } from 'vitest';
import { isFigureLate, onTimeByUnit, totalOnTime, type TimelinessIndicator } from './on-time';
import { dueInRound, figureDeadline, owedDataPeriod, roundOwing, roundsDue } from './rounds';
import { roundCompleteness, roundTodo } from './todo';

const plain = { kind: 'cumulative' as const, lagMonths: 0, combinedJanFeb: false };
const lag1 = { ...plain, lagMonths: 1 };
const combined = { ...plain, combinedJanFeb: true };

/** Deadlines of the 2020 rounds: the 5th of the next month, 17:00 Beijing time (09:00Z). */
const ROUNDS = Array.from({ length: 13 }, (_, i) => {
  const y = 2020 + Math.floor(i / 12);
  const m = (i % 12) + 1;
  const next = new Date(Date.UTC(y, m, 5, 9)).toISOString();
  return { period: `${y}-${String(m).padStart(2, '0')}`, deadline: next };
});

describe('错月: what a round owes', () => {
  it('a lag-1 indicator owes round − 1, across the year boundary', () => {
    expect(owedDataPeriod(lag1, '2020-09')).toBe('2020-08');
    expect(owedDataPeriod(lag1, '2021-01')).toBe('2020-12');
    expect(owedDataPeriod(lag1, '2020-01')).toBe('2019-12');
    expect(roundOwing(lag1, '2020-12')).toBe('2021-01');
    expect(roundOwing(lag1, '2020-08')).toBe('2020-09');
  });
  it('1—2月 combined: January is never owed; milestones owe no figures', () => {
    expect(owedDataPeriod(combined, '2020-01')).toBeNull();
    expect(owedDataPeriod(combined, '2020-02')).toBe('2020-02');
    expect(owedDataPeriod({ ...combined, lagMonths: 1 }, '2020-02')).toBeNull();
    expect(owedDataPeriod({ ...combined, lagMonths: 1 }, '2020-03')).toBe('2020-02');
    expect(roundOwing(combined, '2020-01')).toBeNull();
    expect(owedDataPeriod({ ...plain, kind: 'milestone' }, '2020-09')).toBeNull();
    expect(owedDataPeriod(plain, '2020-9')).toBeNull();
  });
  it('rounds due for the 2020 campaign: a lag-1 indicator owes nothing in 2020-01 and December in 2021-01', () => {
    const periods = ROUNDS.map((r) => r.period);
    const due = roundsDue(lag1, periods, 2020);
    expect(due).toHaveLength(12);
    expect(due[0]).toEqual({ round: '2020-02', dataPeriod: '2020-01' });
    expect(due[11]).toEqual({ round: '2021-01', dataPeriod: '2020-12' });
    expect(roundsDue(lag1, ['2021-01'], 2021)).toEqual([]);
    expect(roundsDue(plain, periods, 2020).map((d) => d.round)).toEqual(periods.slice(0, 12));
  });
  it('what is due in one round, per indicator', () => {
    const inds = [
      { id: 1, ...plain },
      { id: 2, ...lag1 },
      { id: 3, ...combined },
      { id: 4, ...plain, kind: 'milestone' as const },
    ];
    expect(dueInRound(inds, '2020-01', 2020).map((d) => [d.indicatorId, d.dataPeriod])).toEqual([[1, '2020-01']]);
    expect(dueInRound(inds, '2020-09', 2020).map((d) => [d.indicatorId, d.dataPeriod])).toEqual([
      [1, '2020-09'],
      [2, '2020-08'],
      [3, '2020-09'],
    ]);
  });
});

describe('lateness against the deadline of the round that owes the figure', () => {
  it('a lag-1 August figure is due with round 2020-09 (5 October), not with round 2020-08 (5 September)', () => {
    expect(figureDeadline(lag1, '2020-08', ROUNDS)).toBe('2020-10-05T09:00:00.000Z');
    expect(isFigureLate(lag1, '2020-08', '2020-10-02T08:00:00Z', ROUNDS)).toBe(false);
    expect(isFigureLate(plain, '2020-08', '2020-10-02T08:00:00Z', ROUNDS)).toBe(true);
  });
  it('judges the first submission; cannot judge what was never submitted or has no round', () => {
    expect(isFigureLate(plain, '2020-09', '2020-10-05T09:00:00Z', ROUNDS)).toBe(false); // at the deadline
    expect(isFigureLate(plain, '2020-09', '2020-10-05T09:00:01Z', ROUNDS)).toBe(true);
    expect(isFigureLate(plain, '2020-09', null, ROUNDS)).toBeNull();
    expect(isFigureLate(lag1, '2021-01', '2021-01-01T00:00:00Z', ROUNDS)).toBeNull();
  });
});

describe('报送及时率 by the round a figure was due in', () => {
  const indicators: TimelinessIndicator[] = [
    { id: 1, ...plain, responsibleUnitId: 1 },
    { id: 2, ...lag1, responsibleUnitId: 1 },
    { id: 3, ...combined, responsibleUnitId: 2 },
    { id: 4, ...plain, kind: 'milestone', responsibleUnitId: 2 },
    { id: 5, ...plain, responsibleUnitId: null },
  ];
  const sub = (indicatorId: number, period: string, firstSubmittedAt: string | null) => ({ indicatorId, period, firstSubmittedAt });
  const submissions = [
    sub(1, '2020-01', '2020-02-03T02:00:00Z'), // on time (5 Feb)
    sub(1, '2020-02', '2020-03-06T02:00:00Z'), // first submission late (resubmissions do not matter)
    sub(1, '2020-03', '2020-04-01T02:00:00Z'), // on time
    sub(2, '2020-01', '2020-03-01T02:00:00Z'), // owed in round 2020-02 (5 March): on time
    sub(2, '2019-12', '2020-01-02T02:00:00Z'), // not owed to the 2020 campaign
    sub(3, '2020-02', '2020-03-04T02:00:00Z'), // on time
    sub(3, '2020-03', '2020-04-08T02:00:00Z'), // late
    sub(5, '2020-03', '2020-04-01T02:00:00Z'), // no responsible unit
  ];
  const rounds = ROUNDS.slice(0, 3);
  it('counts every round up to the reported one whose deadline has passed', () => {
    const rates = onTimeByUnit({ year: 2020, round: '2020-03', asOf: '2020-04-10', rounds, indicators, submissions });
    // Unit 1: A (3 rounds: ✓ ✗ ✓) + B (rounds 02 and 03, owing Jan ✓ and Feb never) ⇒ 3 of 5.
    expect(rates.get(1)).toEqual({ unitId: 1, due: 2, onTime: 1, rate: 0.5, dueYtd: 5, onTimeYtd: 3, rateYtd: 0.6 });
    // Unit 2: C owes rounds 02 ✓ and 03 ✗ (January is combined); the milestone owes nothing.
    expect(rates.get(2)).toEqual({ unitId: 2, due: 1, onTime: 0, rate: 0, dueYtd: 2, onTimeYtd: 1, rateYtd: 0.5 });
    expect(totalOnTime(rates.values())).toEqual({ due: 3, onTime: 1, rate: 1 / 3, dueYtd: 7, onTimeYtd: 4, rateYtd: 4 / 7 });
  });
  it('a round whose deadline has not passed at asOf is not due yet (the clock is an argument)', () => {
    const rates = onTimeByUnit({ year: 2020, round: '2020-03', asOf: '2020-04-01T00:00:00+08:00', rounds, indicators, submissions });
    expect(rates.get(1)).toEqual({ unitId: 1, due: 0, onTime: 0, rate: null, dueYtd: 3, onTimeYtd: 2, rateYtd: 2 / 3 });
    expect(onTimeByUnit({ year: 2020, round: '2020-03', asOf: 'gestern', rounds, indicators, submissions }).size).toBe(0);
  });
});

describe('待办 and completeness of a round', () => {
  const inds = [
    { id: 1, ...plain },
    { id: 2, ...lag1 },
    { id: 3, ...plain },
    { id: 4, ...plain, kind: 'milestone' as const },
  ];
  const entries = [
    { indicatorId: 1, period: '2020-03', status: 'submitted' },
    { indicatorId: 2, period: '2020-02', status: 'returned' },
    { indicatorId: 2, period: '2020-03', status: 'approved' }, // owed next round, not this one
  ];
  const round = ROUNDS[2]!; // 2020-03, deadline 2020-04-05T09:00Z
  it('lists what the round owes, 错月 included, and what is still missing', () => {
    const before = roundTodo({ round, year: 2020, indicators: inds, entries, now: '2020-04-05T08:00:00Z' });
    expect(before).toEqual({
      round: '2020-03',
      deadline: round.deadline,
      total: 3,
      missing: 2,
      returned: 1,
      pastDeadline: false,
      overdue: false,
    });
    const after = roundTodo({ round, year: 2020, indicators: inds, entries, now: '2020-04-06T00:00:00Z' });
    expect(after).toMatchObject({ missing: 2, pastDeadline: true, overdue: true });
  });
  it('says how much is in and whether it can be ranked without a caveat (90 %)', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, ...plain }));
    const status = (n: number) => Array.from({ length: n }, (_, i) => ({ indicatorId: i + 1, period: '2020-10', status: 'submitted' }));
    expect(roundCompleteness({ round: '2020-10', year: 2020, indicators: many, entries: status(2) })).toEqual({
      round: '2020-10',
      due: 10,
      submitted: 2,
      approved: 0,
      share: 0.2,
      complete: false,
    });
    expect(roundCompleteness({ round: '2020-10', year: 2020, indicators: many, entries: status(9) }).complete).toBe(true);
    expect(roundCompleteness({ round: '2020-10', year: 2020, indicators: many, entries: status(8) }).complete).toBe(false);
    expect(roundCompleteness({ round: '2020-01', year: 2020, indicators: [{ id: 1, ...combined }], entries: [] })).toMatchObject({
      due: 0,
      share: null,
      complete: true,
    });
  });
});
