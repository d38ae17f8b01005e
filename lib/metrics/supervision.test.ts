import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, doneLate, latestDay, milestoneState } from './milestone-dates';
import { investmentProgress, timeline } from './project';
import { daysOverdue, ESCALATE_AFTER_DAYS, escalationList, superviseCounts, superviseFlag, type SupervisedItem } from './supervision';

const item = (over: Partial<SupervisedItem> = {}): SupervisedItem => ({
  deadline: '2020-09-10',
  status: 'in_progress',
  milestones: [{ plannedDate: '2020-08-15', actualDate: null }],
  ...over,
});

describe('dates known to the day or to the month', () => {
  it('a month stands for its last day; impossible days and other text are unreadable', () => {
    expect(latestDay('2020-08')).toBe('2020-08-31');
    expect(latestDay('2020-02')).toBe('2020-02-29');
    expect(latestDay('2020-10-04')).toBe('2020-10-04');
    expect(latestDay('2021-02-29')).toBeNull();
    expect(latestDay('9月初')).toBeNull();
    expect(latestDay(null)).toBeNull();
  });
  it('day arithmetic across months and years', () => {
    expect(addDays('2020-12-28', 7)).toBe('2021-01-04');
    expect(daysBetween('2020-09-10', '2020-10-31')).toBe(51);
    expect(daysBetween('2020-10-31', '2020-09-10')).toBe(-51);
  });
  it('lateness compares by month when either date is known to the month only', () => {
    expect(doneLate('2020-08', '2020-08-15')).toBe(false);
    expect(doneLate('2020-09', '2020-08-15')).toBe(true);
    expect(doneLate('2020-08-16', '2020-08-15')).toBe(true);
    expect(doneLate('2020-08-15', '2020-08-15')).toBe(false);
  });
  it('a milestone is pending, then behind once its plan has passed, done or done late', () => {
    expect(milestoneState('2020-08-15', null, '2020-07-31')).toBe('pending');
    expect(milestoneState('2020-08-15', null, '2020-08-15')).toBe('behind');
    expect(milestoneState('2020-08-15', '2020-08-20', '2020-08-31')).toBe('done_late');
    expect(milestoneState('2020-08-15', '2020-08-20', '2020-08-19')).toBe('behind');
    expect(milestoneState('2020-08-15', '2020-08-10', '2020-08-31')).toBe('done');
    // 主楼 topped out "in August": done by the end of August, not late against a plan of August.
    expect(milestoneState('2020-08', '2020-08', '2020-08-31')).toBe('done');
    expect(milestoneState('2021-05', null, '2020-09-30')).toBe('pending');
    expect(milestoneState(null, null, '2020-09-30')).toBe('undated');
    expect(milestoneState(null, '2020-10-04', '2020-10-31')).toBe('done');
  });
});

describe('督办 flags as the selected period passes a milestone and the deadline', () => {
  it('none → yellow → red, and red stays until 销号', () => {
    expect(superviseFlag(item(), '2020-07-31')).toBeNull();
    expect(superviseFlag(item(), '2020-08-31')).toBe('yellow');
    expect(superviseFlag(item(), '2020-09-30')).toBe('red');
    expect(superviseFlag(item({ status: 'done', doneDate: '2020-09-20' }), '2020-09-30')).toBe('red');
    expect(superviseFlag(item({ status: 'closed' }), '2020-09-30')).toBeNull();
  });
  it('an approved extension (the deadline in force moved) lifts red; blue within 7 days of it', () => {
    expect(superviseFlag(item({ deadline: '2020-10-05', milestones: [] }), '2020-09-30')).toBe('blue');
    expect(superviseFlag(item({ deadline: '2020-10-31', milestones: [] }), '2020-09-30')).toBeNull();
  });
  it('a milestone planned to the month is behind only once the month is over', () => {
    const monthly = item({ deadline: '2020-12-31', milestones: [{ plannedDate: '2020-09', actualDate: null }] });
    expect(superviseFlag(monthly, '2020-09-29')).toBeNull();
    expect(superviseFlag(monthly, '2020-09-30')).toBe('yellow');
  });
});

describe('counts and the overdue / escalation list', () => {
  const items = [
    { ...item({ deadline: '2020-09-20' }), id: 1 },
    { ...item({ deadline: '2020-08-01' }), id: 2 },
    { ...item({ deadline: '2020-12-31' }), id: 3 },
    { ...item({ deadline: '2020-10-03', milestones: [] }), id: 4 },
    { ...item({ status: 'closed', deadline: '2020-08-01' }), id: 5 },
    { ...item({ status: 'not_started', deadline: '2020-11-30', milestones: [] }), id: 6 },
  ];
  it('counts by status and by flag', () => {
    expect(superviseCounts(items, '2020-09-30')).toEqual({
      total: 6,
      byStatus: { not_started: 1, in_progress: 4, done: 0, closed: 1 },
      byFlag: { red: 2, yellow: 1, blue: 1 },
    });
  });
  it('red first, most overdue first, escalated after 30 days; then yellow; no blue', () => {
    const list = escalationList(items, '2020-09-30');
    expect(list.map((e) => [e.item.id, e.flag, e.daysOverdue, e.escalated])).toEqual([
      [2, 'red', 60, true],
      [1, 'red', 10, false],
      [3, 'yellow', 0, false],
    ]);
    expect(daysOverdue('2020-09-20', '2020-09-20')).toBe(0);
    expect(daysOverdue('2020-09-20', '2020-09-20')).toBeLessThan(ESCALATE_AFTER_DAYS);
  });
});

describe('projects', () => {
  it('investment progress is completed / planned; no plan, no figure', () => {
    expect(investmentProgress(15000, 12000)).toBeCloseTo(0.8);
    expect(investmentProgress(0, 10)).toBeNull();
    expect(investmentProgress(15000, null)).toBeNull();
  });
  it('the timeline flags steps behind plan and steps done late', () => {
    const steps = timeline(
      [
        { plannedDate: '2020-03-31', actualDate: '2020-04-20' },
        { plannedDate: '2020-08', actualDate: '2020-08' },
        { plannedDate: '2020-09-15', actualDate: null },
        { plannedDate: '2021-05', actualDate: null },
      ],
      '2020-09-30',
    );
    expect(steps.map((s) => [s.state, s.late])).toEqual([
      ['done_late', true],
      ['done', false],
      ['behind', true],
      ['pending', false],
    ]);
  });
});
