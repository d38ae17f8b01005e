import { describe, expect, it } from 'vitest';
import { emptyEvaluation } from './indicator-types';
import { groupHonourLists, inRankOrder, weakestFirst } from './lists';
import { DEFAULT_SETTINGS } from './settings';
import type { IndicatorResult } from './snapshot';

function result(id: number, score: number | null, countyRank: number | null, weak: boolean): IndicatorResult {
  return {
    id,
    taskForceId: 1,
    evaluation: emptyEvaluation({ kind: 'cumulative', direction: 'higher', unit: '' }, '2020-09', '2020-09', 'lagging', score),
    pending: false,
    countyRank,
    countyTotal: countyRank === null ? 0 : 6,
    countyMovement: null,
    countyBottomThird: countyRank !== null && countyRank > 4,
    weak,
  };
}

describe('weakestFirst', () => {
  it('keeps the weak items only: lowest score first, then the worse county rank, ties in input order', () => {
    const list = [
      result(1, 90, 5, true),
      result(2, 66.7, null, true),
      result(3, 50, null, false),
      result(4, 66.7, 6, true),
      result(5, null, null, true),
      result(6, 66.7, null, true),
    ];
    expect(weakestFirst(list).map((r) => r.id)).toEqual([5, 4, 2, 6, 1]);
  });
});

describe('inRankOrder', () => {
  it('sorts by rank, unranked last, ties in input order', () => {
    const groups = [
      { id: 1, rank: 3 },
      { id: 2, rank: null },
      { id: 3, rank: 1 },
      { id: 4, rank: 3 },
    ];
    expect(inRankOrder(groups).map((g) => g.id)).toEqual([3, 1, 4, 2]);
  });
});

describe('groupHonourLists', () => {
  it('applies the campaign rule to the ranked groups (top n with ≥ 100 points; bottom n or below the line)', () => {
    const lists = groupHonourLists(
      [
        { id: 11, rank: 2, score: 86.7 },
        { id: 12, rank: 1, score: 101 },
        { id: 21, rank: 3, score: 59 },
        { id: 22, rank: null, score: null },
      ],
      { ...DEFAULT_SETTINGS, honourListSize: 1, warningScoreBelow: 60 },
    );
    expect(lists.red).toEqual([{ item: 12, rank: 1, score: 101 }]);
    expect(lists.yellow).toEqual([{ item: 21, rank: 3, score: 59 }]);
  });
});
