/**
 * Reading an uploaded report template: file safety (upload-guard.ts, sheet-guard.ts), then the
 * cells of the 填报数据 sheet as its user sees them (sheet-cells.ts). Row numbers are the ones
 * Excel shows at the left.
 * Validation against the database's indicators and entries is in report-validate.ts.
 */
import ExcelJS from 'exceljs';
import { COLUMNS, FIRST_DATA_ROW, HEADER_ROW } from './report-template';
import { FILE_MESSAGES, TEMPLATE_HEADERS, TEMPLATE_SHEET, type TemplateColumn } from './report-messages';
import { boundWorkbook } from './sheet-guard';
import { readCell, readRowCells, type RawCell } from './sheet-cells';
import { inspectXlsx, storeZip } from './upload-guard';

export type { RawCell } from './sheet-cells';

export type RawRow = { row: number; notes: string[] } & Record<'id' | 'value' | 'workProgress' | 'problems' | 'nextSteps', RawCell>;

export interface ParsedReport {
  /** The period written in the template (C1), or null when missing. */
  period: string | null;
  rows: RawRow[];
}

export type ReadResult = { ok: true; report: ParsedReport } | { ok: false; message: string };

export const MAX_DATA_ROWS = 2000;

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
    const { cells, notes } = readRowCells(ws, row, {
      id: cols.id,
      value: cols.value,
      workProgress: cols.workProgress,
      problems: cols.problems,
      nextSteps: cols.nextSteps,
    });
    const raw: RawRow = { row: n, notes, ...cells };
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
