/**
 * Plain numbers, money (stored in 万元) and "value + unit" formatting.
 * All functions: null / undefined / NaN / ±Infinity → '—'; half-up rounding on the decimal value
 * (0.15 → 0.2, 1.005 → 1.01, -1.25 → -1.3); ',' thousands grouping; never '-0'.
 */
import { DASH, formatFixed, isFiniteNumber, normalizeDigits, renderDecimal, roundHalfUp } from './decimal';

/** 1 亿元 = 10 000 万元. */
const WAN_PER_YI = 10_000;

/** Units that count discrete things; integral values are shown without decimals. */
export const COUNT_UNITS: readonly string[] = [
  '个',
  '户',
  '人',
  '家',
  '项',
  '次',
  '幢',
  '名',
  '位',
  '起',
  '处',
  '件',
  '宗',
  '所',
  '座',
  '张',
  '条',
  '套',
];

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

/** An amount in 亿元 at or above this many 亿元 keeps one decimal; below it, two. */
const YI_ONE_DECIMAL_FROM = 10;

/**
 * An amount already in 亿元, by the house rule for 亿元: half-up to 2 decimals below 10 亿元 and
 * to 1 decimal from 10 亿元 on (tested on the 2-decimal value), then trailing zeros dropped — so
 * figures read as printed: 2.35亿元, 1.5亿元, 5亿元, 154.2亿元. `shift` moves the decimal point
 * first (−4 turns 万元 into 亿元, exactly on the decimal string).
 * @example formatYiAmount(2.35) // '2.35亿元'
 * @example formatYiAmount(1.5) // '1.5亿元'
 * @example formatYiAmount(154.18) // '154.2亿元'
 */
export function formatYiAmount(vYi: number | null | undefined, shift = 0): string {
  if (!isFiniteNumber(vYi)) return DASH;
  const two = roundHalfUp(vYi, 2, shift);
  const r = Number(`${two.int}.${two.frac}`) >= YI_ONE_DECIMAL_FROM ? roundHalfUp(vYi, 1, shift) : two;
  return `${renderDecimal({ ...r, frac: r.frac.replace(/0+$/, '') })}亿元`;
}

/**
 * Money in 万元 with the house rule: from 1 亿元 (|v| ≥ 10 000 万元, tested on the value rounded
 * to 0.1 万元, so 9 999.96 reads 1亿元) → 亿元 by {@link formatYiAmount}; below → 万元 with 1
 * decimal (half-up, grouped).
 * @example formatMoney(9999.9) // '9,999.9万元'
 * @example formatMoney(1541800) // '154.2亿元'
 * @example formatMoney(23500) // '2.35亿元'
 */
export function formatMoney(v10k: number | null | undefined): string {
  if (!isFiniteNumber(v10k)) return DASH;
  const r = roundHalfUp(v10k, 1);
  const absRounded = Number(`${r.int}.${r.frac}`);
  return absRounded >= WAN_PER_YI ? formatYiAmount(v10k, -4) : formatWan(v10k, 1);
}

/**
 * A value in its unit as officials read it — the form for dashboards, slides, the PPTX, the 通报
 * and exports: amounts in 万元 scaled to 亿元 from 1 亿元 ({@link formatMoney}), amounts in 亿元
 * by {@link formatYiAmount}, every other unit as {@link formatValue}. For an exact echo of what was
 * typed (entry forms, import previews, the audit log) use formatValue.
 * @example formatAmount(1541800, '万元') // '154.2亿元'
 * @example formatAmount(20.1, '亿元') // '20.1亿元'
 * @example formatAmount(9, '起') // '9起'
 */
export function formatAmount(v: number | null | undefined, unit: string): string {
  if (unit === '万元') return formatMoney(v);
  if (unit === '亿元') return formatYiAmount(v);
  return formatValue(v, unit);
}

/**
 * An amount as a number in the unit it is shown in — for spreadsheet cells and chart data, so that
 * they read exactly as {@link formatAmount} words them: the figure is parsed back from that text,
 * so the two never disagree (a unit that defeats the parse keeps `v` with 1 decimal). null for a
 * missing or non-finite value.
 * @example amountNumber(1541800, '万元') // { value: 154.2, digits: 1, unit: '亿元' }
 * @example amountNumber(9, '起') // { value: 9, digits: 0, unit: '起' }
 */
export function amountNumber(v: number | null | undefined, unit: string): { value: number; digits: number; unit: string } | null {
  if (!isFiniteNumber(v)) return null;
  const shown = formatAmount(v, unit);
  const shownUnit = unit === '万元' && shown.endsWith('亿元') ? '亿元' : unit;
  const figure = shown.slice(0, shown.length - shownUnit.length);
  const m = /^-?[\d,]+(?:\.(\d+))?$/.exec(figure);
  if (!m) return { value: v, digits: 1, unit };
  return { value: Number(figure.replace(/,/g, '')), digits: m[1]?.length ?? 0, unit: shownUnit };
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
