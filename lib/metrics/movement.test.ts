import { describe, expect, it } from 'vitest';
import { holdsData, previousRankPeriod, rankWithMovement } from './movement';
import { emptyEvaluation } from './indicator-types';
import { DEFAULT_SETTINGS } from './settings';
import { publishedRanksOf, publishedRecordOf } from './published';
import { computeSnapshot, type SnapshotInput } from './snapshot';

const HOME = '330802';
const OTHERS = ['330803', '330822', '330824', '330825', '330881'];

/**
 * Two task forces, two units (a department and a township), one cumulative indicator each
 * (target 1200, with a county comparison), the second one lagged by a month when `lag` is set.
 * Scores: value / (1200 × month / 12) × 100, capped at 120.
 */
function input(period: string, entries: [number, string, number, string?][], extra: Partial<SnapshotInput> = {}, lag = 0): SnapshotInput {
  const ind = (id: number, lagMonths: number) => ({
    id,
    taskForceId: id,
    responsibleUnitId: id,
    weight: 1,
    hasCountyComparison: true,
    input: {
      kind: 'cumulative' as const,
      direction: 'higher' as const,
      unit: '万元',
      annualTarget: 1200,
      targetRank: null,
      lagMonths,
      combinedJanFeb: false,
      phasedTargets: [],
    },
  });
  return {
    period,
    settings: DEFAULT_SETTINGS,
    homeRegionCode: HOME,
    competitions: [{ id: 1 }],
    taskForces: [
      { id: 1, competitionId: 1 },
      { id: 2, competitionId: 1 },
    ],
    units: [
      { id: 1, kind: 'department' },
      { id: 2, kind: 'township' },
    ],
    indicators: [ind(1, 0), ind(2, lag)],
    entries: entries.map(([indicatorId, p, value, status]) => ({ indicatorId, period: p, value, status: status ?? 'approved' })),
    countyValues: [],
    ...extra,
  };
}

/** County values of indicator `id` in `period`: the district `home`, the others 10, 20, … 50. */
function county(id: number, period: string, home: number) {
  return [
    { indicatorId: id, period, regionCode: HOME, value: home },
    ...OTHERS.map((regionCode, i) => ({ indicatorId: id, period, regionCode, value: 10 * (i + 1) })),
  ];
}

/** February: 2 (100 of 200 → 50) behind 1 (200 → 100). March: 1 at 300 → 100, 2 at 330 → 110. */
const FEB_MAR: [number, string, number][] = [
  [1, '2020-02', 200],
  [2, '2020-02', 100],
  [1, '2020-03', 300],
  [2, '2020-03', 330],
];

describe('previousRankPeriod', () => {
  it('is the previous month inside the campaign, none in its first period', () => {
    expect(previousRankPeriod('2020-10')).toBe('2020-09');
    expect(previousRankPeriod('2020-01')).toBeNull();
    expect(previousRankPeriod('2020-03', '2020-03')).toBeNull();
    expect(previousRankPeriod('2020-04', '2020-03')).toBe('2020-03');
    expect(previousRankPeriod('2020-01', '2019-07')).toBe('2019-12'); // a campaign across years
    expect(previousRankPeriod('2020-02', 'garbage')).toBe('2020-01');
  });
  it('a period holds data when a non-milestone indicator has an actual', () => {
    const none = emptyEvaluation({ kind: 'cumulative', direction: 'higher', unit: '万元' }, '2020-02', '2020-02', 'no_data', 0);
    const milestone = emptyEvaluation({ kind: 'milestone', direction: 'higher', unit: '' }, '2020-02', '2020-02', 'done', 100);
    expect(holdsData([none, milestone])).toBe(false);
    expect(holdsData([{ ...none, actual: 0 }])).toBe(true);
  });
});

