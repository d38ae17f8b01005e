/**
 * Cells of the structure workbook as the values its zod schemas take: text stays text, numbers
 * stay numbers (a percentage-formatted 8% is the 8 of a % target), dates and months typed the
 * Chinese way become `YYYY-MM-DD` and `YYYY-MM`. A formula is never a value.
 */
import type { RawCell } from '@/lib/excel/sheet-cells';

export type CellValue = string | number | null | { formula: true };

export function cellValue(c: RawCell): CellValue {
  switch (c.kind) {
    case 'blank':
      return null;
    case 'number':
      return c.percent ? Math.round(c.value * 1e8) / 1e6 : c.value;
    case 'text':
      return c.text;
    case 'formula':
      return { formula: true };
    default:
      return c.shown;
  }
}

const pad = (n: string) => n.padStart(2, '0');

/** '2020-10-04', '2020年10月4日', '2020/10/4', '2020.10.4' → '2020-10-04'; else unchanged. */
export function normaliseDate(s: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s.trim());
  return m ? `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}` : s;
}

/** '2020-06', '2020年6月', '2020/6', or a date in that month → '2020-06'; else unchanged. */
export function normalisePeriod(s: string): string {
  const t = s.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(t);
  if (m) return `${m[1]}-${pad(m[2]!)}`;
  const d = normaliseDate(t);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d.slice(0, 7) : t;
}
