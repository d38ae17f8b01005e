import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ABOUT_SHEET, MILESTONE_NOTE, TEMPLATE_HEADERS, TEMPLATE_SHEET } from './report-messages';
import { invalidXmlParts } from '@/lib/text/strict-xml';
import { buildReportTemplate, type TemplateRow } from './report-template';

const SAMPLE_ROWS: TemplateRow[] = [
  {
    indicatorId: 3,
    taskForce: '招商引资专班',
    indicator: '固定资产投资',
    kind: 'cumulative',
    unit: '万元',
    annualTarget: 1541800,
    targetRank: null,
    stepCount: 0,
    previous: 1078556,
    value: 1200000,
    workProgress: '挂图作战',
    problems: '',
    nextSteps: '加快开工',
    editable: true,
  },
  {
    indicatorId: 11,
    taskForce: '招商引资专班',
    indicator: '投资增速',
    kind: 'level',
    unit: '%',
    annualTarget: 8,
    targetRank: null,
    stepCount: 0,
    previous: 7.2,
    value: null,
    workProgress: '',
    problems: '',
    nextSteps: '',
    editable: true,
  },
  {
    indicatorId: 7,
    taskForce: '招商引资专班',
    indicator: '投资增速全市排名',
    kind: 'rank',
    unit: '名',
    annualTarget: null,
    targetRank: 3,
    stepCount: 0,
    previous: 3,
    value: null,
    workProgress: '',
    problems: '',
    nextSteps: '',
    editable: true,
  },
  {
    indicatorId: 8,
    taskForce: '招商引资专班',
    indicator: '项目前期审批',
    kind: 'milestone',
    unit: '项',
    annualTarget: null,
    targetRank: null,
    stepCount: 4,
    previous: null,
    value: null,
    workProgress: '',
    problems: '',
    nextSteps: '',
    editable: false,
  },
  {
    indicatorId: 4,
    taskForce: '招商引资专班',
    indicator: '专项债券争取额',
    kind: 'cumulative',
    unit: '亿元',
    annualTarget: 25.3,
    targetRank: null,
    stepCount: 0,
    previous: 18.37,
    value: 20.1,
    workProgress: '已提交',
    problems: '',
    nextSteps: '',
    editable: false,
  },
];

async function sampleTemplate(rows = SAMPLE_ROWS, period = '2020-10'): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await buildReportTemplate({
      period,
      preparedFor: '演示填报员',
      generatedAt: new Date('2020-10-09T06:30:00Z'),
      rows,
    })) as unknown as ArrayBuffer,
  );
  return wb;
}

describe('buildReportTemplate', () => {
  it('has the data sheet, with the period in C1 and the Chinese headers in row 2', async () => {
    const ws = (await sampleTemplate()).getWorksheet(TEMPLATE_SHEET)!;
    expect(ws.getCell('B1').value).toBe('统计期');
    expect(ws.getCell('C1').value).toBe('2020-10');
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(Object.values(TEMPLATE_HEADERS));
    expect(ws.getColumn(1).hidden).toBe(true);
  });

  it('writes one row per indicator with its id and current values', async () => {
    const ws = (await sampleTemplate()).getWorksheet(TEMPLATE_SHEET)!;
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(row(3)).toEqual([
      3,
      '招商引资专班',
      '固定资产投资',
      '累计型',
      '万元',
      1541800,
      1078556,
      1200000,
      '挂图作战',
      undefined,
      '加快开工',
    ]);
    expect(row(5)).toEqual([7, '招商引资专班', '投资增速全市排名', '排名型', '名', '全市前3', 3]);
    expect(ws.getCell('G5').numFmt).toBe('"第"0"名"');
    expect(row(6)[7]).toBe(MILESTONE_NOTE);
    expect(ws.rowCount).toBe(7);
  });

  it('protects the sheet: headers and reference columns locked; value and text cells open only on editable rows', async () => {
    const ws = (await sampleTemplate()).getWorksheet(TEMPLATE_SHEET)!;
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const locked = (addr: string) => ws.getCell(addr).protection?.locked !== false;
    for (const addr of ['A2', 'H2', 'C1', 'A3', 'B3', 'F3', 'G3']) expect(locked(addr), addr).toBe(true);
    for (const addr of ['H3', 'I3', 'J3', 'K3', 'H4']) expect(locked(addr), addr).toBe(false);
    for (const addr of ['H6', 'I6', 'H7', 'K7']) expect(locked(addr), addr).toBe(true);
  });

  it('writes texts that look like formulas as plain text, never as formulas', async () => {
    const rows = [{ ...SAMPLE_ROWS[0]!, workProgress: '=HYPERLINK("http://x","点击")', problems: '+1', nextSteps: '@SUM(1)' }];
    const ws = (await sampleTemplate(rows)).getWorksheet(TEMPLATE_SHEET)!;
    expect(['I3', 'J3', 'K3'].map((a) => ws.getCell(a).value)).toEqual(['=HYPERLINK("http://x","点击")', '+1', '@SUM(1)']);
    expect(['I3', 'J3', 'K3'].map((a) => ws.getCell(a).numFmt)).toEqual(['@', '@', '@']);
  });

  it('explains the rules in the 说明 sheet, including the accepted number formats', async () => {
    const about = (await sampleTemplate()).getWorksheet(ABOUT_SHEET)!;
    const text: string[] = [];
    about.eachRow((r) => text.push(String(r.getCell(1).value ?? '')));
    const all = text.join('\n');
    for (const phrase of [
      '2020年10月（2020-10）',
      '１２３',
      '1,234.5',
      '85%',
      '留空表示不修改',
      '请填写数值，不要使用公式',
      '请另存为 .xlsx 后上传',
      '确认导入',
    ]) {
      expect(all).toContain(phrase);
    }
  });

  it('never writes a character XML cannot hold, whatever the names and texts contain', async () => {
    const HOSTILE = '\u0000\u0001\u0007\u000B\u001B\u007F\u0085\uD800\uFFFE\uFFFF\u202E倒序\u2066';
    const rows = SAMPLE_ROWS.map((r) => ({
      ...r,
      taskForce: `${r.taskForce}${HOSTILE}`,
      indicator: `${r.indicator}${HOSTILE}`,
      unit: `${r.unit}${HOSTILE}`,
      workProgress: `进展${HOSTILE}`,
      problems: `问题${HOSTILE}`,
      nextSteps: `打算${HOSTILE}`,
    }));
    const file = await buildReportTemplate({ period: '2020-10', preparedFor: `填报员${HOSTILE}`, generatedAt: new Date(), rows });
    expect(await invalidXmlParts(file)).toEqual([]);
  });
});
