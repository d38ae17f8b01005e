/**
 * Writes a campaign's structure (lib/structure) as one .xlsx: a 说明 sheet, then one sheet per
 * record kind with Chinese headers, drop-down lists for kinds, directions, yes/no and the names
 * other sheets refer to (units, people, competitions, task forces). Text cells use the text
 * format `@`, so nothing typed or exported is ever a formula.
 */
import ExcelJS from 'exceljs';
import { xmlSafeDeep } from '@/lib/text/xml-safe';
import {
  ABOUT_LINES,
  ABOUT_SHEET,
  DIRECTION_WORDS,
  KIND_WORDS,
  NO,
  SHEET_KEYS,
  STRUCTURE_SHEETS,
  STRUCTURE_TEXT,
  UNIT_KIND_WORDS,
  YES,
  type SheetKey,
} from '@/lib/structure/sheets';
import type { StructureData } from '@/lib/structure/types';
import { displayWidth, TEXT_FORMAT } from './xlsx';

type Cell = string | number | null;
/** exceljs keeps range validations in `dataValidations` (untyped); one entry covers a whole column range. */
type RangeValidations = { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } };
const LAST_ROW = 2000;
const yesNo = (b: boolean) => (b ? YES : NO);

/** The cells of each record, in the sheet's column order. */
const ROWS: { [K in SheetKey]: (r: StructureData[K][number]) => Cell[] } = {
  competitions: (r) => [r.name, r.shortName, r.description, r.leadPerson, r.leadUnit],
  taskForces: (r) => [r.name, r.competition, r.goal, r.leadPerson, r.leadUnit, r.members.join('、')],
  indicators: (r) => [
    r.taskForce,
    r.name,
    KIND_WORDS[r.kind],
    DIRECTION_WORDS[r.direction],
    r.unit,
    r.annualTarget,
    r.targetRank,
    r.weight,
    r.responsibleUnit,
    r.lagMonths,
    yesNo(r.combinedJanFeb),
    yesNo(r.hasCountyComparison),
  ],
  phasedTargets: (r) => [r.taskForce, r.indicator, r.period, r.target],
  steps: (r) => [r.taskForce, r.indicator, r.title, r.plannedDate],
  units: (r) => [r.name, r.shortName, UNIT_KIND_WORDS[r.kind], r.regionCode],
  people: (r) => [r.name, r.title, r.unit],
};

const quotedList = (words: readonly string[]) => `"${words.join(',')}"`;
const nameRange = (key: SheetKey) => `'${STRUCTURE_SHEETS[key].sheet}'!$A$2:$A$${LAST_ROW}`;

/** Drop-down lists by sheet and header: a literal list or the name column of another sheet. */
const LISTS: Partial<Record<SheetKey, Record<string, string>>> = {
  competitions: { 牵头领导: nameRange('people'), 牵头部门: nameRange('units') },
  taskForces: { 所属竞赛: nameRange('competitions'), 牵头领导: nameRange('people'), 牵头单位: nameRange('units') },
  indicators: {
    所属专班: nameRange('taskForces'),
    类型: quotedList(Object.values(KIND_WORDS)),
    方向: quotedList(Object.values(DIRECTION_WORDS)),
    责任单位: nameRange('units'),
    '1—2月合并': quotedList([YES, NO]),
    县区比较: quotedList([YES, NO]),
  },
  phasedTargets: { 所属专班: nameRange('taskForces') },
  steps: { 所属专班: nameRange('taskForces') },
  units: { 类型: quotedList(Object.values(UNIT_KIND_WORDS)) },
  people: { 所在单位: nameRange('units') },
};

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function addSheet<K extends SheetKey>(wb: ExcelJS.Workbook, key: K, records: StructureData[K]) {
  const def = STRUCTURE_SHEETS[key];
  const headers = Object.values(def.columns) as string[];
  const ws = wb.addWorksheet(def.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const head = ws.addRow(headers);
  head.font = { bold: true };
  head.eachCell((c) => {
    c.numFmt = TEXT_FORMAT;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF6' } };
  });
  const rows = (records as StructureData[K][number][]).map((r) => ROWS[key](r as never));
  for (const cells of rows) {
    const row = ws.addRow(cells);
    cells.forEach((v, i) => {
      if (typeof v !== 'number') row.getCell(i + 1).numFmt = TEXT_FORMAT;
    });
  }
  headers.forEach((h, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.min(50, Math.max(10, displayWidth(h) + 2, ...rows.map((r) => displayWidth(String(r[i] ?? '')) + 2)));
    const list = LISTS[key]?.[h];
    if (!list) return;
    const letter = columnLetter(i + 1);
    (ws as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${LAST_ROW}`, {
      type: 'list',
      allowBlank: true,
      formulae: [list],
      showErrorMessage: true,
      errorTitle: STRUCTURE_TEXT.listErrorTitle,
      error: STRUCTURE_TEXT.listError,
    });
  });
}

/** The workbook of `input` (empty records give the blank template); the .xlsx bytes. */
export async function writeStructureWorkbook(input: StructureData, title: string): Promise<Buffer> {
  const data = xmlSafeDeep(input);
  const wb = new ExcelJS.Workbook();
  wb.creator = '赛马';
  wb.title = title;
  const about = wb.addWorksheet(ABOUT_SHEET);
  about.addRow([title]).font = { bold: true, size: 14 };
  for (const line of ABOUT_LINES) about.addRow([line]);
  about.getColumn(1).width = 110;
  about.eachRow((r) => r.eachCell((c) => (c.numFmt = TEXT_FORMAT)));
  for (const key of SHEET_KEYS) addSheet(wb, key, data[key]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
