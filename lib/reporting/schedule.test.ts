import { describe, expect, it } from 'vitest';
import { dueRounds, readPeriodSchedule, scheduledRound } from './schedule';

const S = { deadlineDay: 5 };

describe('periods opened by schedule', () => {
  it('reads the schedule from settings, else null (opened by hand)', () => {
    expect(readPeriodSchedule({ periodSchedule: { deadlineDay: 10 } })).toEqual({ deadlineDay: 10 });
    expect(readPeriodSchedule({ periodSchedule: { deadlineDay: 40 } })).toEqual({ deadlineDay: 5 });
    expect(readPeriodSchedule({ periodSchedule: {} })).toEqual({ deadlineDay: 5 });
    expect(readPeriodSchedule({ tolerancePp: 5 })).toBeNull();
    expect(readPeriodSchedule(null)).toBeNull();
  });

  it('a round opens on the 1st 00:00 北京时间 and closes on the 5th of the next month 17:00', () => {
    expect(scheduledRound('2021-01', S)).toEqual({
      period: '2021-01',
      opensAt: Date.parse('2020-12-31T16:00:00Z'),
      deadline: '2021-02-05T09:00:00.000Z',
    });
    expect(scheduledRound('2021-12', S).deadline).toBe('2022-01-05T09:00:00.000Z');
  });

  it('nothing is due before the year begins; January from its first minute; already opened rounds are left out', () => {
    const none = new Set<string>();
    expect(dueRounds(2021, S, new Date('2020-12-31T15:59:59Z'), none)).toEqual([]);
    expect(dueRounds(2021, S, new Date('2020-12-31T16:00:00Z'), none).map((r) => r.period)).toEqual(['2021-01']);
    expect(dueRounds(2021, S, new Date('2021-03-15T00:00:00Z'), new Set(['2021-02'])).map((r) => r.period)).toEqual(['2021-01', '2021-03']);
    expect(dueRounds(2021, S, new Date('2023-01-01T00:00:00Z'), none)).toHaveLength(12);
  });
});
