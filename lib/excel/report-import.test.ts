import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readReportUpload, type ParsedReport } from './report-import';
import { USER_TEXT_MESSAGES } from '@/lib/text/user-text';
import { FILE_MESSAGES, IMPORT_MESSAGES, ROW_MESSAGES, ROW_WARNINGS, TEMPLATE_SHEET } from './report-messages';
import { buildReportTemplate, type TemplateRow } from './report-template';
import { staleRows, validateImport, type ImportContext, type ImportIndicator, type PreviewRow } from './report-validate';

const TF = '招商引资专班';
const base = {
  taskForce: TF,
  annualTarget: null,
  targetRank: null,
  stepCount: 0,
  previous: null,
  value: null,
  workProgress: '',
  problems: '',
  nextSteps: '',
  editable: true,
};
const ROWS: TemplateRow[] = [
  {
    ...base,
    indicatorId: 3,
    indicator: '固定资产投资',
    kind: 'cumulative',
    unit: '万元',
    annualTarget: 1541800,
    value: 1200000,
    workProgress: '挂图作战',
  }, // row 3
  { ...base, indicatorId: 11, indicator: '投资增速', kind: 'level', unit: '%' }, // row 4
  { ...base, indicatorId: 7, indicator: '投资增速全市排名', kind: 'rank', unit: '名', targetRank: 3 }, // row 5
  { ...base, indicatorId: 8, indicator: '项目前期审批', kind: 'milestone', unit: '项', stepCount: 4, editable: false }, // row 6
  { ...base, indicatorId: 4, indicator: '专项债券争取额', kind: 'cumulative', unit: '亿元', value: 20.1, editable: false }, // row 7
];

const ind = (
  id: number,
  name: string,
  kind: ImportIndicator['kind'],
  unit: string,
  entry: ImportIndicator['entry'] = null,
  inScope = true,
  taskForce = TF,
  annualTarget: number | null = null,
): ImportIndicator => ({ id, name, kind, unit, taskForce, inScope, owes: kind !== 'milestone', entry, annualTarget });
const entry = (value: number | null, status: 'draft' | 'submitted' | 'approved' | 'returned' = 'draft', version = 2) => ({
  value,
  workProgress: '挂图作战',
  problems: '',
  nextSteps: '',
  status,
  version,
  updatedAt: '2020-10-09T06:30:00Z',
  updatedByName: '演示填报员',
});

function context(over: Partial<ImportContext> = {}): ImportContext {
  return {
    period: '2020-10',
    periodState: 'open',
    isAdmin: false,
    indicators: new Map([
      [3, ind(3, '固定资产投资', 'cumulative', '万元', entry(1200000))],
      [11, ind(11, '投资增速', 'level', '%', null, true, TF, 8)],
      [7, ind(7, '投资增速全市排名', 'rank', '名')],
      [8, ind(8, '项目前期审批', 'milestone', '项')],
      [4, ind(4, '专项债券争取额', 'cumulative', '亿元', { ...entry(20.1, 'submitted'), workProgress: '' })],
      [21, ind(21, '工业投资', 'cumulative', '万元', null, false, '工业强区专班')],
    ]),
    ...over,
  };
}

/** The template as downloaded, edited with exceljs like a user would in Excel, then read back. */
async function upload(edit: (ws: ExcelJS.Worksheet) => void = () => {}, period = '2020-10'): Promise<ParsedReport> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await buildReportTemplate({ period, preparedFor: '演示填报员', generatedAt: new Date(), rows: ROWS })) as unknown as ArrayBuffer,
  );
  edit(wb.getWorksheet(TEMPLATE_SHEET)!);
  const read = await readReportUpload(new Uint8Array(await wb.xlsx.writeBuffer()));
  if (!read.ok) throw new Error(read.message);
  return read.report;
}

async function preview(edit: (ws: ExcelJS.Worksheet) => void, ctx = context()) {
  const p = validateImport(await upload(edit), ctx);
  if (!p.ok) throw new Error(p.message);
  return p;
}

const byRow = (p: { rows: PreviewRow[] }, n: number): PreviewRow => p.rows.find((r) => r.row === n)!;

describe('reading an upload', () => {
  it('reads the period and the rows as typed, with the row numbers Excel shows', async () => {
    const report = await upload();
    expect(report.period).toBe('2020-10');
    expect(report.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7]);
    expect(report.rows[0]).toMatchObject({
      id: { kind: 'number', value: 3 },
      value: { kind: 'number', value: 1200000, percent: false },
      workProgress: { kind: 'text', text: '挂图作战' },
    });
  });

  it('refuses files that are not the template, each with a reason', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(['指标', '数值']);
    expect(await readReportUpload(new Uint8Array(await other.xlsx.writeBuffer()))).toEqual({ ok: false, message: FILE_MESSAGES.noSheet });
    const moved = await buildReportTemplate({ period: '2020-10', preparedFor: '', generatedAt: new Date(), rows: ROWS });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(moved as unknown as ArrayBuffer);
    wb.getWorksheet(TEMPLATE_SHEET)!.getCell('H2').value = '数值';
    expect(await readReportUpload(new Uint8Array(await wb.xlsx.writeBuffer()))).toEqual({ ok: false, message: FILE_MESSAGES.badHeader });
  });
});

