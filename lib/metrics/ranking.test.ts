import { describe, expect, it } from 'vitest';
import { emptyEvaluation } from './indicator-types';
import { countyRank, honourLists, isBottomThird, isWeak, rankByScore, rankMovement } from './ranking';
import { DEFAULT_SETTINGS, parseSettings } from './settings';

describe('rankByScore', () => {
  it('uses standard competition ranking 1,2,2,4', () => {
    const r = rankByScore(
      [
        { n: 'a', s: 90 },
        { n: 'b', s: 95 },
        { n: 'c', s: 90 },
        { n: 'd', s: 80 },
      ],
      (x) => x.s,
    );
    expect(r.map((x) => [x.item.n, x.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });
  it('compares scores as displayed (rounded to 0.1)', () => {
    const r = rankByScore([83.26, 83.34, 83.36], (x) => x);
    expect(r.map((x) => x.rank)).toEqual([1, 2, 2]);
    expect(r[0]?.item).toBe(83.36);
  });
  it('puts null and non-finite scores last with rank null, keeping input order', () => {
    const r = rankByScore(
      [
        { n: 'x', s: null },
        { n: 'y', s: 10 },
        { n: 'z', s: Number.NaN },
      ],
      (i) => i.s,
    );
    expect(r.map((x) => [x.item.n, x.rank])).toEqual([
      ['y', 1],
      ['x', null],
      ['z', null],
    ]);
  });
  it('handles empty input and all-equal scores', () => {
    expect(rankByScore([], () => 1)).toEqual([]);
    expect(rankByScore([5, 5, 5], (x) => x).map((x) => x.rank)).toEqual([1, 1, 1]);
  });
});

describe('rankMovement', () => {
  it('is previous − current', () => {
    expect(rankMovement(5, 3)).toBe(2);
    expect(rankMovement(1, 2)).toBe(-1);
    expect(rankMovement(4, 4)).toBe(0);
    expect(rankMovement(null, 3)).toBeNull();
    expect(rankMovement(3, null)).toBeNull();
  });
});

describe('countyRank', () => {
  const quzhou = [
    { regionCode: '330802', value: 8.1 },
    { regionCode: '330803', value: 9.0 },
    { regionCode: '330822', value: 8.1 },
    { regionCode: '330824', value: 6.0 },
    { regionCode: '330825', value: 7.5 },
    { regionCode: '330881', value: Number.NaN },
  ];
  it('ranks best first, ties shared', () => {
    expect(countyRank(quzhou, '330803', 'higher')).toBe(1);
    expect(countyRank(quzhou, '330802', 'higher')).toBe(2);
    expect(countyRank(quzhou, '330822', 'higher')).toBe(2);
    expect(countyRank(quzhou, '330824', 'higher')).toBe(5);
  });
  it('lower is better ranks the smallest first', () => {
    expect(countyRank(quzhou, '330824', 'lower')).toBe(1);
    expect(countyRank(quzhou, '330803', 'lower')).toBe(5);
  });
  it('null when absent or not finite', () => {
    expect(countyRank(quzhou, '330000', 'higher')).toBeNull();
    expect(countyRank(quzhou, '330881', 'higher')).toBeNull();
  });
});

describe('weak items', () => {
  it('bottom third is rank > ceil(2n/3)', () => {
    expect([1, 2, 3, 4, 5, 6].map((r) => isBottomThird(r, 6))).toEqual([false, false, false, false, true, true]);
    expect(isBottomThird(3, 3)).toBe(true);
    expect(isBottomThird(1, 1)).toBe(false);
    expect(isBottomThird(null, 6)).toBe(false);
    expect(isBottomThird(1, 0)).toBe(false);
  });
  it('lagging, overdue or bottom-third county rank', () => {
    const ev = (status: Parameters<typeof emptyEvaluation>[3]) =>
      emptyEvaluation({ kind: 'cumulative', direction: 'higher', unit: '万元' }, '2020-09', '2020-09', status, 0);
    expect(isWeak(ev('lagging'), null, 6)).toBe(true);
    expect(isWeak(ev('overdue'), 1, 6)).toBe(true);
    expect(isWeak(ev('ahead'), 5, 6)).toBe(true);
    expect(isWeak(ev('ahead'), 4, 6)).toBe(false);
    expect(isWeak(ev('behind'), null, 0)).toBe(false);
  });
});

describe('honourLists', () => {
  const entries = (scores: (number | null)[]) =>
    rankByScore(
      scores.map((score, i) => ({ id: i, score })),
      (x) => x.score,
    ).map((r) => ({ ...r, score: r.item.score }));
  const ids = (list: { item: { id: number } }[]) => list.map((x) => x.item.id);

  it('红榜 top N with score ≥ 100, 黄榜 bottom N plus scores below 60', () => {
    const s = parseSettings({ honourListSize: 2 });
    const { red, yellow } = honourLists(entries([120, 110, 105, 90, 80, 70, 65, 50, null]), s);
    expect(ids(red)).toEqual([0, 1]);
    expect(ids(yellow)).toEqual([6, 7]);
    const more = honourLists(entries([120, 99, 90, 80, 55, 52, 30, 20]), s);
    expect(ids(more.red)).toEqual([0]);
    expect(ids(more.yellow)).toEqual([4, 5, 6, 7]);
  });
  it('includes ties at the cut on both lists', () => {
    const s = parseSettings({ honourListSize: 2 });
    const { red, yellow } = honourLists(entries([110, 100, 100, 90, 80, 70, 70]), s);
    expect(ids(red)).toEqual([0, 1, 2]);
    expect(ids(yellow)).toEqual([5, 6]);
  });
  it('never lists an entry twice; a score below the threshold wins 黄榜', () => {
    const { red, yellow } = honourLists(entries([120, 100]), DEFAULT_SETTINGS);
    expect(ids(red)).toEqual([0, 1]);
    expect(yellow).toEqual([]);
    const strict = parseSettings({ warningScoreBelow: 105 });
    const both = honourLists(entries([120, 100]), strict);
    expect(ids(both.red)).toEqual([0]);
    expect(ids(both.yellow)).toEqual([1]);
  });
  it('size 0 leaves only the threshold rule', () => {
    const { red, yellow } = honourLists(entries([120, 59]), parseSettings({ honourListSize: 0 }));
    expect(red).toEqual([]);
    expect(ids(yellow)).toEqual([1]);
  });
});
