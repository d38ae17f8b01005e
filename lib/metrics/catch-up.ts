/**
 * 赶超测算: what the district needs, among the prefecture's counties, to pass the county ranked just
 * above it and to reach a target rank — by year end and per remaining month. Pure.
 */
import type { Direction } from './indicator-types';
import { countyRank } from './ranking';
import { finiteOrNull, isFiniteNumber } from './numbers';

/**
 * How the counties' values evolve to December:
 * - 'cumulative': a year-to-date sum; every county is projected straight-line (value × 12 / month);
 * - 'level': a rate or level (e.g. a year-to-date growth %); every county is assumed to hold its value.
 */
export type CatchUpBasis = 'cumulative' | 'level';

export interface CatchUpInput {
  values: { regionCode: string; value: number }[];
  homeRegionCode: string;
  direction: Direction;
  basis: CatchUpBasis;
  /** Month (1..12) the values are for (the effective period of the round). */
  month: number;
  /** The rank to reach (全市第N); null when there is none. */
  targetRank: number | null;
}

/** One goal of the computation: the value to reach and what it takes. */
export interface CatchUpStep {
  /** The rank the district holds once it reaches `threshold` (ties share the rank). */
  rank: number;
  /** The counties holding the threshold value (several when they tie), in input order. */
  regionCodes: string[];
  /** Their value now, in the indicator's unit. */
  threshold: number;
  /** Their value in December (cumulative: projected straight-line; level: held). */
  yearEnd: number;
  /** How far the district is from `threshold` now, in the unit (百分点 for rates); always ≥ 0. */
  gapNow: number;
  /**
   * Per remaining month: cumulative — the amount to add each month from now to reach `yearEnd` in
   * December (lower-is-better: the most it may add); level — `gapNow` / months left, in the unit per
   * month. null in December (no month left).
   */
  perMonth: number | null;
}

export interface CatchUp {
  rank: number;
  total: number;
  monthsLeft: number;
  /** The district's own value now, and (cumulative) its average per month so far. */
  own: number;
  ownPerMonth: number | null;
  /** Pass the county ranked just above (strictly better than its value); null when already first. */
  passAbove: CatchUpStep | null;
  /** Reach `targetRank` (equal to the value ranked there); null without a target or when already there. */
  reachTarget: CatchUpStep | null;
}

const better = (direction: Direction, a: number, b: number) => (direction === 'lower' ? a < b : a > b);

function step(input: CatchUpInput, own: number, threshold: number, others: { regionCode: string; value: number }[]): CatchUpStep {
  const rank = 1 + others.filter((o) => better(input.direction, o.value, threshold)).length;
  const monthsLeft = 12 - input.month;
  const yearEnd = input.basis === 'cumulative' ? (threshold * 12) / input.month : threshold;
  const gapNow = Math.abs(threshold - own);
  const perMonth = monthsLeft === 0 ? null : input.basis === 'cumulative' ? (yearEnd - own) / monthsLeft : gapNow / monthsLeft;
  return {
    rank,
    regionCodes: others.filter((o) => o.value === threshold).map((o) => o.regionCode),
    threshold,
    yearEnd: finiteOrNull(yearEnd) ?? threshold,
    gapNow,
    perMonth: finiteOrNull(perMonth),
  };
}

/**
 * The catch-up figures of the district among `values` (one per county, finite; others ignored).
 * Ranks are standard competition ranks as {@link countyRank} (equal values share a rank).
 * - passAbove: the county just above is the one with the least good value strictly better than the
 *   district's (counties tied at that value are caught together): reaching its value shares its
 *   rank, anything beyond passes it.
 * - reachTarget: the value of the `targetRank`-th best other county; equalling it gives rank ≤ target.
 * null when the district has no finite value or the month is not 1..12.
 */
export function catchUp(input: CatchUpInput): CatchUp | null {
  const values = input.values.filter((v) => isFiniteNumber(v.value));
  const rank = countyRank(values, input.homeRegionCode, input.direction);
  const home = values.find((v) => v.regionCode === input.homeRegionCode);
  if (rank === null || !home || !Number.isInteger(input.month) || input.month < 1 || input.month > 12) return null;
  const own = home.value;
  const others = values.filter((v) => v !== home && v.regionCode !== input.homeRegionCode);
  const ahead = others.filter((o) => better(input.direction, o.value, own));
  const sorted = [...others].sort((a, b) => (input.direction === 'lower' ? a.value - b.value : b.value - a.value));
  let passAbove: CatchUpStep | null = null;
  if (ahead.length) {
    const nearest = ahead.reduce((m, o) => (better(input.direction, m.value, o.value) ? o : m));
    passAbove = step(input, own, nearest.value, others);
  }
  let reachTarget: CatchUpStep | null = null;
  const t = input.targetRank;
  if (t !== null && Number.isInteger(t) && t >= 1 && rank > t && sorted[t - 1]) {
    reachTarget = step(input, own, sorted[t - 1]!.value, others);
  }
  return {
    rank,
    total: values.length,
    monthsLeft: 12 - input.month,
    own,
    ownPerMonth: input.basis === 'cumulative' ? own / input.month : null,
    passAbove,
    reachTarget,
  };
}

/** The default target rank of a county-compared indicator without its own: the top third (6 ⇒ 2). */
export function defaultTargetRank(total: number): number | null {
  return total >= 3 ? Math.floor(total / 3) : null;
}
