/** The deck's hand-built source (lib/deck/test-fixtures) as a bulletin input, with its 报送及时率. */
import { fixtureSource } from '@/lib/deck/test-fixtures';
import { onTimeByUnit, type FigureSubmission, type IndicatorKind } from '@/lib/metrics';
import type { BulletinInput, BulletinStructure } from './types';

const KINDS: Record<number, IndicatorKind> = {
  101: 'cumulative',
  102: 'cumulative',
  103: 'level',
  104: 'milestone',
  105: 'cumulative',
  106: 'rank',
  197: 'cumulative',
  108: 'cumulative',
};

/** Deadlines of 2020-01 … 2020-09: the 5th of the next month, 17:00 Beijing time. */
export const DEADLINES = Array.from({ length: 9 }, (_, i) => {
  const m = i + 1;
  return { period: `2020-${String(m).padStart(2, '0')}`, deadline: `2020-${String(m + 1).padStart(2, '0')}-05T09:00:00.000Z` };
});

/**
 * Every non-milestone indicator submits on time each month, except: 101 in September a day late,
 * 103 never in September. ⇒ 7 indicators × 9 rounds = 63 due, 61 on time; September 7 due, 5 on
 * time; 区发改局 (101, 102): 18 due, 17 on time, September 2 / 1; 区住建局 (103): 9 / 8, September 1 / 0.
 */
function fixtureOnTime(structure: BulletinStructure): BulletinInput['onTime'] {
  const indicators = structure.indicators.map((i) => ({
    id: i.id,
    kind: KINDS[i.id]!,
    lagMonths: 0,
    combinedJanFeb: false,
    responsibleUnitId: i.responsibleUnitId,
  }));
  const submissions: FigureSubmission[] = [];
  for (const ind of indicators.filter((i) => i.kind !== 'milestone')) {
    for (const d of DEADLINES) {
      if (ind.id === 103 && d.period === '2020-09') continue;
      const late = ind.id === 101 && d.period === '2020-09';
      submissions.push({
        indicatorId: ind.id,
        period: d.period,
        firstSubmittedAt: late ? '2020-10-06T02:00:00.000Z' : d.deadline.replace('T09:', 'T01:'),
      });
    }
  }
  return onTimeByUnit({ year: 2020, round: '2020-09', asOf: '2020-10-09T15:59:59.999Z', rounds: DEADLINES, indicators, submissions });
}

export function fixtureBulletinInput(overrides: Partial<BulletinInput> = {}): BulletinInput {
  const src = fixtureSource();
  const structure: BulletinStructure = {
    ...src.structure,
    units: new Map([
      [100, { name: '区发改局', kind: 'department', sortOrder: 1 }],
      [101, { name: '区教育局', kind: 'department', sortOrder: 2 }],
      [102, { name: '区住建局', kind: 'department', sortOrder: 3 }],
      [103, { name: '区应急管理局', kind: 'department', sortOrder: 4 }],
    ]),
  };
  return {
    campaign: src.campaign,
    period: '2020-09',
    date: '2020-10-09',
    settings: src.settings,
    demo: true,
    snapshot: src.snapshot,
    structure,
    onTime: fixtureOnTime(structure),
    workItems: [],
    ...overrides,
  };
}