describe('movement only where a previous rank exists', () => {
  it('January: no movement for task forces, units or county ranks, even with December rows loaded', () => {
    const snap = computeSnapshot(
      input(
        '2020-01',
        [
          [1, '2019-12', 1200],
          [2, '2019-12', 100],
          [1, '2020-01', 50],
          [2, '2020-01', 100],
        ],
        { countyValues: [...county(1, '2019-12', 5), ...county(1, '2020-01', 60)] },
      ),
    );
    expect(snap.previousPeriod).toBeNull();
    for (const r of [...snap.taskForces, ...snap.competitions, ...snap.units])
      expect(r).toMatchObject({ previousRank: null, movement: null });
    // 60 beats 10…50 ⇒ 1st of 6 in January; December's 6th place is another campaign year's.
    expect(snap.indicators[0]).toMatchObject({ countyRank: 1, countyMovement: null });
  });

  it('against a period without (approved) data: no movement', () => {
    // February holds only a submitted value: ranked on nothing, all tied at 0.
    const snap = computeSnapshot(
      input('2020-03', [
        [1, '2020-02', 200, 'submitted'],
        [1, '2020-03', 300],
        [2, '2020-03', 200],
      ]),
    );
    expect(snap.previousPeriod).toBeNull();
    expect(snap.taskForces.map((t) => [t.rank, t.previousRank, t.movement])).toEqual([
      [1, null, null],
      [2, null, null],
    ]);
  });

  it('a period with nothing approved yet does not move anybody against a full one', () => {
    const snap = computeSnapshot(input('2020-04', [...FEB_MAR, [1, '2020-04', 400, 'submitted']]));
    expect(snap.previousPeriod).toBeNull();
    expect(snap.taskForces.map((t) => [t.rank, t.movement])).toEqual([
      [1, null],
      [1, null],
    ]);
  });

  it('with data in the previous period: movement = previous rank − rank', () => {
    const snap = computeSnapshot(input('2020-03', FEB_MAR));
    expect(snap.previousPeriod).toBe('2020-02');
    expect(snap.taskForces.map((t) => [t.id, t.rank, t.previousRank, t.movement])).toEqual([
      [1, 2, 1, -1],
      [2, 1, 2, 1],
    ]);
  });

  it('the campaign’s first period has no movement even when the month before holds data', () => {
    const snap = computeSnapshot(input('2020-03', FEB_MAR, { firstPeriod: '2020-03' }));
    expect(snap.previousPeriod).toBeNull();
    expect(snap.taskForces.every((t) => t.movement === null)).toBe(true);
  });

  it('units are ranked among their own kind, so a department and a township are each first', () => {
    const snap = computeSnapshot(input('2020-03', FEB_MAR));
    expect(snap.units.map((u) => [u.id, u.rank, u.previousRank, u.movement])).toEqual([
      [1, 1, 1, 0],
      [2, 1, 1, 0],
    ]);
  });

  it('a lagged indicator’s county rank in round 2020-02 (data of January) has no previous rank', () => {
    const snap = computeSnapshot(
      input(
        '2020-02',
        [
          [2, '2020-01', 100],
          [1, '2020-02', 200],
        ],
        { countyValues: [...county(2, '2019-12', 5), ...county(2, '2020-01', 35)] },
        1,
      ),
    );
    const lagged = snap.indicators.find((i) => i.id === 2)!;
    expect(lagged.evaluation.effectivePeriod).toBe('2020-01');
    expect(lagged).toMatchObject({ countyRank: 3, countyMovement: null }); // 40 and 50 beat 35
  });

  it('county movement between two rounds with values', () => {
    const snap = computeSnapshot(
      input(
        '2020-03',
        [
          [1, '2020-02', 200],
          [1, '2020-03', 300],
        ],
        { countyValues: [...county(1, '2020-02', 25), ...county(1, '2020-03', 45)] },
      ),
    );
    expect(snap.indicators[0]).toMatchObject({ countyRank: 2, countyMovement: 2 }); // 4th (30, 40, 50 ahead) → 2nd
  });
});

