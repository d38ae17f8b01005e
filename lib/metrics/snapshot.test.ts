import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { computeSnapshot, type SnapshotIndicator, type SnapshotInput } from './snapshot';

/*
 * Hand-built snapshots. Every expected number below is worked out by hand in the comments from the
 * documented rules (default settings: month time progress, cumulative cap 1.2, −10 per 百分点 /
 * per place, milestones 100 / 60 / 0), not copied from the engine's output.
 */

type Entry = SnapshotInput['entries'][number];
type County = SnapshotInput['countyValues'][number];

const HOME = '330802';
const OTHERS = ['330803', '330822', '330824', '330825', '330881'] as const;

function indicator(
  id: number,
  taskForceId: number,
  responsibleUnitId: number | null,
  input: Partial<SnapshotIndicator['input']>,
  extra: { weight?: number; county?: boolean } = {},
): SnapshotIndicator {
  return {
    id,
    taskForceId,
    responsibleUnitId,
    weight: extra.weight ?? 1,
    hasCountyComparison: extra.county ?? false,
    input: {
      kind: 'cumulative',
      direction: 'higher',
      unit: '万元',
      annualTarget: 1200,
      targetRank: null,
      lagMonths: 0,
      combinedJanFeb: false,
      phasedTargets: [],
      ...input,
    },
  };
}

const approved = (indicatorId: number, period: string, value: number | null): Entry => ({ indicatorId, period, value, status: 'approved' });

/** The home region's value first, then the five other Quzhou counties in official order. */
function counties(indicatorId: number, period: string, home: number, others: [number, number, number, number, number]): County[] {
  return [
    { indicatorId, period, regionCode: HOME, value: home },
    ...OTHERS.map((regionCode, i) => ({ indicatorId, period, regionCode, value: others[i]! })),
  ];
}

/**
 * Two competitions, three task forces, four units, six indicators, period 2020-06 (time progress
 * 6/12 = 0.5; May 5/12).
 *
 * | ind | TF | unit | w | kind                         | 2020-05                          | 2020-06                          |
 * |-----|----|------|---|------------------------------|----------------------------------|----------------------------------|
 * | 101 | 11 | 1    | 1 | cumulative ↑ target 1200     | 500 vs 500 → 100                 | 600 vs 600 → 100, ahead          |
 * | 102 | 11 | 2    | 3 | level % ↑ target 8           | 8.2 ≥ 8 → 100                    | 7.5: 0.5 pp short → 95, behind   |
 * | 103 | 12 | 2    | 1 | rank, target 3               | 3 → 100                          | 5: 2 places → 80, lagging        |
 * | 104 | 12 | 1    | 1 | milestone (3 steps)          | step 2 overdue → (100+0)/2 = 50  | on time + late → (100+60)/2 = 80 |
 * | 201 | 21 | 3    | 1 | cumulative ↓ ceiling 100,    | 30 vs 41.67 → ratio 1.39 → 120   | 50 vs phased 40 → 0.8 → 80,      |
 * |     |    |      |   | phased 40 at 2020-06         |                                  | gap −10 pp → lagging             |
 * | 202 | 21 | 1    | 1 | cumulative ↑ target 1200     | 600 vs 500 → 1.2 → 120           | only *submitted* → no_data 0     |
 *
 * Task forces, June: 11 = (100·1 + 95·3)/4 = 96.25 → 96.3; 12 = (80+80)/2 = 80; 21 = (80+0)/2 = 40.
 *              May:  11 = 100;                           12 = (100+50)/2 = 75; 21 = 120.
 * Competitions, June: 1 = (96.3+80)/2 = 88.15 → 88.2; 2 = 40.   May: 1 = (100+75)/2 = 87.5; 2 = 120.
 * Units (responsible), June: 1 = (101 100 + 104 80 + 202 0)/3 = 60; 2 = (95·3 + 80)/4 = 91.25 → 91.3;
 *   3 = 80; 4 has no indicator.   May: 1 = (100+50+120)/3 = 90; 2 = 100; 3 = 120.
 */
