/**
 * One uploaded cell to the value or text it stands for, by the rules of lib/validation/number.ts
 * (numbers) and lib/text (texts), and the warning for a value that is ambiguous for its unit.
 * Pure; used by report-validate.ts.
 */
import type { IndicatorKind } from '@/db/schema';
import { formatRank } from '@/lib/format';
import { groupThousands } from '@/lib/format/decimal';
import { cleanUserText } from '@/lib/text/user-text';
import { isPercentUnit, normaliseNumberText, parseNumberInput } from '@/lib/validation/number';
import type { RawCell } from './sheet-cells';
import { ROW_MESSAGES, ROW_WARNINGS } from './report-messages';

const MAX_TEXT = 2000;
const MAX_ABS = 1e12;

/** The value with every digit it has (no rounding), thousands grouped, then its unit. */
export function exactValue(v: number | null, kind: IndicatorKind, unit: string): string {
  if (v === null) return '未填';
  if (kind === 'rank') return formatRank(v);
  const [int = '', frac] = String(Math.abs(v)).split('.');
  return `${v < 0 ? '-' : ''}${/e/i.test(int) ? int : groupThousands(int)}${frac ? `.${frac}` : ''}${unit}`;
}

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; message: string };

/** The value cell: null = blank (unchanged). */
export function parseValueCell(cell: RawCell, kind: IndicatorKind, unit: string): Parsed<number> {
  let v: number | null;
  if (cell.kind === 'blank') return { ok: true, value: null };
  if (cell.kind === 'formula') return { ok: false, message: ROW_MESSAGES.formula };
  if (cell.kind === 'other') return { ok: false, message: `“${cell.shown}”${ROW_MESSAGES.notNumber}` };
  if (cell.kind === 'text') {
    const parsed = parseNumberInput(cell.text, unit);
    if (!parsed.ok) return parsed;
    v = parsed.value;
  } else if (cell.percent) {
    if (!isPercentUnit(unit)) return { ok: false, message: ROW_MESSAGES.percentFormat(unit) };
    v = Number((cell.value * 100).toPrecision(12));
  } else {
    v = cell.value;
  }
  if (v === null) return { ok: true, value: null };
  if (!Number.isFinite(v) || Math.abs(v) >= MAX_ABS) return { ok: false, message: ROW_MESSAGES.tooBig };
  if (kind === 'rank' && (!Number.isInteger(v) || v < 1)) return { ok: false, message: ROW_MESSAGES.rank };
  return { ok: true, value: v };
}

/** A text cell, cleaned by the user-text rule: null = blank (unchanged). Numbers and dates typed there are kept as text. */
export function parseTextCell(cell: RawCell, label: string): Parsed<string> {
  if (cell.kind === 'blank') return { ok: true, value: null };
  if (cell.kind === 'formula') return { ok: false, message: ROW_MESSAGES.textFormula };
  const raw = cell.kind === 'text' ? cell.text : cell.kind === 'number' ? String(cell.value) : cell.shown;
  const cleaned = cleanUserText(raw, { multiline: true, label });
  if (!cleaned.ok) return cleaned;
  if (cleaned.text === '') return { ok: true, value: null };
  if (cleaned.text.length > MAX_TEXT) return { ok: false, message: ROW_MESSAGES.textTooLong(label) };
  return { ok: true, value: cleaned.text };
}

/** A stored text as the rule would store it now, to compare with an uploaded one. */
export function storedText(s: string): string {
  const cleaned = cleanUserText(s, { multiline: true });
  return cleaned.ok ? cleaned.text : s;
}

/** What the other figures of a % indicator look like: a file's other % values, its target, its current value. */
export interface PercentContext {
  /** The first value ≥ 1 in magnitude typed for another % indicator of the file, if any. */
  fileExample: number | null;
  annualTarget: number | null;
  current: number | null;
}

/** The units whose values fractionWarning looks at (not 百分点, where 0.5 is an ordinary figure). */
export const isPlainPercent = (unit: string) => unit === '%' || unit === '％';

/** True when the cell states its own scale: a % typed after the number, or a percentage format. */
function statesScale(cell: RawCell): boolean {
  if (cell.kind === 'number') return cell.percent;
  return cell.kind === 'text' && normaliseNumberText(cell.text).endsWith('%');
}

/**
 * A warning when a fraction (0 < |v| < 1) is given for a % indicator whose other figures are like
 * 85: 0.85 may mean 85%. The value is imported as typed; the warning lets the user decide.
 */
export function fractionWarning(cell: RawCell, v: number | null, unit: string, ctx: PercentContext): string | null {
  if (!isPlainPercent(unit) || v === null || v === 0 || Math.abs(v) >= 1 || statesScale(cell)) return null;
  const big = (x: number | null): x is number => x !== null && Math.abs(x) >= 1;
  if (big(ctx.fileExample)) return ROW_WARNINGS.fraction(v, unit, ROW_WARNINGS.byFile(ctx.fileExample));
  if (big(ctx.annualTarget)) return ROW_WARNINGS.fraction(v, unit, ROW_WARNINGS.byTarget(ctx.annualTarget, unit));
  if (big(ctx.current)) return ROW_WARNINGS.fraction(v, unit, ROW_WARNINGS.byCurrent(ctx.current, unit));
  return null;
}
