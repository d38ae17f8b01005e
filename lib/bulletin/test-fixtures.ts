/** The deck's hand-built source (lib/deck/test-fixtures) as a bulletin input, with submissions. */
import { fixtureSource } from '@/lib/deck/test-fixtures';
import type { BulletinInput, BulletinStructure } from './types';

type Ind = BulletinStructure['indicators'][number];

const base = { annualTarget: 1000, targetRank: null, lagMonths: 0, combinedJanFeb: false, unit: '万元' };
const KINDS: Record<number, Partial<Ind> & Pick<Ind, 'kind'>> = {
  101: { kind: 'cumulative' },
  102: { kind: 'cumulative' },
  103: { kind: 'level', unit: '%', annualTarget: 95 },
  104: { kind: 'milestone', annualTarget: null },
  105: { kind: 'cumulative' },
  106: { kind: 'rank', annualTarget: null, targetRank: 3, unit: '名' },
};

/** Deadlines of 2020-01 … 2020-09: the 5th of the next month, 17:00 Beijing time. */
export const DEADLINES = Array.from({ length: 9 }, (_, i) => {
  const m = i + 1;
  return { period: `2020-${String(m).padStart(2, '0')}`, deadline: `2020-${String(m + 1).padStart(2, '0')}-05T09:00:00.000Z` };
});

export function fixtureBulletinInput(overrides: Partial<BulletinInput> = {}): BulletinInput {
  const src = fixtureSource();
  const structure: BulletinStructure = {
    ...src.structure,
    indicators: src.structure.indicators.map((i) => ({ ...i, ...base, ...KINDS[i.id]! })),
    units: new Map([
      [100, { name: '区发改局', kind: 'department', sortOrder: 1 }],
      [101, { name: '区教育局', kind: 'department', sortOrder: 2 }],
      [102, { name: '区住建局', kind: 'department', sortOrder: 3 }],
    ]),
  };
  // Every non-milestone indicator submits on time each month, except: 101 in September a day late,
  // 103 never in September.
  const submissions: BulletinInput['submissions'] = [];
  for (const ind of structure.indicators.filter((i) => i.kind !== 'milestone')) {
    for (const d of DEADLINES) {
      if (ind.id === 103 && d.period === '2020-09') continue;
      const late = ind.id === 101 && d.period === '2020-09';
      submissions.push({
        indicatorId: ind.id,
        period: d.period,
        submittedAt: late ? '2020-10-06T02:00:00.000Z' : d.deadline.replace('T09:', 'T01:'),
      });
    }
  }
  return {
    campaign: src.campaign,
    period: '2020-09',
    date: '2020-10-09',
    settings: src.settings,
    demo: true,
    snapshot: src.snapshot,
    structure,
    submissions,
    deadlines: DEADLINES,
    ...overrides,
  };
}
