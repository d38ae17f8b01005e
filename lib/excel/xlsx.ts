/**
 * Writes a dashboard {@link Table} as an .xlsx workbook: sheet 1 holds the table exactly as on the
 * page (first row = the Chinese headers), sheet 2 (说明) the title, period and notes.
 *
 * Numbers stay numbers: each numeric cell gets an Excel number format that displays the same text
 * as the page (e.g. `#,##0.0"万元"`, `0.0%`, `"第"0"名"`). Every text cell is a plain string with
 * the text format `@`, never a formula; this is what neutralises formula injection for text that
 * begins with = + - @ (or a tab / carriage return): the spreadsheet shows it and keeps it as text
 * even when the cell is edited.
 */
import { attachmentDisposition } from '@/lib/text/disposition';
import ExcelJS from 'exceljs';
import { amountNumber, COUNT_UNITS, DASH } from '@/lib/format';
import { xmlSafe, xmlSafeDeep } from '@/lib/text/xml-safe';
import { cellText, PENDING_LABEL, type Cell, type Table } from '@/lib/views/table';

export type ExcelCell = { value: string | number | null; numFmt: string };

export const TEXT_FORMAT = '@';

/** A unit as a literal inside an Excel number format (quotes and backslashes removed). */
function literal(s: string): string {
  const clean = s.replace(/["\\]/g, '');
  return clean ? `"${clean}"` : '';
}

function decimals(digits: number): string {
  return digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
}

const textCell = (s: string): ExcelCell => ({ value: s, numFmt: TEXT_FORMAT });

/** The value and number format written for one cell. Missing numbers are written as '—' text. */
export function excelCell(c: Cell): ExcelCell {
  switch (c.kind) {
    case 'number':
      return c.value === null || !Number.isFinite(c.value) ? textCell(DASH) : { value: c.value, numFmt: decimals(c.digits) };
    case 'value': {
      if (c.value === null || !Number.isFinite(c.value)) return textCell(DASH);
      const whole = COUNT_UNITS.includes(c.unit) && Math.abs(c.value - Math.round(c.value)) < 1e-9;
      const digits = c.unit === '亿元' ? 2 : whole ? 0 : 1;
      const suffix = c.pending ? `${c.unit}（${PENDING_LABEL}）` : c.unit;
      return { value: c.value, numFmt: `${decimals(digits)}${literal(suffix)}` };
    }
    case 'amount': {
      const a = amountNumber(c.value, c.unit);
      if (a === null) return textCell(DASH);
      const suffix = c.pending ? `${a.unit}（${PENDING_LABEL}）` : a.unit;
      return { value: a.value, numFmt: `${decimals(a.digits)}${literal(suffix)}` };
    }
    case 'percent':
      return c.value === null || !Number.isFinite(c.value) ? textCell(DASH) : { value: c.value, numFmt: '0.0%' };
    case 'rank':
      return c.value === null || !Number.isInteger(c.value) || c.value < 1 ? textCell(DASH) : { value: c.value, numFmt: '"第"0"名"' };
    default:
      return textCell(cellText(c));
  }
}

/** Display width of a string in Excel character units (CJK and full-width count double). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** A worksheet name Excel accepts: no []:*?/\ and at most 31 characters. */
export function sheetName(title: string): string {
  const clean = xmlSafe(title)
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim();
  return (clean || '数据').slice(0, 31);
}

export interface ExportMeta {
  /** e.g. '2020年9月' */
  periodLabel: string;
  /** e.g. '2020年10月9日 14:30（北京时间）' */
  exportedAt: string;
  /** Lines added to the 说明 sheet (e.g. the demo-data notice). */
  notes?: string[];
}

/** Builds the workbook of `table`; returns the .xlsx bytes. No character XML cannot hold is written. */
export async function writeTableXlsx(input: Table, inputMeta: ExportMeta): Promise<Buffer> {
  const table = xmlSafeDeep(input);
  const meta = xmlSafeDeep(inputMeta);
  const wb = new ExcelJS.Workbook();
  wb.creator = '赛马';
  wb.title = table.title;
  const ws = wb.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = ws.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.numFmt = TEXT_FORMAT;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF6' } };
  });
  for (const cells of table.rows) {
    const row = ws.addRow(cells.map((c) => excelCell(c).value));
    cells.forEach((c, i) => {
      row.getCell(i + 1).numFmt = excelCell(c).numFmt;
    });
  }
  table.columns.forEach((col, i) => {
    const longest = Math.max(displayWidth(col.header), ...table.rows.map((r) => (r[i] ? displayWidth(cellText(r[i])) : 0)));
    ws.getColumn(i + 1).width = col.width ?? Math.min(60, Math.max(8, longest + 2));
  });
  if (table.rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };

  const about = wb.addWorksheet('说明');
  const lines: [string, string][] = [
    ['表名', table.title],
    ['统计期', meta.periodLabel],
    ['导出时间', meta.exportedAt],
    ...(table.note ? ([['说明', table.note]] as [string, string][]) : []),
    ...(meta.notes ?? []).map((n): [string, string] => ['备注', n]),
  ];
  for (const [k, v] of lines) {
    const row = about.addRow([k, v]);
    row.getCell(1).numFmt = TEXT_FORMAT;
    row.getCell(2).numFmt = TEXT_FORMAT;
  }
  about.getColumn(1).width = 12;
  about.getColumn(2).width = 80;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** `Content-Disposition` for a download named `<name>.xlsx` (UTF-8 name with an ASCII fallback). */
export function xlsxDisposition(name: string): string {
  return attachmentDisposition(name, 'xlsx', 'export');
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
