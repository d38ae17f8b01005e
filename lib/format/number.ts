/**
 * Plain numbers, money (stored in 万元) and "value + unit" formatting.
 * All functions: null / undefined / NaN / ±Infinity → '—'; half-up rounding on the decimal value
 * (0.15 → 0.2, 1.005 → 1.01, -1.25 → -1.3); ',' thousands grouping; never '-0'.
 */
import { DASH, formatFixed, isFiniteNumber, normalizeDigits, roundHalfUp } from './decimal';

/** 1 亿元 = 10 000 万元. */
const WAN_PER_YI = 10_000;

/** Units that count discrete things; integral values are shown without decimals. */
export const COUNT_UNITS: readonly string[] = ['个', '户', '人', '家', '项', '次', '幢', '名', '位', '起'];

/**
 * Formats a plain number with `digits` decimals (default 1), half-up, ',' grouping.
 * @example formatNumber(12345.67) // '12,345.7'
 * @example formatNumber(-0) // '0.0'; formatNumber(-0, 0) // '0'
 */
export function formatNumber(v: number | null | undefined, digits = 1): string {
  if (!isFiniteNumber(v)) return DASH;
  return formatFixed(v, normalizeDigits(digits, 1));
}

/**
 * Formats an amount given in 万元 as 万元 with `digits` decimals (default 1), half-up, grouped.
 * @example formatWan(3456) // '3,456.0万元'
 */
export function formatWan(v10k: number | null | undefined, digits = 1): string {
  if (!isFiniteNumber(v10k)) return DASH;
  return `${formatFixed(v10k, normalizeDigits(digits, 1))}万元`;
}

/**
 * Formats an amount given in 万元 as 亿元 (÷ 10 000, done exactly on the decimal string) with
 * `digits` decimals (default 2), half-up, grouped.
 * @example formatYi(23500) // '2.35亿元'
 */
export function formatYi(v10k: number | null | undefined, digits = 2): string {
  if (!isFiniteNumber(v10k)) return DASH;
  return `${formatFixed(v10k, normalizeDigits(digits, 2), -4)}亿元`;
}

/**
 * Money in 万元 with the fixed house rule: |v| ≥ 10 000 万元 → 亿元 with 2 decimals, otherwise
 * 万元 with 1 decimal (half-up). The threshold is tested on the value rounded to 0.1 万元, so
 * 9 999.96 shows as '1.00亿元' rather than '10,000.0万元'.
 * @example formatMoney(9999.9) // '9,999.9万元'
 * @example formatMoney(10000) // '1.00亿元'
 */
export function formatMoney(v10k: number | null | undefined): string {
  if (!isFiniteNumber(v10k)) return DASH;
  const r = roundHalfUp(v10k, 1);
  const absRounded = Number(`${r.int}.${r.frac}`);
  return absRounded >= WAN_PER_YI ? formatYi(v10k, 2) : formatWan(v10k, 1);
}

/** True when `v` is an integer up to floating-point noise (|v − round(v)| < 1e-9). */
function isIntegral(v: number): boolean {
  return Math.abs(v - Math.round(v)) < 1e-9;
}

/**
 * Formats `v` followed by `unit` exactly as given (no space), where `v` is already expressed in
 * that unit:
 * - '%': `v` is in percent (8.5 → '8.5%'; for fractions use `formatPercent`);
 * - '万元': same as {@link formatWan};
 * - '亿元': `v` is in 亿元, default 2 decimals (1.5 → '1.50亿元');
 * - count units (个 户 人 家 项 次 幢 名 位 起): integral values without decimals
 *   (12 → '12个', 12345 → '12,345户'), otherwise `digits` decimals;
 * - anything else (including ''): number with `digits` decimals, then the unit.
 * `digits` defaults to 1 (2 for 亿元); half-up rounding; null/non-finite → '—' (no unit).
 */
export function formatValue(v: number | null | undefined, unit: string, digits?: number): string {
  if (!isFiniteNumber(v)) return DASH;
  if (unit === '万元') return formatWan(v, normalizeDigits(digits, 1));
  if (unit === '亿元') return `${formatFixed(v, normalizeDigits(digits, 2))}亿元`;
  if (COUNT_UNITS.includes(unit) && isIntegral(v)) return `${formatFixed(v, 0)}${unit}`;
  return `${formatFixed(v, normalizeDigits(digits, 1))}${unit}`;
}