describe('validateImport', () => {
  it('an untouched template changes nothing; milestone rows are skipped', async () => {
    const p = await preview(() => {});
    expect(p.counts).toEqual({ update: 0, unchanged: 4, error: 0, skip: 1 });
    expect(byRow(p, 6).status).toBe('skip');
  });

  it('accepts full-width digits, thousands separators and "85%" in a % indicator; blank = unchanged', async () => {
    const p = await preview((ws) => {
      ws.getCell('H3').value = '１，２３４，５６７．８';
      ws.getCell('H4').value = '85%';
      ws.getCell('H5').value = '２';
    });
    expect(byRow(p, 3)).toMatchObject({
      status: 'update',
      changes: ['本期数值'],
      write: { value: 1234567.8, workProgress: '挂图作战' },
      before: '1,200,000万元',
      after: '1,234,567.8万元',
      version: 2,
    });
    expect(byRow(p, 4)).toMatchObject({ status: 'update', write: { value: 85 } });
    expect(byRow(p, 5)).toMatchObject({ status: 'update', write: { value: 2 }, after: '第2名' });
    const blank = await preview((ws) => {
      ws.getCell('H3').value = null;
      ws.getCell('I3').value = null;
    });
    expect(byRow(blank, 3)).toMatchObject({ status: 'unchanged', changes: [] });
  });

  it('reads a number Excel shows as a percentage (85% typed in a cell) as 85 for % indicators only', async () => {
    const p = await preview((ws) => {
      ws.getCell('H4').value = 0.855;
      ws.getCell('H4').numFmt = '0.0%';
      ws.getCell('H3').value = 0.5;
      ws.getCell('H3').numFmt = '0%';
    });
    expect(byRow(p, 4)).toMatchObject({ status: 'update', write: { value: 85.5 } });
    expect(byRow(p, 3)).toMatchObject({ status: 'error', errors: [`本期数值：${ROW_MESSAGES.percentFormat('万元')}`] });
  });

  it('refuses "85%" in a non-% indicator, text that is not a number, a date, a fractional rank and a formula', async () => {
    const p = await preview((ws) => {
      ws.getCell('H3').value = '85%';
      ws.getCell('H4').value = '约八成';
      ws.getCell('H5').value = 2.5;
      ws.getCell('I4').value = { formula: 'A1&"进展"', result: '3进展' } as ExcelJS.CellFormulaValue;
    });
    expect(byRow(p, 3).errors[0]).toContain('不是百分比');
    expect(byRow(p, 4).errors).toEqual([expect.stringContaining('“约八成”不是数字'), `工作进展：${ROW_MESSAGES.textFormula}`]);
    expect(byRow(p, 5).errors).toEqual([`本期数值：${ROW_MESSAGES.rank}`]);
    const f = await preview((ws) => {
      ws.getCell('H3').value = { formula: 'SUM(F3:G3)', result: 2620356 } as ExcelJS.CellFormulaValue;
      ws.getCell('H4').value = new Date('2020-10-01T00:00:00Z');
      ws.getCell('H4').numFmt = 'yyyy-mm-dd';
    });
    expect(byRow(f, 3).errors).toEqual(['本期数值：请填写数值，不要使用公式']);
    expect(byRow(f, 4).errors[0]).toContain('“2020年10月1日”不是数字');
  });

  it('refuses unknown, missing and duplicate indicator ids, and indicators outside the user’s task forces', async () => {
    const p = await preview((ws) => {
      ws.getCell('A3').value = 999;
      ws.getCell('A4').value = null;
      ws.getCell('H4').value = 5;
      ws.getCell('A5').value = 21;
      ws.getCell('A7').value = 11;
      ws.getRow(8).getCell(1).value = '7';
      ws.getRow(8).getCell(8).value = 1;
    });
    expect(byRow(p, 3).errors).toEqual([ROW_MESSAGES.unknownId(999)]);
    expect(byRow(p, 4).errors).toEqual([ROW_MESSAGES.missingId]);
    expect(byRow(p, 5)).toMatchObject({ status: 'error', taskForce: '工业强区专班', errors: [ROW_MESSAGES.outOfScope('工业强区专班')] });
    expect(byRow(p, 7)).toMatchObject({ status: 'update', indicator: '投资增速', errors: [] });
    expect(byRow(p, 8)).toMatchObject({ status: 'update', indicator: '投资增速全市排名', write: { value: 1 } });
    const dup = await preview((ws) => {
      ws.getRow(8).getCell(1).value = 3;
    });
    expect(byRow(dup, 8)).toMatchObject({ status: 'error', errors: [ROW_MESSAGES.duplicate(3)] });
  });

  it('refuses a row of an archived indicator with the archive refusal, also to an administrator', async () => {
    const words = '该指标已归档，不能再填报。如需恢复，请联系管理员。';
    const ctx = context({ isAdmin: true });
    ctx.indicators.set(3, { ...ctx.indicators.get(3)!, archived: words });
    const p = await preview((ws) => {
      ws.getCell('H3').value = 1300000;
    }, ctx);
    expect(byRow(p, 3)).toMatchObject({ status: 'error', errors: [words] });
  });

  it('refuses changes to a submitted entry unless the user is an administrator', async () => {
    const edit = (ws: ExcelJS.Worksheet) => {
      ws.getCell('H7').value = 21;
    };
    expect(byRow(await preview(edit), 7)).toMatchObject({ status: 'error', errors: [ROW_MESSAGES.submitted] });
    expect(byRow(await preview(edit, context({ isAdmin: true })), 7)).toMatchObject({ status: 'update', write: { value: 21 } });
  });

  it('refuses anything typed into a milestone row', async () => {
    const p = await preview((ws) => {
      ws.getCell('H6').value = 3;
    });
    expect(byRow(p, 6)).toMatchObject({ status: 'error', errors: [ROW_MESSAGES.milestone] });
  });

  it('refuses the whole file for another period, an unopened period, or a locked one (an administrator corrects a locked month on the page, with a 修订原因)', async () => {
    const september = await upload(() => {}, '2020-09');
    expect(validateImport(september, context())).toEqual({ ok: false, message: IMPORT_MESSAGES.wrongPeriod('2020年9月', '2020年10月') });
    const october = await upload();
    expect(validateImport(october, context({ periodState: 'missing' }))).toEqual({
      ok: false,
      message: IMPORT_MESSAGES.periodMissing('2020年10月'),
    });
    expect(validateImport(october, context({ periodState: 'locked' }))).toEqual({
      ok: false,
      message: IMPORT_MESSAGES.periodLocked('2020年10月'),
    });
    // A correction of a locked (published) month needs a 修订原因 per figure: not through an import.
    expect(validateImport(october, context({ periodState: 'locked', isAdmin: true }))).toEqual({
      ok: false,
      message: IMPORT_MESSAGES.periodLockedAdmin('2020年10月'),
    });
  });

  it('changes texts, keeps the other fields, and refuses over-long text', async () => {
    const p = await preview((ws) => {
      ws.getCell('J3').value = '用地指标紧张';
      ws.getCell('K4').value = 'x'.repeat(2001);
    });
    expect(byRow(p, 3)).toMatchObject({
      status: 'update',
      changes: ['存在问题'],
      write: { value: 1200000, workProgress: '挂图作战', problems: '用地指标紧张', nextSteps: '' },
    });
    expect(byRow(p, 4).errors).toEqual([`下步打算：${ROW_MESSAGES.textTooLong('下步打算')}`]);
  });
});

