/** Builders shared by the tests of this folder (not part of the public API). */

import type { IndicatorInput } from './indicator-types';

/** A higher-is-better cumulative indicator with annual target 1200 and no values. */
export function makeInput(overrides: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    kind: 'cumulative',
    direction: 'higher',
    unit: '万元',
    annualTarget: 1200,
    targetRank: null,
    lagMonths: 0,
    combinedJanFeb: false,
    phasedTargets: [],
    values: [],
    ...overrides,
  };
}

/** values entry list from a { period: value } record. */
export function vals(record: Record<string, number | null>): IndicatorInput['values'] {
  return Object.entries(record).map(([period, value]) => ({ period, value }));
}
