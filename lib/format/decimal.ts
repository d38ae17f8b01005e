/**
 * Internal decimal helpers shared by the formatters: exact half-up rounding on the decimal
 * representation of a number, thousands grouping and the em-dash placeholder.
 * Not re-exported from `index.ts` except for {@link DASH}.
 */

/** Placeholder shown for missing or non-finite values (U+2014 EM DASH). */
export const DASH = '—';

/** Largest number of fraction digits the formatters accept (same limit as `toFixed`). */
const MAX_DIGITS = 20;

/** Type guard: a real, finite number (rejects null, undefined, NaN, ±Infinity). */
export function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Clamps a caller-supplied digit count to an integer in [0, 20]; non-finite → `fallback`.
 */
export function normalizeDigits(digits: number | undefined, fallback: number): number {
  if (digits === undefined || !Number.isFinite(digits)) return fallback;
  return Math.min(MAX_DIGITS, Math.max(0, Math.trunc(digits)));
}

/** Result of {@link roundHalfUp}: sign and unsigned digit strings. */
export interface RoundedDecimal {
  /** True only when the rounded value is non-zero and negative (so -0 and -0.04→0.0 are positive). */
  negative: boolean;
  /** Integer digits without grouping or leading zeros ('0' at least). */
  int: string;
  /** Exactly `digits` fraction digits. */
  frac: string;
  /** True when every rounded digit is zero. */
  isZero: boolean;
}

/** Adds one unit in the last place to a string of decimal digits (may grow by one digit). */
function incrementDigits(s: string): string {
  const out = s.split('');
  for (let i = out.length - 1; i >= 0; i -= 1) {
    if (out[i] === '9') {
      out[i] = '0';
    } else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

/**
 * Rounds `v × 10^shift` to `digits` fraction digits, half away from zero ("四舍五入"), working on
 * the decimal string rather than binary arithmetic: non-integers are first normalised to 15
 * significant digits (absorbing floating-point noise such as 1.005 → 1.00499999…), so
 * 0.15 → 0.2, 1.005 → 1.01, 2.675 → 2.68 and -1.25 → -1.3. `shift` moves the decimal point
 * exactly (e.g. 2 for fraction → percent, -4 for 万元 → 亿元). `v` must be finite.
 */
export function roundHalfUp(v: number, digits: number, shift = 0): RoundedDecimal {
  const abs = Math.abs(v);
  const repr = Number.isInteger(abs) ? String(abs) : abs.toPrecision(15);
  const m = /^(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(repr);
  if (!m) throw new Error(`roundHalfUp: unexpected representation ${repr}`);
  const intPart = m[1] ?? '0';
  const fracPart = m[2] ?? '';
  const exp = Number(m[3] ?? '0');

  let all = intPart + fracPart;
  let point = intPart.length + exp + shift;
  if (point <= 0) {
    all = '0'.repeat(1 - point) + all;
    point = 1;
  }
  if (point > all.length) all = all.padEnd(point, '0');

  const intDigits = all.slice(0, point);
  const fracDigits = all.slice(point);
  let kept: string;
  if (fracDigits.length <= digits) {
    kept = intDigits + fracDigits.padEnd(digits, '0');
  } else {
    kept = intDigits + fracDigits.slice(0, digits);
    if (fracDigits.charCodeAt(digits) >= 53 /* '5' */) kept = incrementDigits(kept);
  }

  const int = kept.slice(0, kept.length - digits).replace(/^0+(?=\d)/, '') || '0';
  const frac = kept.slice(kept.length - digits);
  const isZero = /^0*$/.test(int + frac);
  return { negative: v < 0 && !isZero, int, frac, isZero };
}

/** Inserts ',' every three digits of an unsigned integer digit string: '12345' → '12,345'. */
export function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Renders a {@link RoundedDecimal}; `signed: false` drops the minus sign (for "高于/低于" texts). */
export function renderDecimal(r: RoundedDecimal, signed = true): string {
  const sign = signed && r.negative ? '-' : '';
  return `${sign}${groupThousands(r.int)}${r.frac ? `.${r.frac}` : ''}`;
}

/**
 * Formats finite `v × 10^shift` with `digits` decimals, half-up rounding and ',' grouping.
 * Never yields '-0' / '-0.0'.
 */
export function formatFixed(v: number, digits: number, shift = 0): string {
  return renderDecimal(roundHalfUp(v, digits, shift));
}
