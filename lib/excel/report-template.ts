/**
 * The monthly-report template: a data sheet (填报数据) with one row per indicator and a 说明 sheet.
 *
 * Layout of 填报数据 (read back by report-import.ts):
 * - row 1: B1 '统计期', C1 the period as text ('2020-10'), D1 a title;
 * - row 2: the headers of TEMPLATE_HEADERS; column A (指标编号) is hidden;
 * - row 3 on: one indicator per row, current values filled in.
 * The sheet is protected without a password: headers, ids and reference columns are locked, the
 * value and text cells of editable rows are unlocked and yellow. The protection prevents slips,
 * not tampering — every row is validated again on upload.
 */
import ExcelJS from 'exceljs';
import type { IndicatorKind } from '@/lib/metrics';
import { formatBeijingTime, formatPeriodZh, KIND_LABELS } from '@/lib/format';
import { xmlSafeDeep } from '@/lib/text/xml-safe';
import { targetCell } from '@/lib/views/indicator-cells';
import { rank, value } from '@/lib/views/table';
import { displayWidth, excelCell, TEXT_FORMAT } from './xlsx';
import {
  ABOUT_SHEET,
  MILESTONE_NOTE,
  TEMPLATE_HEADERS,
  TEMPLATE_SHEET,
  templateInstructions,
  type TemplateColumn,
} from './report-messages';

export interface TemplateRow {
  indicatorId: number;
  taskForce: string;
  indicator: string;
  kind: IndicatorKind;
  unit: string;
  annualTarget: number | null;
  targetRank: number | null;
  stepCount: number;
  /** The previous month's approved value. */
  previous: number | null;
  value: number | null;
  workProgress: string;
  problems: string;
  nextSteps: string;
  /** False for milestone indicators and entries the user may no longer change (shown grey, locked). */
  editable: boolean;
}

export interface TemplateInput {
  period: string;
  /** Shown on the 说明 sheet, e.g. '演示填报员'. */
  preparedFor: string;
  generatedAt: Date;
  rows: TemplateRow[];
}

export const COLUMNS = Object.keys(TEMPLATE_HEADERS) as TemplateColumn[];
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
const EDITABLE: TemplateColumn[] = ['value', 'workProgress', 'problems', 'nextSteps'];
const WIDTHS: Partial<Record<TemplateColumn, number>> = {
  taskForce: 22,
  indicator: 24,
  kind: 12,
  unit: 8,
  target: 16,
  previous: 16,
  value: 16,
  workProgress: 40,
  problems: 30,
  nextSteps: 30,
};
const YELLOW = 'FFFFF2CC';
const HEADER_FILL = 'FFE8EEF6';
const GREY = 'FF808080';

const col = (key: TemplateColumn) => COLUMNS.indexOf(key) + 1;

function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

function writeRow(ws: ExcelJS.Worksheet, r: TemplateRow, rowNumber: number) {
  const target = excelCell(
    targetCell(
      {
        kind: r.kind,
        unit: r.unit,
        annualTarget: r.annualTarget,
        targetRank: r.targetRank,
        steps: { total: r.stepCount, done: 0 },
      },
      'typed',
    ),
  );
  const previous = excelCell(
    r.kind === 'rank' ? rank(r.previous) : r.kind === 'milestone' ? value(null, r.unit) : value(r.previous, r.unit),
  );
  const milestone = r.kind === 'milestone';
  const cells: Record<TemplateColumn, { value: string | number | null; numFmt: string }> = {
    id: { value: r.indicatorId, numFmt: '0' },
    taskForce: { value: r.taskForce, numFmt: TEXT_FORMAT },
    indicator: { value: r.indicator, numFmt: TEXT_FORMAT },
    kind: { value: KIND_LABELS[r.kind], numFmt: TEXT_FORMAT },
    unit: { value: r.unit, numFmt: TEXT_FORMAT },
    target,
    previous,
    value: milestone ? { value: MILESTONE_NOTE, numFmt: TEXT_FORMAT } : { value: r.value, numFmt: 'General' },
    workProgress: { value: milestone ? null : r.workProgress, numFmt: TEXT_FORMAT },
    problems: { value: milestone ? null : r.problems, numFmt: TEXT_FORMAT },
    nextSteps: { value: milestone ? null : r.nextSteps, numFmt: TEXT_FORMAT },
  };
  const row = ws.getRow(rowNumber);
  for (const key of COLUMNS) {
    const cell = row.getCell(col(key));
    cell.value = cells[key].value === '' ? null : cells[key].value;
    cell.numFmt = cells[key].numFmt;
    cell.alignment = { vertical: 'top', wrapText: key === 'workProgress' || key === 'problems' || key === 'nextSteps' };
    const open = r.editable && !milestone && EDITABLE.includes(key);
    cell.protection = { locked: !open };
    if (open) cell.fill = fill(YELLOW);
    if (!r.editable || milestone) cell.font = { color: { argb: GREY } };
  }
}

function addDataSheet(wb: ExcelJS.Workbook, input: TemplateInput) {
  const ws = wb.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', xSplit: col('indicator'), ySplit: HEADER_ROW }] });
  COLUMNS.forEach((key) => {
    const c = ws.getColumn(col(key));
    c.width = WIDTHS[key] ?? Math.max(10, displayWidth(TEMPLATE_HEADERS[key]) + 2);
    if (key === 'id') c.hidden = true;
  });
  const top = ws.getRow(1);
  top.getCell(col('taskForce')).value = '统计期';
  top.getCell(col('indicator')).value = input.period;
  top.getCell(col('indicator')).numFmt = TEXT_FORMAT;
  top.getCell(col('kind')).value = `${formatPeriodZh(input.period)}月度填报模板：请只在黄色单元格中填写，填写前请阅读“${ABOUT_SHEET}”表。`;
  ws.mergeCells(1, col('kind'), 1, COLUMNS.length);
  top.font = { bold: true };
  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((key) => {
    const cell = header.getCell(col(key));
    cell.value = TEMPLATE_HEADERS[key];
    cell.numFmt = TEXT_FORMAT;
    cell.font = { bold: true };
    cell.fill = fill(HEADER_FILL);
  });
  input.rows.forEach((r, i) => writeRow(ws, r, FIRST_DATA_ROW + i));
  return ws;
}

function addAboutSheet(wb: ExcelJS.Workbook, input: TemplateInput) {
  const ws = wb.addWorksheet(ABOUT_SHEET);
  ws.getColumn(1).width = 110;
  const title = ws.addRow([`“赛马”月度填报模板 · ${formatPeriodZh(input.period)}`]);
  title.font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const line of templateInstructions(formatPeriodZh(input.period), input.period)) {
    const row = ws.addRow([line]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);
  ws.addRow([`填报人：${input.preparedFor}`]);
  ws.addRow([`生成时间：${formatBeijingTime(input.generatedAt)}`]);
  ws.addRow([`专班：${[...new Set(input.rows.map((r) => r.taskForce))].join('、')}`]);
  ws.eachRow((row) => {
    row.getCell(1).numFmt = TEXT_FORMAT;
  });
  return ws;
}

/** Builds the template workbook; returns the .xlsx bytes. No character XML cannot hold is written. */
export async function buildReportTemplate(raw: TemplateInput): Promise<Buffer> {
  const input = xmlSafeDeep(raw);
  const wb = new ExcelJS.Workbook();
  wb.creator = '赛马';
  wb.title = `${formatPeriodZh(input.period)}月度填报模板`;
  const data = addDataSheet(wb, input);
  const about = addAboutSheet(wb, input);
  const options = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };
  await data.protect('', options);
  await about.protect('', options);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
