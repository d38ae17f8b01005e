/**
 * Reading an uploaded structure workbook with the reporting import's file safety: magic bytes,
 * zip directory and bounded inflation (upload-guard.ts), bounded XML (sheet-guard.ts), then the
 * spreadsheet library parses a re-packed copy of the verified parts only. Cells are read as their
 * user sees them (sheet-cells.ts): never evaluated; a merged range's value belongs to its
 * top-left cell. Validation of the rows is lib/validation/structure.ts.
 */
import ExcelJS from 'exceljs';
import { FILE_MESSAGES } from './report-messages';
import { boundWorkbook } from './sheet-guard';
import { BLANK, readCell, type RawCell } from './sheet-cells';
import { inspectXlsx, storeZip } from './upload-guard';
import { SHEET_KEYS, STRUCTURE_FILE_MESSAGES as M, STRUCTURE_SHEETS, type SheetKey } from '@/lib/structure/sheets';

export interface RawRecord {
  row: number;
  cells: Record<string, RawCell>;
}
export type RawStructure = Record<SheetKey, RawRecord[]>;
export type StructureRead = { ok: true; sheets: RawStructure } | { ok: false; message: string };

export const MAX_SHEET_ROWS = 5000;

function headerText(cell: ExcelJS.Cell): string {
  const c = readCell(cell);
  return c.kind === 'text' ? c.text : '';
}

function ownCell(cell: ExcelJS.Cell): RawCell {
  return cell.isMerged && cell.master.address !== cell.address ? BLANK : readCell(cell);
}

/** The records of one sheet (blank rows skipped), or a refusal of the whole file. */
function readSheet(ws: ExcelJS.Worksheet, key: SheetKey): { ok: true; rows: RawRecord[] } | { ok: false; message: string } {
  const def = STRUCTURE_SHEETS[key];
  const header = ws.getRow(1);
  const found = new Map<string, number>();
  for (let c = 1; c <= Math.min(ws.columnCount, 50); c++) {
    const t = headerText(header.getCell(c));
    if (t && !found.has(t)) found.set(t, c);
  }
  const cols: [string, number][] = [];
  for (const [k, h] of Object.entries(def.columns) as [string, string][]) {
    const c = found.get(h);
    if (!c) return { ok: false, message: M.badHeader(def.sheet, h) };
    cols.push([k, c]);
  }
  const rows: RawRecord[] = [];
  let tooMany = false;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n < 2 || tooMany) return;
    const cells: Record<string, RawCell> = {};
    for (const [k, c] of cols) cells[k] = ownCell(row.getCell(c));
    if (Object.values(cells).every((c) => c.kind === 'blank')) return;
    rows.push({ row: n, cells });
    if (rows.length > MAX_SHEET_ROWS) tooMany = true;
  });
  return tooMany ? { ok: false, message: M.tooManyRows(def.sheet, MAX_SHEET_ROWS) } : { ok: true, rows };
}

/** Every structure sheet present in the workbook; a missing sheet has no records. */
export function readStructureSheets(wb: ExcelJS.Workbook): StructureRead {
  const sheets = Object.fromEntries(SHEET_KEYS.map((k) => [k, [] as RawRecord[]])) as RawStructure;
  let present = 0;
  for (const key of SHEET_KEYS) {
    const ws = wb.getWorksheet(STRUCTURE_SHEETS[key].sheet);
    if (!ws) continue;
    present += 1;
    const read = readSheet(ws, key);
    if (!read.ok) return read;
    sheets[key] = read.rows;
  }
  if (present === 0) return { ok: false, message: M.noSheets };
  if (SHEET_KEYS.every((k) => sheets[k].length === 0)) return { ok: false, message: M.noRows };
  return { ok: true, sheets };
}

/** From uploaded bytes to the raw records of every sheet, or a Chinese refusal. */
export async function readStructureUpload(bytes: Uint8Array): Promise<StructureRead> {
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
  return readStructureSheets(wb);
}
