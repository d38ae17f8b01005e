/**
 * The raw rows of every sheet through their zod schema (lib/validation/structure.ts): each row
 * becomes a typed record or a list of Chinese messages naming the column.
 */
import type { RawStructure } from '@/lib/excel/structure-read';
import { cellValue } from '@/lib/validation/structure-cells';
import { STRUCTURE_ROW_SCHEMAS } from '@/lib/validation/structure';
import { zhErrorMap } from '@/lib/validation/zod-zh';
import { SHEET_KEYS, STRUCTURE_SHEETS, type SheetKey } from './sheets';
import type { ImportedStructure } from './types';

export interface RowProblem {
  sheet: SheetKey;
  row: number;
  /** The record's name as typed (for the preview), or ''. */
  name: string;
  errors: string[];
}

export interface ValidatedStructure {
  data: ImportedStructure;
  problems: RowProblem[];
}

const headerOf = (key: SheetKey, col: string) => (STRUCTURE_SHEETS[key].columns as Record<string, string>)[col] ?? col;

function rowName(values: Record<string, unknown>): string {
  const v = values.name ?? values.title ?? values.indicator;
  return typeof v === 'string' ? v.slice(0, 60) : typeof v === 'number' ? String(v) : '';
}

/** Validates every row of every sheet; rows with problems are left out of `data`. */
export function validateStructure(raw: RawStructure): ValidatedStructure {
  const data = Object.fromEntries(SHEET_KEYS.map((k) => [k, []])) as unknown as ImportedStructure;
  const problems: RowProblem[] = [];
  for (const key of SHEET_KEYS) {
    for (const rec of raw[key]) {
      const values: Record<string, unknown> = {};
      const errors: string[] = [];
      for (const [col, cell] of Object.entries(rec.cells)) {
        const v = cellValue(cell);
        if (v !== null && typeof v === 'object') errors.push(`${headerOf(key, col)}：不能使用公式，请直接填写内容`);
        else values[col] = v;
      }
      const parsed = STRUCTURE_ROW_SCHEMAS[key].safeParse(values, { error: zhErrorMap });
      if (!parsed.success) for (const i of parsed.error.issues) errors.push(`${headerOf(key, String(i.path[0] ?? ''))}：${i.message}`);
      if (errors.length > 0) {
        problems.push({ sheet: key, row: rec.row, name: rowName(values), errors: [...new Set(errors)] });
        continue;
      }
      const record = { ...(parsed.data as object), row: rec.row } as Record<string, unknown>;
      if (key === 'competitions' && record.shortName === null) record.shortName = record.name;
      (data[key] as unknown[]).push(record);
    }
  }
  return { data, problems };
}
