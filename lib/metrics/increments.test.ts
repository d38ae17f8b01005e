import { describe, expect, it } from 'vitest';
import { foldStatusCounts } from './headline';
import { monthlyIncrements } from './increments';

describe('monthlyIncrements', () => {
  it('is the first figure, then the difference with the month before', () => {
    expect(monthlyIncrements([100, 250, 250, 400], false)).toEqual([100, 150, 0, 150]);
  });

  it('has no increment next to a missing month', () => {
    expect(monthlyIncrements([100, null, 300, 400, null], false)).toEqual([100, null, null, 100, null]);
  });

  it('starts in February for a 1—2月 combined indicator', () => {
    expect(monthlyIncrements([null, 250, 300], true)).toEqual([null, 250, 50]);
    expect(monthlyIncrements([null, 250, 300], false)).toEqual([null, null, 50]);
  });

  it('never yields NaN or Infinity', () => {
    expect(monthlyIncrements([Number.NaN, Infinity, 3], false)).toEqual([null, null, null]);
  });
});

describe('foldStatusCounts', () => {
  it('counts milestones done as ahead and overdue as lagging, and leaves not_due out', () => {
    expect(foldStatusCounts({ ahead: 2, done: 1, behind: 1, lagging: 0, overdue: 1, no_data: 3, not_due: 4 })).toEqual({
      ahead: 3,
      behind: 1,
      lagging: 1,
      noData: 3,
      total: 8,
    });
  });
});
