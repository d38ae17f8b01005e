import { describe, expect, it } from 'vitest';
import { publishedRanksOf, publishedRecordOf, revisionsOf } from './published';
import { DEFAULT_SETTINGS } from './settings';
import { computeSnapshot, type SnapshotInput } from './snapshot';

/** Three task forces in one competition, one cumulative indicator each (target 1200): scores value / 900 × 100 in September. */
function september(values: number[], annualTarget = 1200): SnapshotInput {
  const ids = values.map((_, i) => i + 1);
  return {
    period: '2020-09',
    settings: DEFAULT_SETTINGS,
    homeRegionCode: '330802',
    competitions: [{ id: 1 }],
    taskForces: ids.map((id) => ({ id, competitionId: 1 })),
    units: ids.map((id) => ({ id, kind: 'department' })),
    indicators: ids.map((id) => ({
      id,
      taskForceId: id,
      responsibleUnitId: id,
      weight: 1,
      hasCountyComparison: false,
      input: {
        kind: 'cumulative' as const,
        direction: 'higher' as const,
        unit: '万元',
        annualTarget,
        targetRank: null,
        lagMonths: 0,
        combinedJanFeb: false,
        phasedTargets: [],
      },
    })),
    entries: values.map((value, i) => ({ indicatorId: i + 1, period: '2020-09', value, status: 'approved' })),
    countyValues: [],
  };
}

describe('publishedRecordOf', () => {
  it('keeps the scores, ranks, figures and the target in force at publication', () => {
    const snap = computeSnapshot(september([900, 450, 720]));
    const record = publishedRecordOf(snap, DEFAULT_SETTINGS, [{ id: 1, annualTarget: 1200, targetRank: null }]);
    expect(record.period).toBe('2020-09');
    expect(record.timeProgress).toBe(0.75);
    expect(record.taskForces.map((t) => [t.id, t.score, t.rank])).toEqual([
      [1, 100, 1],
      [2, 50, 3],
      [3, 80, 2],
    ]);
    expect(record.indicators[0]).toMatchObject({ id: 1, annualTarget: 1200, targetRank: null, actual: 900, score: 100, status: 'ahead' });
    // An indicator without a target given keeps nulls.
    expect(record.indicators[1]).toMatchObject({ id: 2, annualTarget: null, targetRank: null, actual: 450 });
    expect(record.settings).toBe(DEFAULT_SETTINGS);
  });
  it('keeps the phased target in force of the effective period, null where time progress applied', () => {
    const input = september([900, 450, 720]);
    input.indicators[1]!.input.phasedTargets = [
      { period: '2020-08', target: 500 },
      { period: '2020-09', target: 600 },
    ];
    const record = publishedRecordOf(computeSnapshot(input), DEFAULT_SETTINGS, []);
    expect(record.indicators.map((i) => i.phasedTarget)).toEqual([null, 600, null]);
    // Judged against 600, not the 序时 line of 900: 450 / 600 = 75 points.
    expect(record.indicators[1]).toMatchObject({ score: 75 });
  });
  it('a later target change does not touch a record already made', () => {
    const record = publishedRecordOf(computeSnapshot(september([900, 450, 720])), DEFAULT_SETTINGS, [
      { id: 2, annualTarget: 1200, targetRank: null },
    ]);
    const stored = JSON.stringify(record);
    // Targets halved: indicator 2 now meets its line (450 of 450) and scores 100, but the record is what it was.
    const after = computeSnapshot(september([900, 450, 720], 600));
    expect(after.taskForces.find((t) => t.id === 2)!.score).toBe(100);
    expect(JSON.stringify(record)).toBe(stored);
    expect(publishedRanksOf(JSON.parse(stored)).taskForces.get(2)).toBe(3);
  });
});

describe('publishedRanksOf', () => {
  it('reads the ranks back from stored JSON', () => {
    const snap = computeSnapshot(september([900, 450, 720]));
    const ranks = publishedRanksOf(JSON.parse(JSON.stringify(publishedRecordOf(snap, DEFAULT_SETTINGS, []))));
    expect(ranks.period).toBe('2020-09');
    expect([...ranks.taskForces]).toEqual([
      [1, 1],
      [2, 3],
      [3, 2],
    ]);
    expect([...ranks.competitions]).toEqual([[1, 1]]);
    expect([...ranks.units]).toEqual([...ranks.taskForces]);
    expect([...ranks.countyRanks]).toEqual([
      [1, null],
      [2, null],
      [3, null],
    ]);
  });
  it('an unreadable record gives no ranks (no previous rank, no movement), never a throw', () => {
    for (const bad of [
      null,
      undefined,
      'x',
      12,
      { taskForces: 'x' },
      {
        taskForces: [
          { id: '1', rank: 1 },
          { id: 2, rank: 'first' },
        ],
      },
    ]) {
      const r = publishedRanksOf(bad);
      expect(r.competitions.size).toBe(0);
      expect(r.taskForces.get(1)).toBeUndefined();
    }
    expect(publishedRanksOf({ taskForces: [{ id: 2, rank: 'first' }] }).taskForces.get(2)).toBeNull();
  });
});

describe('revisionsOf (修订)', () => {
  it('lists only ranks that differ from the published ones, in the current order', () => {
    const published = new Map<number, number | null>([
      [1, 1],
      [2, 3],
      [3, 2],
    ]);
    const current = [
      { id: 1, rank: 1 },
      { id: 2, rank: 2 },
      { id: 3, rank: 3 },
    ];
    expect(revisionsOf(published, current)).toEqual([
      { id: 2, publishedRank: 3, currentRank: 2 },
      { id: 3, publishedRank: 2, currentRank: 3 },
    ]);
    expect(
      revisionsOf(
        published,
        [...published].map(([id, rank]) => ({ id, rank })),
      ),
    ).toEqual([]);
  });
  it('a rank lost or gained counts; an unranked one goes last', () => {
    const published = new Map<number, number | null>([
      [1, 1],
      [2, null],
    ]);
    expect(
      revisionsOf(published, [
        { id: 1, rank: null },
        { id: 2, rank: 1 },
        { id: 3, rank: 2 },
      ]),
    ).toEqual([
      { id: 2, publishedRank: null, currentRank: 1 },
      { id: 3, publishedRank: null, currentRank: 2 },
      { id: 1, publishedRank: 1, currentRank: null },
    ]);
  });
});
