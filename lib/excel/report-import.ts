/**
 * Reading an uploaded report template: file safety (upload-guard.ts), then the cells of the
 * 填报数据 sheet as typed values — never evaluated: a formula is reported as a formula, whatever
 * result Excel cached with it. Row numbers are the ones Excel shows at the left.
 * Validation against the database's indicators and entries is in report-validate.ts.
 */
import ExcelJS from 'exceljs';
import { COLUMNS, FIRST_DATA_ROW, HEADER_ROW } from './report-template';
import { FILE_MESSAGES, TEMPLATE_HEADERS, TEMPLATE_SHEET, type TemplateColumn } from './report-messages';
import { boundWorkbook } from './sheet-guard';
import { inspectXlsx, storeZip } from './upload-guard';

/** One cell as typed: a number keeps whether Excel shows it as a percentage ("85%" typed in Excel is 0.85). */
export type RawCell =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'formula' }
  /** A date, a boolean or an error value (#N/A), with the text Excel would show. */
  | { kind: 'other'; shown: string };

export type RawRow = { row: number } & Record<'id' | 'value' | 'workProgress' | 'problems' | 'nextSteps', RawCell>;

export interface ParsedReport {
  /** The period written in the template (C1), or null when missing. */
  period: string | null;
  rows: RawRow[];
}

export type ReadResult = { ok: true; report: ParsedReport } | { ok: false; message: string };

export const MAX_DATA_ROWS = 2000;
const BLANK: RawCell = { kind: 'blank' };

/** True when a number format displays its value as a percentage (quoted literals ignored). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('%');
}

function dateText(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** The typed content of a cell. Text is trimmed; an empty text is blank. */
export function readCell(cell: ExcelJS.Cell): RawCell {
  const v = cell.value;
  if (v === null || v === undefined) return BLANK;
  if (typeof v === 'number') return { kind: 'number', value: v, percent: isPercentFormat(cell.numFmt) };
  if (typeof v === 'string') return v.trim() === '' ? BLANK : { kind: 'text', text: v.trim() };
  if (typeof v === 'boolean') return { kind: 'other', shown: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { kind: 'other', shown: dateText(v) };
  if ('formula' in v || 'sharedFormula' in v) return { kind: 'formula' };
  if ('richText' in v) {
    const text = v.richText
      .map((t) => t.text)
      .join('')
      .trim();
    return text === '' ? BLANK : { kind: 'text', text };
  }
  if ('error' in v) return { kind: 'other', shown: String(v.error) };
  if ('text' in v && typeof v.text === 'string') return v.text.trim() === '' ? BLANK : { kind: 'text', text: v.text.trim() };
  return { kind: 'other', shown: String(cell.text ?? '').slice(0, 20) };
}

function cellText(cell: ExcelJS.Cell): string {
  const c = readCell(cell);
  if (c.kind === 'text') return c.text;
  if (c.kind === 'number') return String(c.value);
  return '';
}

/** Column numbers by header, or null when any header is missing (the sheet was rearranged). */
function columnMap(ws: ExcelJS.Worksheet): Record<TemplateColumn, number> | null {
  const header = ws.getRow(HEADER_ROW);
  const found = new Map<string, number>();
  for (let c = 1; c <= Math.min(ws.columnCount, 50); c++) {
    const text = cellText(header.getCell(c));
    if (text && !found.has(text)) found.set(text, c);
  }
  const map = {} as Record<TemplateColumn, number>;
  for (const key of COLUMNS) {
    const c = found.get(TEMPLATE_HEADERS[key]);
    if (!c) return null;
    map[key] = c;
  }
  return map;
}

/** The period next to the 统计期 label in row 1 (a date typed over it is read as its month). */
function readPeriod(ws: ExcelJS.Worksheet): string | null {
  const top = ws.getRow(1);
  for (let c = 1; c <= 10; c++) {
    if (cellText(top.getCell(c)) !== '统计期') continue;
    const v = top.getCell(c + 1).value;
    if (v instanceof Date) return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}`;
    const text = cellText(top.getCell(c + 1));
    return /^\d{4}-\d{2}$/.test(text) ? text : null;
  }
  return null;
}

/** The data rows of the sheet (wholly blank rows skipped), or a refusal for the whole file. */
export function readReportSheet(wb: ExcelJS.Workbook): ReadResult {
  const ws = wb.getWorksheet(TEMPLATE_SHEET);
  if (!ws) return { ok: false, message: FILE_MESSAGES.noSheet };
  const cols = columnMap(ws);
  if (!cols) return { ok: false, message: FILE_MESSAGES.badHeader };
  const period = readPeriod(ws);
  if (!period) return { ok: false, message: FILE_MESSAGES.noPeriod };
  const rows: RawRow[] = [];
  let tooMany = false;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n < FIRST_DATA_ROW || tooMany) return;
    const raw: RawRow = {
      row: n,
      id: readCell(row.getCell(cols.id)),
      value: readCell(row.getCell(cols.value)),
      workProgress: readCell(row.getCell(cols.workProgress)),
      problems: readCell(row.getCell(cols.problems)),
      nextSteps: readCell(row.getCell(cols.nextSteps)),
    };
    if ([raw.id, raw.value, raw.workProgress, raw.problems, raw.nextSteps].every((c) => c.kind === 'blank')) return;
    rows.push(raw);
    if (rows.length > MAX_DATA_ROWS) tooMany = true;
  });
  if (tooMany) return { ok: false, message: FILE_MESSAGES.tooManyRows };
  if (rows.length === 0) return { ok: false, message: FILE_MESSAGES.noRows };
  return { ok: true, report: { period, rows } };
}

/**
 * From uploaded bytes to the sheet's rows: magic bytes, zip directory and bounded inflation first
 * (upload-guard.ts), then what the XML declares is bounded (sheet-guard.ts); the workbook reader
 * parses a re-packed copy of the verified, bounded parts only.
 */
export async function readReportUpload(bytes: Uint8Array): Promise<ReadResult> {
  const guarded = inspectXlsx(bytes);
  if (!guarded.ok) return guarded;
  const bounded = await boundWorkbook(guarded.entries);
  if (!bounded.ok) return bounded;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(storeZip(bounded.entries) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: FILE_MESSAGES.unreadable };
  }
  return readReportSheet(wb);
}
