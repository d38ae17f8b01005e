/**
 * Percentages and percentage-point (个百分点) gaps.
 * null / undefined / NaN / ±Infinity → '—'; half-up rounding on the decimal value; never '-0'.
 */
import { DASH, formatFixed, isFiniteNumber, normalizeDigits, renderDecimal, roundHalfUp } from './decimal';

/**
 * Formats a fraction (0–1 scale) as a percentage with `digits` decimals (default 1). The ×100 is
 * done exactly on the decimal string, then half-up rounding.
 * @example formatPercent(0.756) // '75.6%'
 * @example formatPercent(0.0015) // '0.2%'
 */
export function formatPercent(fraction: number | null | undefined, digits = 1): string {
  if (!isFiniteNumber(fraction)) return DASH;
  return `${formatFixed(fraction, normalizeDigits(digits, 1), 2)}%`;
}

/**
 * A fraction as a percentage number (not a string) rounded half up to `digits` decimals (default
 * 1) on the decimal string, for chart data (the PPTX's data labels): 0.7534 → 75.3, 2/3 → 66.7,
 * 0.00005 → 0; never −0. null for null or non-finite input.
 * @example percentNumber(0.75) // 75
 */
export function percentNumber(fraction: number | null | undefined, digits = 1): number | null {
  if (!isFiniteNumber(fraction)) return null;
  const r = roundHalfUp(fraction, normalizeDigits(digits, 1), 2);
  const n = Number(`${r.negative ? '-' : ''}${r.int}.${r.frac || '0'}`);
  return Number.isFinite(n) ? n : null;
}

/**
 * Formats a value already in percentage points with `digits` decimals (default 1), half-up,
 * signed only when negative.
 * @example formatPp(0.7) // '0.7个百分点'
 * @example formatPp(-1.25) // '-1.3个百分点'
 */
export function formatPp(pp: number | null | undefined, digits = 1): string {
  if (!isFiniteNumber(pp)) return DASH;
  return `${formatFixed(pp, normalizeDigits(digits, 1))}个百分点`;
}

/** Shared wording for signed pp gaps; "equal" when the value rounds to zero at `digits`. */
function describeSigned(pp: number | null | undefined, digits: number, above: string, below: string, equal: string): string {
  if (!isFiniteNumber(pp)) return DASH;
  const r = roundHalfUp(pp, digits);
  if (r.isZero) return equal;
  return `${r.negative ? below : above}${renderDecimal(r, false)}个百分点`;
}

/**
 * Describes an actual-minus-target gap in percentage points (`digits` decimals, default 1,
 * half-up). A gap that rounds to zero reads '与目标持平'.
 * @example describeGapPp(0.7) // '高于目标0.7个百分点'
 * @example describeGapPp(-2) // '低于目标2.0个百分点'
 * @deprecated States "higher/lower than target" from a better/worse-signed gap, which inverts it
 * for lower-is-better rates (2.7% vs a 3.5% ceiling read "高于目标0.8个百分点"). Use
 * describeGap(evaluation) (lib/format/gap), which states the fact, then the judgement.
 */
export function describeGapPp(pp: number | null | undefined, digits = 1): string {
  return describeSigned(pp, normalizeDigits(digits, 1), '高于目标', '低于目标', '与目标持平');
}

/**
 * Describes progress versus the time-elapsed schedule (序时进度) in percentage points, 1 decimal,
 * half-up. A gap that rounds to zero reads '与序时持平'.
 * @example describeProgressGap(3.2) // '快于序时3.2个百分点'
 * @example describeProgressGap(-4) // '慢于序时4.0个百分点'
 * @deprecated Use describeGap(evaluation) for an indicator (it names 序时 or 应完成进度 and adds
 * the judgement) and describeGroupProgress / formatGap(groupGap(p)) for a group.
 */
export function describeProgressGap(pp: number | null | undefined): string {
  return describeSigned(pp, 1, '快于序时', '慢于序时', '与序时持平');
}