describe('staleRows', () => {
  it('lists the rows to write whose entry version moved since the preview', async () => {
    const p = await preview((ws) => {
      ws.getCell('H3').value = 1300000;
      ws.getCell('H4').value = 9;
    });
    expect(staleRows(p.rows, { 3: 2, 11: 0, 7: 0 })).toEqual([]);
    expect(staleRows(p.rows, { 3: 1, 11: 0 }).map((r) => r.indicatorId)).toEqual([3]);
    expect(staleRows(p.rows, { 3: 2 }).map((r) => r.indicatorId)).toEqual([11]);
  });
});

describe('the sheet as its user sees it', () => {
  it('gives a merged range’s value to its top-left cell only, and says so in the preview', async () => {
    const p = await preview((ws) => {
      ws.getCell('H3').value = 1300000;
      ws.mergeCells('H3:H4');
      ws.getCell('I5').value = '合并的进展';
      ws.mergeCells('I5:I7');
    });
    expect(byRow(p, 3)).toMatchObject({ status: 'update', write: { value: 1300000 }, warnings: [ROW_WARNINGS.mergedRows('H3:H4', 3, 4)] });
    expect(byRow(p, 4)).toMatchObject({ status: 'unchanged', changes: [], warnings: [ROW_WARNINGS.mergedInto('本期数值', 3)] });
    expect(byRow(p, 5)).toMatchObject({ status: 'update', changes: ['工作进展'], warnings: [ROW_WARNINGS.mergedRows('I5:I7', 5, 7)] });
    expect(byRow(p, 6)).toMatchObject({ status: 'skip', errors: [] });
    expect(byRow(p, 7)).toMatchObject({ status: 'unchanged', changes: [], warnings: [ROW_WARNINGS.mergedInto('工作进展', 5)] });
  });

  it('reads cells holding only spaces, invisible marks or a style as blank', async () => {
    const p = await preview((ws) => {
      ws.getCell('I3').value = '\u3000 \u200B\uFEFF ';
      ws.getCell('H4').value = ' \u00A0';
      ws.getCell('J4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
      ws.getCell('K40').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    });
    expect(byRow(p, 3)).toMatchObject({ status: 'unchanged', changes: [] });
    expect(byRow(p, 4)).toMatchObject({ status: 'unchanged', changes: [] });
    expect(p.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7]);
  });

  it('reads numbers stored as text like numbers', async () => {
    const p = await preview((ws) => {
      ws.getCell('H3').value = ' 1300000 ';
      ws.getCell('H5').value = '2';
    });
    expect(byRow(p, 3)).toMatchObject({ status: 'update', write: { value: 1300000 }, warnings: [] });
    expect(byRow(p, 5)).toMatchObject({ status: 'update', write: { value: 2 } });
  });

  it('warns when a hidden row or a hidden column holds what will be imported', async () => {
    const p = await preview((ws) => {
      ws.getCell('H3').value = 1300000;
      ws.getRow(3).hidden = true;
      ws.getCell('J4').value = '隐藏列里的问题';
      ws.getColumn('J').hidden = true;
    });
    expect(byRow(p, 3)).toMatchObject({ status: 'update', warnings: [ROW_WARNINGS.hiddenRow] });
    expect(byRow(p, 4)).toMatchObject({ status: 'update', warnings: [ROW_WARNINGS.hiddenColumn('存在问题')] });
  });

  it('refuses shared and array formulas like any formula', async () => {
    const p = await preview((ws) => {
      ws.getCell('H3').value = { formula: 'F3*0.8', result: 1 } as ExcelJS.CellFormulaValue;
      ws.getCell('H4').value = { sharedFormula: 'H3', result: 2 } as ExcelJS.CellSharedFormulaValue;
    });
    expect(byRow(p, 3).errors).toEqual([`本期数值：${ROW_MESSAGES.formula}`]);
    expect(byRow(p, 4).errors).toEqual([`本期数值：${ROW_MESSAGES.formula}`]);
  });

  it('applies the user-text rule to texts: Excel’s _x000D_ escapes decoded, controls and bidi marks removed, NUL refused', async () => {
    const p = await preview((ws) => {
      ws.getCell('I3').value = '第一行_x000D_\n第二行_x0007_\u202E完';
      ws.getCell('J4').value = '乱码_x0000_';
      ws.getCell('K5').value = '保留_x005F_x0041_';
    });
    expect(byRow(p, 3)).toMatchObject({ status: 'update', write: { workProgress: '第一行\n第二行完' } });
    expect(byRow(p, 4).errors).toEqual([`存在问题：${USER_TEXT_MESSAGES.nul('存在问题')}`]);
    expect(byRow(p, 5)).toMatchObject({ status: 'update', write: { nextSteps: '保留_x0041_' } });
  });

  it('warns when a fraction is typed for a % indicator whose figures are like 85, and imports what the preview says', async () => {
    const p = await preview((ws) => {
      ws.getCell('H4').value = 0.85;
    });
    expect(byRow(p, 4)).toMatchObject({
      status: 'update',
      write: { value: 0.85 },
      after: '0.85%',
      warnings: [ROW_WARNINGS.fraction(0.85, '%', ROW_WARNINGS.byTarget(8, '%'))],
    });
    const explicit = await preview((ws) => {
      ws.getCell('H4').value = '0.85%';
    });
    expect(byRow(explicit, 4)).toMatchObject({ status: 'update', write: { value: 0.85 }, warnings: [] });
    const whole = await preview((ws) => {
      ws.getCell('H4').value = 85;
    });
    expect(byRow(whole, 4)).toMatchObject({ status: 'update', write: { value: 85 }, warnings: [] });
    const noTarget = context();
    noTarget.indicators.set(11, ind(11, '投资增速', 'level', '%'));
    const small = await preview((ws) => {
      ws.getCell('H4').value = 0.5;
    }, noTarget);
    expect(byRow(small, 4)).toMatchObject({ status: 'update', write: { value: 0.5 }, warnings: [] });
  });
});

describe('warning texts', () => {
  it('names the rows a merged range leaves blank', () => {
    expect(ROW_WARNINGS.mergedRows('H3:H4', 3, 4)).toContain('第 4 行按未填写处理');
    expect(ROW_WARNINGS.mergedRows('I5:I7', 5, 7)).toContain('第 6—7 行按未填写处理');
  });
});