function baseInput(period = '2020-06'): SnapshotInput {
  return {
    period,
    settings: DEFAULT_SETTINGS,
    homeRegionCode: HOME,
    competitions: [{ id: 1 }, { id: 2 }],
    taskForces: [
      { id: 11, competitionId: 1 },
      { id: 12, competitionId: 1 },
      { id: 21, competitionId: 2 },
    ],
    units: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }],
    indicators: [
      indicator(101, 11, 1, {}, { county: true }),
      indicator(102, 11, 2, { kind: 'level', unit: '%', annualTarget: 8 }, { weight: 3, county: true }),
      indicator(103, 12, 2, { kind: 'rank', unit: '名', annualTarget: null, targetRank: 3 }),
      indicator(104, 12, 1, {
        kind: 'milestone',
        unit: '项',
        annualTarget: null,
        steps: [
          { plannedDate: '2020-03-10', doneDate: '2020-03-09' },
          { plannedDate: '2020-05-15', doneDate: '2020-06-01' },
          { plannedDate: '2020-09-30', doneDate: null },
        ],
      }),
      indicator(
        201,
        21,
        3,
        { direction: 'lower', unit: '起', annualTarget: 100, phasedTargets: [{ period: '2020-06', target: 40 }] },
        { county: true },
      ),
      indicator(202, 21, 1, {}),
    ],
    entries: [
      approved(101, '2020-05', 500),
      approved(101, '2020-06', 600),
      approved(102, '2020-05', 8.2),
      approved(102, '2020-06', 7.5),
      approved(103, '2020-05', 3),
      approved(103, '2020-06', 5),
      approved(201, '2020-05', 30),
      approved(201, '2020-06', 50),
      approved(202, '2020-05', 600),
      { indicatorId: 202, period: '2020-06', value: 700, status: 'submitted' },
    ],
    countyValues: [
      // 101 June: 700, 800, 650, 900 beat 600 → rank 5 of 6 (bottom third). No May values.
      ...counties(101, '2020-06', 600, [700, 800, 650, 900, 500]),
      // 102 May: 8.5, 8.6, 8.9, 8.3 beat 8.2 → rank 5. June: 8.0 and 7.8 beat 7.5 (330881 ties) → rank 3.
      ...counties(102, '2020-05', 8.2, [8.5, 8.6, 8.9, 8.3, 7.0]),
      ...counties(102, '2020-06', 7.5, [8.0, 7.0, 7.8, 6.9, 7.5]),
      // 201 (lower is better) June: only 45 is below 50 → rank 2.
      ...counties(201, '2020-06', 50, [60, 70, 45, 80, 90]),
    ],
  };
}

const byId = <T extends { id: number }>(rows: T[], id: number): T => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

