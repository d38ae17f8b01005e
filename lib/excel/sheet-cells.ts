/**
 * The cells of a data row as the person who filled the sheet sees them — never evaluated, never
 * inherited:
 * - a merged range's value belongs to its top-left cell only; the other cells of the range are
 *   blank (exceljs hands them the top-left value), and the preview says so when a range spans rows;
 * - a cell holding only spaces, invisible marks (zero-width space, BOM) or only a style is blank;
 * - Excel's `_x000D_` escapes in text arrive decoded (exceljs does it); the user-text rule of
 *   lib/text then removes the controls they stand for, or refuses a NUL;
 * - a formula (plain, shared or array) is a formula, whatever result Excel cached;
 * - content in a hidden row or column is read, with a warning, because its user cannot see it.
 */
import type ExcelJS from 'exceljs';
import { isBlankUserText } from '@/lib/text/user-text';
import { ROW_WARNINGS, TEMPLATE_HEADERS, type TemplateColumn } from './report-messages';

/** One cell as typed: a number keeps whether Excel shows it as a percentage ("85%" typed in Excel is 0.85). */
export type RawCell =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'formula' }
  /** A date, a boolean or an error value (#N/A), with the text Excel would show. */
  | { kind: 'other'; shown: string };

export const BLANK: RawCell = { kind: 'blank' };

/** True when a number format displays its value as a percentage (quoted literals ignored). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('%');
}

function textCell(text: string): RawCell {
  return isBlankUserText(text) ? BLANK : { kind: 'text', text: text.trim() };
}

const dateText = (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;

/** The typed content of a cell, read on its own (merges are the caller's concern). */
export function readCell(cell: ExcelJS.Cell): RawCell {
  const v = cell.value;
  if (v === null || v === undefined) return BLANK;
  if (typeof v === 'number') return { kind: 'number', value: v, percent: isPercentFormat(cell.numFmt) };
  if (typeof v === 'string') return textCell(v);
  if (typeof v === 'boolean') return { kind: 'other', shown: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { kind: 'other', shown: dateText(v) };
  if ('formula' in v || 'sharedFormula' in v) return { kind: 'formula' };
  if ('richText' in v) return textCell(v.richText.map((t) => t.text).join(''));
  if ('error' in v) return { kind: 'other', shown: String(v.error) };
  if ('text' in v && typeof v.text === 'string') return textCell(v.text);
  return { kind: 'other', shown: String(cell.text ?? '').slice(0, 20) };
}

const EDITABLE: TemplateColumn[] = ['value', 'workProgress', 'problems', 'nextSteps'];

/** The last row and column of the merged range whose top-left cell is `master`. */
function mergeEnd(ws: ExcelJS.Worksheet, master: ExcelJS.Cell): { row: number; col: number; address: string } {
  const { row, col } = master.fullAddress;
  const inRange = (r: number, c: number) => ws.findCell(r, c)?.master.address === master.address;
  let last = row;
  while (inRange(last + 1, col)) last++;
  let right = col;
  while (inRange(row, right + 1)) right++;
  return { row: last, col: right, address: ws.findCell(last, right)!.address };
}

/** The merge rule for one cell: its content, and a warning when a merged range spans rows. */
function mergedCell(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, key: TemplateColumn): { cell: RawCell; note?: string } {
  if (!cell.isMerged) return { cell: readCell(cell) };
  const master = cell.master;
  if (master.address !== cell.address) {
    const above = master.fullAddress.row !== cell.fullAddress.row && readCell(master).kind !== 'blank';
    return { cell: BLANK, note: above ? ROW_WARNINGS.mergedInto(TEMPLATE_HEADERS[key], master.fullAddress.row) : undefined };
  }
  const own = readCell(cell);
  const end = mergeEnd(ws, cell);
  const row = cell.fullAddress.row;
  if (end.row === row || own.kind === 'blank') return { cell: own };
  return { cell: own, note: ROW_WARNINGS.mergedRows(`${cell.address}:${end.address}`, row, end.row) };
}

/** The cells of `row` under the columns `cols`, with the warnings the preview shows for the row. */
export function readRowCells<K extends TemplateColumn>(
  ws: ExcelJS.Worksheet,
  row: ExcelJS.Row,
  cols: Record<K, number>,
): { cells: Record<K, RawCell>; notes: string[] } {
  const cells = {} as Record<K, RawCell>;
  const notes: string[] = [];
  for (const key of Object.keys(cols) as K[]) {
    const read = mergedCell(ws, row.getCell(cols[key]), key);
    cells[key] = read.cell;
    if (read.note) notes.push(read.note);
  }
  const filled = EDITABLE.filter((k) => k in cells && cells[k as K].kind !== 'blank');
  if (filled.length > 0 && row.hidden) notes.push(ROW_WARNINGS.hiddenRow);
  for (const k of filled) if (ws.getColumn(cols[k as K]).hidden) notes.push(ROW_WARNINGS.hiddenColumn(TEMPLATE_HEADERS[k]));
  return { cells, notes };
}
