import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round1 } from './numbers';
import { countyRank, rankByScore } from './ranking';

const scoreArb = fc.option(
  fc.oneof(fc.double({ min: -10, max: 130, noNaN: true }), fc.integer({ min: 0, max: 120 }), fc.constantFrom(83.25, 83.3, 83.34, 100)),
  { freq: 5 },
);

describe('rankByScore properties', () => {
  it('ranks are consistent with rounded scores', () => {
    fc.assert(
      fc.property(fc.array(scoreArb, { maxLength: 40 }), (scores) => {
        const items = scores.map((score, id) => ({ id, score }));
        const ranked = rankByScore(items, (i) => i.score);
        expect(ranked).toHaveLength(items.length);
        expect(new Set(ranked.map((r) => r.item.id)).size).toBe(items.length);
        const shown = (s: number | null) => (s === null ? null : round1(s));
        for (const r of ranked) {
          const mine = shown(r.item.score);
          if (mine === null) {
            expect(r.rank).toBeNull();
            continue;
          }
          const better = ranked.filter((o) => {
            const s = shown(o.item.score);
            return s !== null && s > mine;
          }).length;
          expect(r.rank).toBe(1 + better);
          for (const o of ranked) {
            const theirs = shown(o.item.score);
            if (theirs === null) continue;
            if (mine > theirs) expect(r.rank).toBeLessThan(o.rank ?? Infinity);
            if (mine === theirs) expect(r.rank).toBe(o.rank);
          }
        }
        // Sorted by rank with nulls last; ties keep input order.
        for (let i = 1; i < ranked.length; i++) {
          const prev = ranked[i - 1];
          const cur = ranked[i];
          if (!prev || !cur) continue;
          if (prev.rank === null) expect(cur.rank).toBeNull();
          else if (cur.rank !== null) expect(cur.rank).toBeGreaterThanOrEqual(prev.rank);
          if (prev.rank === cur.rank) expect(cur.item.id).toBeGreaterThan(prev.item.id);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('countyRank properties', () => {
  it('rank = 1 + number of counties strictly better, in 1..n', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('higher' as const, 'lower' as const),
        (vs, direction) => {
          const values = vs.map((value, i) => ({ regionCode: String(i), value }));
          values.forEach(({ regionCode, value }) => {
            const better = vs.filter((o) => (direction === 'higher' ? o > value : o < value)).length;
            const r = countyRank(values, regionCode, direction);
            expect(r).toBe(1 + better);
            expect(r).toBeLessThanOrEqual(vs.length);
          });
        },
      ),
    );
  });
});
