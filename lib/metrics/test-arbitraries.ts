/** fast-check arbitraries shared by the property tests of this folder (not part of the public API). */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { IndicatorInput } from './indicator-types';
import { periodKey } from './period';
import { parseSettings, type CampaignSettings } from './settings';

export const anyDouble = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1, -1, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.integer({ min: -1000, max: 1000 }),
);
export const period2020 = fc.integer({ min: 1, max: 12 }).map((m) => periodKey(2020, m));
export const date2020 = fc.integer({ min: 0, max: 400 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10));

export const inputArb: fc.Arbitrary<IndicatorInput> = fc.record({
  kind: fc.constantFrom('cumulative' as const, 'level' as const, 'milestone' as const, 'rank' as const),
  direction: fc.constantFrom('higher' as const, 'lower' as const),
  unit: fc.constantFrom('%', '万元', '个', '％'),
  annualTarget: fc.option(anyDouble),
  targetRank: fc.option(fc.oneof(fc.integer({ min: -2, max: 10 }), anyDouble)),
  lagMonths: fc.oneof(fc.integer({ min: -2, max: 14 }), anyDouble),
  combinedJanFeb: fc.boolean(),
  phasedTargets: fc.array(fc.record({ period: period2020, target: anyDouble }), { maxLength: 4 }),
  values: fc.array(fc.record({ period: period2020, value: fc.option(anyDouble) }), { maxLength: 14 }),
  steps: fc.option(fc.array(fc.record({ plannedDate: date2020, doneDate: fc.option(date2020) }), { maxLength: 6 }), { nil: undefined }),
});

export const settingsArb: fc.Arbitrary<CampaignSettings> = fc
  .record({
    timeProgressMode: fc.constantFrom('month', 'day', 'bogus'),
    tolerancePp: anyDouble,
    levelTolerancePp: anyDouble,
    toleranceRanks: anyDouble,
    scoreRules: fc.record({
      cumulativeCap: fc.oneof(anyDouble, fc.double({ min: 1, max: 10, noNaN: true })),
      levelPenaltyPerPoint: anyDouble,
      rankPenaltyPerPlace: anyDouble,
      milestoneOnTime: anyDouble,
      milestoneLate: anyDouble,
      milestoneOverdue: anyDouble,
    }),
  })
  .map((raw) => parseSettings(raw));

/** Every number anywhere inside `value` (objects, arrays) is finite: no NaN, no ±Infinity. */
export function expectAllFinite(value: unknown, path = '$'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path}=${String(value)}`).toBe(true);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) expectAllFinite(v, `${path}.${k}`);
}