describe('rankWithMovement', () => {
  it('ranks within groups and gives no movement without a previous ranking', () => {
    const now = new Map([
      [1, 90],
      [2, 80],
      [3, 70],
    ]);
    const before = new Map([
      [1, 70],
      [2, 90],
      [3, null],
    ]);
    const moves = rankWithMovement([1, 2, 3], now, before);
    expect([...moves.values()]).toEqual([
      { rank: 1, previousRank: 2, movement: 1 },
      { rank: 2, previousRank: 1, movement: -1 },
      { rank: 3, previousRank: null, movement: null },
    ]);
    expect(rankWithMovement([1, 2], now, null).get(1)).toEqual({ rank: 1, previousRank: null, movement: null });
    const grouped = rankWithMovement([1, 2, 3], now, before, (id) => (id === 2 ? 'b' : 'a'));
    expect(grouped.get(2)).toEqual({ rank: 1, previousRank: 1, movement: 0 });
    expect(grouped.get(3)).toMatchObject({ rank: 2 });
  });
});

describe('movement against the previous period’s published ranking', () => {
  // Published February (as computed then): 1 first, 2 second; the county rank of indicator 1 was 6th.
  const febAtLock = computeSnapshot(input('2020-02', FEB_MAR.slice(0, 2), { countyValues: county(1, '2020-02', 5) }));
  const published = publishedRanksOf(JSON.parse(JSON.stringify(publishedRecordOf(febAtLock, DEFAULT_SETTINGS, []))));
  // February corrected afterwards: 2 now beats 1 (300 → 150 against 200 → 100); county 60 → 1st.
  const corrected: [number, string, number][] = [[1, '2020-02', 200], [2, '2020-02', 300], ...FEB_MAR.slice(2)];
  const march = (extra: Partial<SnapshotInput> = {}) =>
    computeSnapshot(
      input('2020-03', corrected, {
        countyValues: [...county(1, '2020-02', 60), ...county(1, '2020-03', 25)],
        publishedPrevious: published,
        ...extra,
      }),
    );

  it('compares with the published ranks, not with the corrected figures', () => {
    expect(febAtLock.taskForces.map((t) => [t.id, t.rank])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    const snap = march();
    expect(snap.previousPeriod).toBe('2020-02');
    expect(snap.previousSource).toBe('published');
    // March: 2 first (110), 1 second (100). Published February: 1 first, 2 second.
    expect(snap.taskForces.map((t) => [t.id, t.rank, t.previousRank, t.movement])).toEqual([
      [1, 2, 1, -1],
      [2, 1, 2, 1],
    ]);
    // Recomputed from the corrected February, 2 would have been first and not moved.
    const live = computeSnapshot(input('2020-03', corrected));
    expect(live.previousSource).toBe('computed');
    expect(live.taskForces.map((t) => [t.id, t.movement])).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });

  it('county movement compares with the published county rank', () => {
    // 25 in March beats 10 and 20 ⇒ 4th; published February 6th ⇒ up 2 (the corrected 1st would give −3).
    expect(march().indicators[0]).toMatchObject({ countyRank: 4, countyMovement: 2 });
  });

  it('a published ranking of another period is not used', () => {
    const snap = march({ publishedPrevious: { ...published, period: '2020-01' } });
    expect(snap.previousSource).toBe('computed');
    expect(snap.taskForces.map((t) => t.movement)).toEqual([0, 0]);
  });

  it('a period without data yet moves nobody, published or not', () => {
    const snap = computeSnapshot(
      input('2020-03', [...FEB_MAR.slice(0, 2), [1, '2020-03', 300, 'submitted']], { publishedPrevious: published }),
    );
    expect(snap.previousPeriod).toBeNull();
    expect(snap.previousSource).toBeNull();
    expect(snap.taskForces.every((t) => t.movement === null && t.previousRank === null)).toBe(true);
  });

  it('an id the published ranking does not hold has no previous rank', () => {
    const partial = { ...published, taskForces: new Map([[1, 1]]) };
    const snap = march({ publishedPrevious: partial });
    expect(snap.taskForces.map((t) => [t.id, t.previousRank, t.movement])).toEqual([
      [1, 1, -1],
      [2, null, null],
    ]);
  });
});
