import { describe, expect, it } from 'vitest';
import { stepState } from './evaluate-milestone';
import { evaluateIndicator } from './indicator';
import type { MilestoneStep } from './indicator-types';
import { DEFAULT_SETTINGS as S } from './settings';
import { makeInput, vals } from './test-fixtures';

const ms = (steps: MilestoneStep[] | undefined, period = '2020-10') =>
  evaluateIndicator(makeInput({ kind: 'milestone', annualTarget: null, steps, values: vals({ [period]: 999 }) }), period, S);

// 拆墙透绿: meeting early September, excavators 1 October, walls gone 4 October.
const wall: MilestoneStep[] = [
  { plannedDate: '2020-09-05', doneDate: '2020-09-03' },
  { plannedDate: '2020-10-01', doneDate: '2020-10-01' },
  { plannedDate: '2020-10-03', doneDate: '2020-10-04' },
];

describe('milestone steps', () => {
  it('classifies a step as of a date', () => {
    expect(stepState('2020-10-01', '2020-10-01', '2020-10-31')).toBe('on_time');
    expect(stepState('2020-10-01', '2020-10-02', '2020-10-31')).toBe('late');
    expect(stepState('2020-10-01', null, '2020-10-31')).toBe('overdue');
    expect(stepState('2020-10-01', '2020-11-02', '2020-10-31')).toBe('overdue');
    expect(stepState('2020-11-01', '2020-10-02', '2020-10-31')).toBe('done_early');
    expect(stepState('2020-11-01', null, '2020-10-31')).toBe('pending');
  });
});

describe('milestone indicators', () => {
  it('all done, one late: done, mean of 100/100/60', () => {
    const e = ms(wall);
    expect(e).toMatchObject({
      status: 'done',
      score: 86.7,
      expected: 1,
      completion: 1,
      effectivePeriod: '2020-10',
      actual: null,
      gapPp: null,
    });
  });
  it('all on time: 100', () => {
    expect(ms(wall.slice(0, 2)).score).toBe(100);
  });
  it('a due step not done is overdue and scores 0', () => {
    const e = ms([...wall, { plannedDate: '2020-10-20', doneDate: null }]);
    expect(e.status).toBe('overdue');
    expect(e.score).toBe(65); // (100 + 100 + 60 + 0) / 4
    expect(e.completion).toBe(0.75);
  });
  it('as of an earlier period, later steps are not yet due', () => {
    const e = ms(wall, '2020-09');
    expect(e).toMatchObject({ status: 'ahead', score: 100, expected: 1 / 3, completion: 1 / 3 });
  });
  it('done after the period end counts as not done then', () => {
    const e = ms([{ plannedDate: '2020-09-20', doneDate: '2020-10-02' }], '2020-09');
    expect(e).toMatchObject({ status: 'overdue', score: 0, completion: 0 });
  });
  it('nothing due yet scores 100 and is on schedule', () => {
    expect(ms([{ plannedDate: '2020-12-01', doneDate: null }])).toMatchObject({ status: 'ahead', score: 100, expected: 0 });
  });
  it('no steps ⇒ no_data, score 0', () => {
    expect(ms([])).toMatchObject({ status: 'no_data', score: 0 });
    expect(ms(undefined)).toMatchObject({ status: 'no_data', score: 0 });
    expect(ms([{ plannedDate: 'soon', doneDate: null }])).toMatchObject({ status: 'no_data', score: 0 });
  });
  it('ignores lag and the 1—2月 rule, accepts ISO timestamps', () => {
    const input = makeInput({
      kind: 'milestone',
      lagMonths: 3,
      combinedJanFeb: true,
      steps: [{ plannedDate: '2020-01-10', doneDate: '2020-01-09T10:00:00+08:00' }],
    });
    expect(evaluateIndicator(input, '2020-01', S)).toMatchObject({ status: 'done', score: 100, effectivePeriod: '2020-01' });
  });
});
