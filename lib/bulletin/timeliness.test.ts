import { describe, expect, it } from 'vitest';
import { fixtureBulletinInput } from './test-fixtures';
import { dueEntries, totalTimeliness, unitTimeliness } from './timeliness';
import type { BulletinInput } from './types';

/**
 * Period 2020-03, rounds January–March (deadlines 5 Feb, 5 Mar, 5 Apr). Unit 100: A (monthly),
 * B (1—2月 combined); unit 101: C (错月, lag 1), D (milestone).
 * A: Jan on time, Feb late, Mar on time. B: owes nothing in January's round, Feb on time, Mar never.
 * C owes December 2019 in January's round (not this year: nothing), its January figure in
 * February's round (on time against 5 March), its February figure in March's round (never).
 * ⇒ unit 100: year 3 of 5 on time (60%), March round 1 of 2; unit 101: year 1 of 2, March round 0 of 1.
 */
function input(): BulletinInput {
  const f = fixtureBulletinInput();
  const ind = (id: number, unit: number, extra: Partial<BulletinInput['structure']['indicators'][number]>) => ({
    id,
    taskForceId: 11,
    name: `指标${id}`,
    kind: 'cumulative' as const,
    unit: '万元',
    annualTarget: 100,
    targetRank: null,
    lagMonths: 0,
    combinedJanFeb: false,
    responsibleUnitId: unit,
    ...extra,
  });
  return {
    ...f,
    period: '2020-03',
    structure: {
      ...f.structure,
      indicators: [
        ind(1, 100, {}),
        ind(2, 100, { combinedJanFeb: true }),
        ind(3, 101, { lagMonths: 1 }),
        ind(4, 101, { kind: 'milestone' }),
      ],
    },
    submissions: [
      { indicatorId: 1, period: '2020-01', submittedAt: '2020-02-05T08:59:00.000Z' },
      { indicatorId: 1, period: '2020-02', submittedAt: '2020-03-06T10:00:00.000Z' },
      { indicatorId: 1, period: '2020-03', submittedAt: '2020-04-01T00:00:00.000Z' },
      { indicatorId: 2, period: '2020-02', submittedAt: '2020-03-05T09:00:00.000Z' },
      { indicatorId: 2, period: '2020-03', submittedAt: null },
      { indicatorId: 3, period: '2020-01', submittedAt: '2020-02-01T00:00:00.000Z' },
    ],
  };
}

describe('dueEntries', () => {
  it('leaves out milestones, January of a combined indicator and a lagged figure of the year before', () => {
    const due = dueEntries(input());
    expect(due.get(100)!.map((e) => e.round)).toEqual(['2020-01', '2020-02', '2020-03', '2020-02', '2020-03']);
    expect(due.get(101)!.map((e) => [e.round, e.submittedAt])).toEqual([
      ['2020-02', '2020-02-01T00:00:00.000Z'],
      ['2020-03', null],
    ]);
  });
  it('ignores rounds after the reported period, and rounds not yet closed on the bulletin date', () => {
    expect(
      dueEntries({ ...input(), period: '2020-01' })
        .get(100)!
        .map((e) => e.round),
    ).toEqual(['2020-01']);
    expect(dueEntries({ ...input(), period: '2020-01' }).get(101)).toBeUndefined();
    expect(
      dueEntries({ ...input(), date: '2020-04-04' })
        .get(100)!
        .map((e) => e.round),
    ).toEqual(['2020-01', '2020-02', '2020-02']);
  });
});

describe('unitTimeliness', () => {
  it('counts on-time submissions against each period deadline (the deadline instant itself is on time)', () => {
    expect(unitTimeliness(input())).toEqual([
      { unitId: 100, due: 2, onTime: 1, rate: 0.5, dueYtd: 5, onTimeYtd: 3, rateYtd: 0.6 },
      { unitId: 101, due: 1, onTime: 0, rate: 0, dueYtd: 2, onTimeYtd: 1, rateYtd: 0.5 },
    ]);
  });
  it('adds up to totals', () => {
    expect(totalTimeliness(unitTimeliness(input()))).toEqual({ due: 3, onTime: 1, rate: 1 / 3, dueYtd: 7, onTimeYtd: 4, rateYtd: 4 / 7 });
  });
});