describe('computeSnapshot — scores', () => {
  const snap = computeSnapshot(baseInput());

  it('reports the period and its time progress', () => {
    expect(snap.period).toBe('2020-06');
    expect(snap.timeProgress).toBe(0.5);
  });

  it('scores every indicator by its kind', () => {
    const score = (id: number) => byId(snap.indicators, id).evaluation.score;
    expect(score(101)).toBe(100);
    expect(score(102)).toBe(95);
    expect(score(103)).toBe(80);
    expect(score(104)).toBe(80);
    expect(score(201)).toBe(80);
    expect(score(202)).toBe(0);
    const status = (id: number) => byId(snap.indicators, id).evaluation.status;
    expect([101, 102, 103, 104, 201, 202].map(status)).toEqual(['ahead', 'behind', 'lagging', 'ahead', 'lagging', 'no_data']);
  });

  it('task-force score = weighted mean of its indicator scores, rounded to 0.1 half up', () => {
    expect(byId(snap.taskForces, 11).score).toBe(96.3); // (100·1 + 95·3) / 4 = 96.25
    expect(byId(snap.taskForces, 12).score).toBe(80);
    expect(byId(snap.taskForces, 21).score).toBe(40); // no_data counts as 0
    expect(byId(snap.taskForces, 11).competitionId).toBe(1);
  });

  it('competition score = plain mean of its task forces’ (rounded) scores', () => {
    expect(byId(snap.competitions, 1).score).toBe(88.2); // (96.3 + 80) / 2 = 88.15
    expect(byId(snap.competitions, 2).score).toBe(40);
    expect(byId(snap.competitions, 1).taskForceIds).toEqual([11, 12]);
    expect(byId(snap.competitions, 2).taskForceIds).toEqual([21]);
  });

  it('counts statuses per task force and competition', () => {
    expect(byId(snap.competitions, 1).counts).toMatchObject({ ahead: 2, behind: 1, lagging: 1, no_data: 0, overdue: 0 });
    expect(byId(snap.competitions, 2).counts).toMatchObject({ ahead: 0, lagging: 1, no_data: 1 });
    expect(byId(snap.taskForces, 11).completion).toBe(0.5); // 600 / 1200; the level indicator has no completion
  });

  it('scores units from the indicators they are responsible for, weights included', () => {
    expect(byId(snap.units, 1).score).toBe(60); // 101 (100) + 104 (80) + 202 (0)
    expect(byId(snap.units, 2).score).toBe(91.3); // (95·3 + 80) / 4 = 91.25
    expect(byId(snap.units, 3).score).toBe(80);
    expect(byId(snap.units, 4)).toMatchObject({ score: null, rank: null, movement: null });
    expect(snap.units.map((u) => [u.id, u.rank])).toEqual([
      [1, 3],
      [2, 1],
      [3, 2],
      [4, null],
    ]);
    expect(byId(snap.units, 1).counts).toMatchObject({ ahead: 2, no_data: 1 });
  });
});

