/**
 * Small numeric helpers shared by the metrics engine. Every public function of the engine funnels
 * its numbers through these so that no NaN or ±Infinity ever leaves it.
 */

/** True for a number that is neither NaN nor ±Infinity. */
export function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/**
 * Returns `x` when it is a finite number, otherwise `null`.
 * Used where an overflow (e.g. 1e308 / 1e-10) would otherwise produce ±Infinity.
 */
export function finiteOrNull(x: number | null | undefined): number | null {
  return isFiniteNumber(x) ? x : null;
}

/**
 * Clamps `x` into `[min, max]`. ±Infinity clamps to the nearest bound; NaN returns `min`
 * (callers never pass NaN, this is a last line of defence).
 */
export function clamp(x: number, min: number, max: number): number {
  if (Number.isNaN(x)) return min;
  return Math.min(max, Math.max(min, x));
}

/**
 * Rounds to one decimal place, half up (toward +∞), as scores are displayed ("83.3").
 * Binary noise is removed first (83.25 stored as 83.2499999… still rounds to 83.3).
 * Non-finite input and |x| ≥ 1e15 are returned unchanged (callers guard finiteness).
 */
export function round1(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e15) return x; // ≥ 1e15 has no tenths to round (and ×10 could overflow)
  const scaled = Number((x * 10).toPrecision(12));
  const r = Math.round(scaled) / 10;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * Removes floating-point noise below 1e-9 (e.g. 7/12 × 1200 = 700.0000000000001) so that a value
 * that is mathematically on a threshold compares as being on it. Values with |x| ≥ 1e6 are
 * returned unchanged (the noise cannot matter there and scaling could overflow).
 */
export function snap(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e6) return x;
  const r = Math.round(x * 1e9) / 1e9;
  return Object.is(r, -0) ? 0 : r;
}
