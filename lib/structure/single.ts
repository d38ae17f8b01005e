/**
 * One record typed into an admin form, checked by exactly the rules of the structure import: the
 * sheet's zod schema (lib/validation/structure.ts) and the import plan's references and
 * consistency (lib/structure/plan.ts). References are by name, as in the workbook; the forms'
 * selects send names. Pure.
 */
import { STRUCTURE_ROW_SCHEMAS } from '@/lib/validation/structure';
import { zhErrorMap } from '@/lib/validation/zod-zh';
import { planStructure, type ExistingStructure } from './plan';
import { STRUCTURE_SHEETS, type SheetKey } from './sheets';
import { RECORD_KEY, emptyStructure, type ImportedStructure, type StructureData } from './types';

export type RecordCheck<K extends SheetKey> =
  { ok: true; record: StructureData[K][number] } | { ok: false; fieldErrors: Record<string, string[]>; message: string };

/** Form text as the workbook's cells of sheet `key`: blank or missing → null, everything else as typed. */
function asCells(key: SheetKey, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const col of Object.keys(STRUCTURE_SHEETS[key].columns)) {
    const v = values[col];
    out[col] = v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v;
  }
  return out;
}

function headerToColumn(key: SheetKey): Map<string, string> {
  return new Map(Object.entries(STRUCTURE_SHEETS[key].columns as Record<string, string>).map(([col, h]) => [h, col]));
}

function fail<K extends SheetKey>(fieldErrors: Record<string, string[]>): RecordCheck<K> {
  const first = Object.values(fieldErrors)[0]?.[0] ?? '';
  return { ok: false, fieldErrors, message: `填写内容有误，请按提示修改后重新提交。（${first}）` };
}

/**
 * Checks `values` as one row of sheet `key` against `existing` (the campaign's structure without
 * the record being edited, archived rows left out) for a campaign of `year`. A record whose key
 * (RECORD_KEY) is already in `existing` is refused as a duplicate with `duplicate`.
 */
export function checkRecord<K extends SheetKey>(
  key: K,
  values: Record<string, unknown>,
  existing: ExistingStructure,
  year: number,
  duplicate: string,
): RecordCheck<K> {
  const parsed = STRUCTURE_ROW_SCHEMAS[key].safeParse(asCells(key, values), { error: zhErrorMap });
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (errors[String(i.path[0] ?? '_')] ??= []).push(i.message);
    return fail(errors);
  }
  const record: Record<string, unknown> = { ...(parsed.data as Record<string, unknown>), row: 1 };
  if (key === 'competitions' && record.shortName === null) record.shortName = record.name;
  const data = { ...emptyStructure(), [key]: [record] } as unknown as ImportedStructure;
  const plan = planStructure({ data, problems: [] }, existing, year);
  const row = plan.rows[0]!;
  if (row.status === 'error') {
    const cols = headerToColumn(key);
    const errors: Record<string, string[]> = {};
    for (const e of row.errors) {
      const [head, ...rest] = e.split('：');
      const col = cols.get(head!) ?? '_';
      (errors[col] ??= []).push(rest.length ? e : e);
    }
    return fail(errors);
  }
  if (row.status !== 'add') {
    const nameCol = key === 'steps' ? 'title' : key === 'phasedTargets' ? 'period' : 'name';
    return fail({ [nameCol]: [duplicate] });
  }
  const { row: _row, ...clean } = record;
  return { ok: true, record: clean as unknown as StructureData[K][number] };
}

/** `existing` without the record of sheet `key` whose identity is `id` (the one being edited). */
export function withoutRecord<K extends SheetKey>(existing: ExistingStructure, key: K, id: string): ExistingStructure {
  const keyOf = RECORD_KEY[key] as (r: unknown) => string;
  return { ...existing, [key]: (existing[key] as unknown[]).filter((r) => keyOf(r) !== id) };
}
