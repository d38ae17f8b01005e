/**
 * How the demo's monthly figures are drawn: cumulative year-to-date sums, levels around their
 * target, county ranks, and the five other counties' values beside the district's own. Every figure
 * stays plausible: counts are non-negative integers, shares and rates in % lie within 0–100 (or
 * the catalogue's `range`, e.g. growth rates), cumulative figures never fall within a year.
 */
import type { SeededIndicator } from './campaign';
import { COUNT_UNITS } from './campaign';
import type { Rng } from './random';
import { COUNTIES } from './reference';

/** Plausible span of an indicator's figures. */
export function valueRange(ind: Pick<SeededIndicator, 'kind' | 'unit' | 'range'>): [number, number] {
  if (ind.range) return ind.range;
  if (ind.kind === 'rank') return [1, COUNTIES.length];
  if (ind.unit === '%') return [0, 100];
  return [0, Number.POSITIVE_INFINITY];
}

/** Counts (cumulative, in 个/家/户/人 …) are whole; 万元 to the unit; the rest to 0.01. */
export function roundValue(ind: Pick<SeededIndicator, 'kind' | 'unit'>, v: number): number {
  if (ind.kind !== 'level' && COUNT_UNITS.has(ind.unit)) return Math.max(0, Math.round(v));
  if (ind.unit === '万元') return Math.round(v);
  return Math.round(v * 100) / 100;
}

function clamp(v: number, [lo, hi]: [number, number]): number {
  return Math.min(hi, Math.max(lo, v));
}

/** The district's figure of month `month`, given the year-to-date sum so far (cumulative). */
export function nextValue(rng: Rng, ind: SeededIndicator, month: number, cumulative: number): number {
  const p = ind.performance;
  if (ind.kind === 'rank') {
    const base = (ind.targetRank ?? 3) + Math.round((1 - p) * 9 + rng.normal(0, 0.6));
    return Math.min(6, Math.max(1, base));
  }
  const target = ind.target ?? 0;
  if (ind.kind === 'level') {
    // A rate in % moves by points: about 1 for a growth or unemployment rate, at most 3 for a share near 100.
    const spread = ind.unit === '%' ? Math.min(3, Math.max(1, Math.abs(target) * 0.12)) : Math.abs(target) * 0.1;
    const sign = ind.direction === 'higher' ? 1 : -1;
    const v = target + sign * (p - 1) * spread * 5 + rng.normal(0, spread * 0.25) * (1 + (12 - month) / 12);
    return roundValue(ind, clamp(v, valueRange(ind)));
  }
  if (target === 0) return cumulative + (rng.chance(0.12) ? 1 : 0);
  const perMonth = target / 12;
  const factor = ind.direction === 'higher' ? p : 2 - p;
  const increment = perMonth * factor * rng.range(0.75, 1.25);
  return roundValue(ind, cumulative + Math.max(0, increment));
}

/** A county's standing against the district (0.75–1.25), drawn once for the whole demo. */
export function drawCountyBias(rng: Rng): number[] {
  return COUNTIES.map(() => rng.range(0.75, 1.25));
}

/** This month's spread (0.85–1.15) of each other county around its standing. */
export function drawCountyFactors(rng: Rng): number[] {
  return COUNTIES.slice(1).map(() => rng.range(0.85, 1.15));
}

/**
 * The six counties' values of one month, the district's own first. A rate in % lies within a few
 * points of the district's (a growth rate or a share is compared by difference, not ratio), kept in
 * range by reflecting at its bounds; other figures scale with the district's. A cumulative figure
 * never falls below the county's previous month (`previous`, same year).
 */
export function countyValues(ind: SeededIndicator, home: number, bias: number[], factors: number[], previous: number[] | null): number[] {
  const range = valueRange(ind);
  return COUNTIES.map((_, i) => {
    if (i === 0) return home;
    const b = bias[i]!;
    const f = factors[i - 1]!;
    let v: number;
    if (ind.kind === 'level' && ind.unit === '%') {
      const spread = Math.min(3, Math.max(0.5, Math.abs(ind.target ?? home) * 0.25));
      v = reflect(home + (((b - 1) / 0.25) * 0.6 + ((f - 1) / 0.15) * 0.4) * spread, range);
    } else {
      v = clamp(home * b * f, range);
    }
    const rounded = roundValue(ind, v);
    return ind.kind === 'cumulative' && previous ? Math.max(previous[i]!, rounded) : rounded;
  });
}

function reflect(v: number, range: [number, number]): number {
  const [lo, hi] = range;
  if (v > hi) return clamp(2 * hi - v, range);
  if (v < lo) return clamp(2 * lo - v, range);
  return v;
}
