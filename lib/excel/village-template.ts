/**
 * The 村庄经营 template: one sheet (经营数据) with a row per venture and metric of the period's
 * granularity, current values filled in, and a 说明 sheet. Layout (read back by village-import.ts):
 * - row 1: A1 '村', B1 the village's name, C1 its id as text; D1 '期间', E1 the period as text;
 * - row 2: the headers of VILLAGE_HEADERS; columns A and B (the ids) are hidden;
 * - row 3 on: the rows. Value, qualifier and note cells of editable rows are unlocked and yellow.
 * The protection prevents slips, not tampering: every row is validated again on upload.
 */
import ExcelJS from 'exceljs';
import { xmlSafeDeep } from '@/lib/text/xml-safe';
import { TEXT_FORMAT } from './xlsx';
import { VILLAGE_ABOUT_SHEET, VILLAGE_HEADERS, VILLAGE_SHEET, villageInstructions, type VillageColumn } from './village-messages';

export interface VillageTemplateRow {
  ventureId: number;
  metricId: number;
  venture: string;
  metric: string;
  unit: string;
  value: number | null;
  qualifier: string | null;
  note: string | null;
  /** False for the source page's figures and those submitted or approved (grey, locked). */
  editable: boolean;
}

export const VILLAGE_COLUMNS = Object.keys(VILLAGE_HEADERS) as VillageColumn[];
export const VILLAGE_HEADER_ROW = 2;
export const VILLAGE_FIRST_ROW = 3;
const EDITABLE: VillageColumn[] = ['value', 'qualifier', 'note'];
const WIDTHS: Record<VillageColumn, number> = {
  ventureId: 8,
  metricId: 8,
  venture: 30,
  metric: 30,
  unit: 10,
  value: 14,
  qualifier: 10,
  note: 40,
};

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** The workbook's bytes. */
export async function buildVillageTemplate(input: {
  villageId: number;
  village: string;
  period: string;
  rows: VillageTemplateRow[];
}): Promise<Buffer> {
  const safe = xmlSafeDeep(input);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(VILLAGE_SHEET);
  ws.getRow(1).values = ['村', safe.village, String(safe.villageId), '期间', safe.period];
  for (const c of [3, 5]) ws.getRow(1).getCell(c).numFmt = TEXT_FORMAT;
  ws.getRow(VILLAGE_HEADER_ROW).values = VILLAGE_COLUMNS.map((k) => VILLAGE_HEADERS[k]);
  ws.getRow(VILLAGE_HEADER_ROW).font = { bold: true };
  VILLAGE_COLUMNS.forEach((k, i) => {
    const column = ws.getColumn(i + 1);
    column.width = WIDTHS[k];
    if (k === 'ventureId' || k === 'metricId') column.hidden = true;
  });
  safe.rows.forEach((r, i) => {
    const row = ws.getRow(VILLAGE_FIRST_ROW + i);
    row.values = [r.ventureId, r.metricId, r.venture, r.metric, r.unit, r.value ?? null, r.qualifier ?? '', r.note ?? ''];
    for (const k of ['venture', 'metric', 'unit', 'qualifier', 'note'] as const)
      row.getCell(VILLAGE_COLUMNS.indexOf(k) + 1).numFmt = TEXT_FORMAT;
    for (const k of EDITABLE) {
      const cell = row.getCell(VILLAGE_COLUMNS.indexOf(k) + 1);
      cell.protection = { locked: !r.editable };
      cell.fill = fill(r.editable ? 'FFFFF2CC' : 'FFEEEEEE');
    }
  });
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  const about = wb.addWorksheet(VILLAGE_ABOUT_SHEET);
  about.getColumn(1).width = 110;
  villageInstructions(safe.village, safe.period).forEach((line, i) => {
    about.getCell(i + 1, 1).value = line;
    about.getCell(i + 1, 1).alignment = { wrapText: true };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