describe('computeSnapshot — ranks and movement', () => {
  const snap = computeSnapshot(baseInput());

  it('ranks task forces and competitions by score, best first', () => {
    expect(snap.taskForces.map((t) => [t.id, t.rank])).toEqual([
      [11, 1],
      [12, 2],
      [21, 3],
    ]);
    expect(snap.competitions.map((c) => [c.id, c.rank])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('moves against the previous period computed on the same rows (previous − current)', () => {
    // May: competitions 2 (120) then 1 (87.5); task forces 21 (120), 11 (100), 12 (75).
    expect(byId(snap.competitions, 1)).toMatchObject({ previousRank: 2, rank: 1, movement: 1 });
    expect(byId(snap.competitions, 2)).toMatchObject({ previousRank: 1, rank: 2, movement: -1 });
    expect(byId(snap.taskForces, 11)).toMatchObject({ previousRank: 2, movement: 1 });
    expect(byId(snap.taskForces, 12)).toMatchObject({ previousRank: 3, movement: 1 });
    expect(byId(snap.taskForces, 21)).toMatchObject({ previousRank: 1, movement: -2 });
    // Units, May: 3 (120), 2 (100), 1 (90).
    expect(snap.units.map((u) => [u.id, u.previousRank, u.movement])).toEqual([
      [1, 3, 0],
      [2, 2, 1],
      [3, 1, -1],
      [4, null, null],
    ]);
  });

  it('the previous period on its own gives the ranks used for movement', () => {
    const may = computeSnapshot(baseInput('2020-05'));
    expect(may.competitions.map((c) => [c.id, c.score, c.rank])).toEqual([
      [1, 87.5, 2],
      [2, 120, 1],
    ]);
    expect(may.taskForces.map((t) => [t.id, t.score])).toEqual([
      [11, 100],
      [12, 75],
      [21, 120],
    ]);
  });

  it('equal scores share a rank (1, 1, 3) and a null score gets no rank', () => {
    const input: SnapshotInput = {
      ...baseInput(),
      competitions: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }],
      taskForces: [
        { id: 1, competitionId: 1 },
        { id: 2, competitionId: 2 },
        { id: 3, competitionId: 3 },
        { id: 4, competitionId: 4 },
      ],
      units: [],
      indicators: [
        indicator(1, 1, null, {}),
        indicator(2, 2, null, {}),
        indicator(3, 3, null, {}),
        // Combined 1—2月 and judged in January: not due, so the task force has no score at all.
        indicator(4, 4, null, { combinedJanFeb: true }),
      ],
      // 2020-06: 300 of 600 expected → 50; 600 → 100.
      entries: [approved(1, '2020-06', 300), approved(2, '2020-06', 600), approved(3, '2020-06', 600), approved(4, '2020-06', 600)],
      countyValues: [],
    };
    const june = computeSnapshot(input);
    expect(june.competitions.map((c) => [c.id, c.score, c.rank])).toEqual([
      [1, 50, 4],
      [2, 100, 1],
      [3, 100, 1],
      [4, 100, 1],
    ]);
    const january = computeSnapshot({
      ...input,
      period: '2020-01',
      entries: [approved(1, '2020-01', 100), approved(2, '2020-01', 100), approved(3, '2020-01', 50)],
    });
    expect(january.competitions.map((c) => [c.id, c.score, c.rank])).toEqual([
      [1, 100, 1],
      [2, 100, 1],
      [3, 50, 3],
      [4, null, null],
    ]);
  });

  it('January has no movement: the previous December belongs to another campaign year', () => {
    const january = computeSnapshot({ ...baseInput(), period: '2020-01', entries: [...baseInput().entries, approved(1, '2019-12', 1)] });
    for (const r of [...january.competitions, ...january.taskForces, ...january.units]) {
      expect(r.previousRank).toBeNull();
      expect(r.movement).toBeNull();
    }
  });
});

describe('computeSnapshot — approved values only, pending flag', () => {
  const one = (entries: Entry[], extra: Partial<SnapshotIndicator['input']> = {}, period = '2020-06') =>
    computeSnapshot({
      ...baseInput(period),
      competitions: [{ id: 1 }],
      taskForces: [{ id: 1, competitionId: 1 }],
      units: [],
      indicators: [indicator(1, 1, null, extra)],
      entries,
      countyValues: [],
    }).indicators[0]!;

  it('ignores draft, submitted and returned entries (no_data, score 0)', () => {
    for (const status of ['draft', 'submitted', 'returned']) {
      const r = one([{ indicatorId: 1, period: '2020-06', value: 600, status }]);
      expect(r.evaluation).toMatchObject({ status: 'no_data', score: 0, actual: null });
    }
    expect(one([approved(1, '2020-06', 600)]).evaluation).toMatchObject({ status: 'ahead', score: 100, actual: 600 });
  });

  it('does not fall back on an earlier approved value, nor look at later periods', () => {
    expect(one([approved(1, '2020-05', 600)]).evaluation.status).toBe('no_data');
    expect(one([approved(1, '2020-07', 600)], {}, '2020-06').evaluation.status).toBe('no_data');
  });

  it('flags pending only for a submitted entry of the effective period', () => {
    expect(one([{ indicatorId: 1, period: '2020-06', value: 600, status: 'submitted' }]).pending).toBe(true);
    expect(one([{ indicatorId: 1, period: '2020-06', value: 600, status: 'returned' }]).pending).toBe(false);
    expect(one([{ indicatorId: 1, period: '2020-06', value: 600, status: 'draft' }]).pending).toBe(false);
    expect(one([{ indicatorId: 1, period: '2020-05', value: 500, status: 'submitted' }]).pending).toBe(false);
    expect(one([approved(1, '2020-06', 600)]).pending).toBe(false);
    // 错月 (lag 1): June is judged on May, so a submitted May entry is the pending one.
    const lagged = one([{ indicatorId: 1, period: '2020-05', value: 500, status: 'submitted' }], { lagMonths: 1 });
    expect(lagged.evaluation).toMatchObject({ effectivePeriod: '2020-05', status: 'no_data' });
    expect(lagged.pending).toBe(true);
  });

  it('judges a lagged indicator on the approved value of period − lag', () => {
    // May: 500 of 1200 at 5/12 → exactly on time progress.
    const r = one([approved(1, '2020-05', 500), approved(1, '2020-06', 9999)], { lagMonths: 1 });
    expect(r.evaluation).toMatchObject({ effectivePeriod: '2020-05', actual: 500, score: 100, status: 'ahead' });
  });

  it('in the base fixture only indicator 202 is pending', () => {
    const snap = computeSnapshot(baseInput());
    expect(snap.indicators.filter((i) => i.pending).map((i) => i.id)).toEqual([202]);
  });
});

describe('computeSnapshot — not_due indicators are left out of the means', () => {
  it('a 1—2月 combined indicator in January does not pull its task force down', () => {
    const snap = computeSnapshot({
      ...baseInput('2020-01'),
      competitions: [{ id: 1 }],
      taskForces: [{ id: 1, competitionId: 1 }],
      units: [{ id: 1 }],
      indicators: [indicator(1, 1, 1, {}), indicator(2, 1, 1, { combinedJanFeb: true })],
      // January: 100 of 1200 at 1/12 → 100. Indicator 2 has no January entry, and needs none.
      entries: [approved(1, '2020-01', 100)],
      countyValues: [],
    });
    expect(snap.indicators.map((i) => i.evaluation.status)).toEqual(['ahead', 'not_due']);
    expect(snap.taskForces[0]!.score).toBe(100);
    expect(snap.competitions[0]!.score).toBe(100);
    expect(snap.units[0]!.score).toBe(100);
    expect(snap.taskForces[0]!.counts.not_due).toBe(1);
  });
});

describe('computeSnapshot — county rank, movement and weak items', () => {
  const snap = computeSnapshot(baseInput());
  const ind = (id: number) => byId(snap.indicators, id);

  it('ranks the home region among the six counties of the effective period, ties shared', () => {
    expect(ind(102)).toMatchObject({ countyRank: 3, countyTotal: 6, countyBottomThird: false });
    expect(ind(101)).toMatchObject({ countyRank: 5, countyTotal: 6, countyBottomThird: true });
  });

  it('ranks lower-is-better indicators smallest first', () => {
    expect(ind(201)).toMatchObject({ countyRank: 2, countyTotal: 6 });
  });

  it('county movement = previous period’s rank − this period’s; null without a previous rank', () => {
    expect(ind(102).countyMovement).toBe(2); // 5th in May → 3rd in June
    expect(ind(101).countyMovement).toBeNull();
  });

  it('indicators without a county comparison have no county rank even if values exist', () => {
    const input = baseInput();
    input.indicators = input.indicators.map((i) => (i.id === 102 ? { ...i, hasCountyComparison: false } : i));
    const r = byId(computeSnapshot(input).indicators, 102);
    expect(r).toMatchObject({ countyRank: null, countyTotal: 0, countyMovement: null, countyBottomThird: false });
  });

  it('uses the county values of the effective period for a lagged indicator', () => {
    const input = baseInput();
    input.indicators = input.indicators.map((i) => (i.id === 102 ? { ...i, input: { ...i.input, lagMonths: 1 } } : i));
    const r = byId(computeSnapshot(input).indicators, 102);
    // Judged on May (8.2 ≥ 8 → ahead), county rank of May (5th); April has no values → no movement.
    expect(r.evaluation).toMatchObject({ effectivePeriod: '2020-05', status: 'ahead' });
    expect(r).toMatchObject({ countyRank: 5, countyMovement: null, countyBottomThird: true, weak: true });
  });

  it('weak = lagging or overdue, or a county rank in the bottom third', () => {
    expect(ind(101)).toMatchObject({ weak: true }); // ahead, but 5th of 6 counties
    expect(ind(102)).toMatchObject({ weak: false }); // behind (within tolerance), 3rd of 6
    expect(ind(103)).toMatchObject({ weak: true }); // lagging rank indicator
    expect(ind(104)).toMatchObject({ weak: false });
    expect(ind(201)).toMatchObject({ weak: true }); // lagging, although 2nd of 6
    expect(ind(202)).toMatchObject({ weak: false }); // no_data is flagged by its status, not as weak
    const may = computeSnapshot(baseInput('2020-05'));
    expect(byId(may.indicators, 104).evaluation.status).toBe('overdue');
    expect(byId(may.indicators, 104).weak).toBe(true);
  });
});
