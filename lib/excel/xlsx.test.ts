import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { invalidXmlParts } from '@/lib/text/strict-xml';
import { amount, move, num, pct, rank, status, text, value, type Table } from '@/lib/views/table';
import { displayWidth, excelCell, sheetName, writeTableXlsx, xlsxDisposition } from './xlsx';

const meta = { periodLabel: '2020年9月', exportedAt: '2020年10月9日 14:30（北京时间）', notes: ['演示数据'] };

function sample(rows: Table['rows']): Table {
  return { id: 't', title: '专班排名', columns: [{ header: '名次' }, { header: '专班' }, { header: '得分' }, { header: '变化' }], rows };
}

async function read(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('excelCell', () => {
  it('keeps numbers numeric with a format that displays like the page', () => {
    expect(excelCell(num(83.25))).toEqual({ value: 83.25, numFmt: '#,##0.0' });
    expect(excelCell(num(7, 0))).toEqual({ value: 7, numFmt: '#,##0' });
    expect(excelCell(value(12345, '万元'))).toEqual({ value: 12345, numFmt: '#,##0.0"万元"' });
    expect(excelCell(amount(9876, '万元'))).toEqual({ value: 9876, numFmt: '#,##0.0"万元"' });
    expect(excelCell(amount(1541800, '万元'))).toEqual({ value: 154.2, numFmt: '#,##0.0"亿元"' });
    expect(excelCell(amount(12345, '万元', true))).toEqual({ value: 1.23, numFmt: '#,##0.00"亿元（待审核）"' });
    expect(excelCell(amount(9, '起'))).toEqual({ value: 9, numFmt: '#,##0"起"' });
    expect(excelCell(value(12, '个'))).toEqual({ value: 12, numFmt: '#,##0"个"' });
    expect(excelCell(value(1.5, '亿元'))).toEqual({ value: 1.5, numFmt: '#,##0.00"亿元"' });
    expect(excelCell(value(120, '万元', true))).toEqual({ value: 120, numFmt: '#,##0.0"万元（待审核）"' });
    expect(excelCell(value(1, 'a"b\\c'))).toEqual({ value: 1, numFmt: '#,##0.0"abc"' });
    expect(excelCell(pct(0.756))).toEqual({ value: 0.756, numFmt: '0.0%' });
    expect(excelCell(rank(3))).toEqual({ value: 3, numFmt: '"第"0"名"' });
  });

  it('writes missing numbers and words as text', () => {
    expect(excelCell(num(null))).toEqual({ value: '—', numFmt: '@' });
    expect(excelCell(pct(Number.NaN))).toEqual({ value: '—', numFmt: '@' });
    expect(excelCell(rank(0))).toEqual({ value: '—', numFmt: '@' });
    expect(excelCell(move(-2))).toEqual({ value: '下降2位', numFmt: '@' });
    expect(excelCell(status('no_data', true))).toEqual({ value: '待审核', numFmt: '@' });
  });
});

describe('writeTableXlsx', () => {
  it('writes the headers in the first row and the rows below, in order', async () => {
    const table = sample([
      [rank(1), text('招商引资专班'), num(101.2), move(2)],
      [rank(2), text('重大项目推进专班'), num(null), move(null)],
    ]);
    const wb = await read(await writeTableXlsx(table, meta));
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('专班排名');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['名次', '专班', '得分', '变化']);
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([1, '招商引资专班', 101.2, '上升2位']);
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual([2, '重大项目推进专班', '—', '—']);
    expect(ws.getCell('C2').numFmt).toBe('#,##0.0');
    expect(ws.rowCount).toBe(3);
    const about = wb.getWorksheet('说明')!;
    expect(about.getCell('B2').value).toBe('2020年9月');
    expect(about.getCell('B4').value).toBe('演示数据');
  });

  it('writes cells beginning with = + - @ as text, never as formulas', async () => {
    const payloads = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'];
    const table = sample(payloads.map((p) => [rank(1), text(p), num(1), move(0)]));
    const buf = await writeTableXlsx(table, meta);
    const wb = await read(buf);
    const ws = wb.worksheets[0]!;
    payloads.forEach((p, i) => {
      const cell = ws.getCell(i + 2, 2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(p);
      expect(cell.numFmt).toBe('@');
    });
    const xml = await (await JSZip.loadAsync(buf)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).not.toMatch(/<f[\s>]/);
  });

  it('writes a table without rows', async () => {
    const wb = await read(await writeTableXlsx(sample([]), meta));
    expect(wb.worksheets[0]!.rowCount).toBe(1);
  });
});

describe('helpers', () => {
  it('counts CJK as double width', () => {
    expect(displayWidth('ab')).toBe(2);
    expect(displayWidth('专班')).toBe(4);
    expect(displayWidth('（1）')).toBe(5);
  });
  it('makes valid sheet names', () => {
    expect(sheetName('a/b:c')).toBe('a b c');
    expect(sheetName('')).toBe('数据');
    expect(sheetName('很'.repeat(40))).toHaveLength(31);
  });
  it('encodes Chinese file names and strips header breakers', () => {
    expect(xlsxDisposition('专班排名')).toBe(`attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent('专班排名.xlsx')}`);
    expect(xlsxDisposition('a\r\nb"c')).toContain(encodeURIComponent('a  b c.xlsx'));
    expect(xlsxDisposition('排名\u202Exslx.exe\u0007\u0000')).toContain(encodeURIComponent('排名xslx.exe.xlsx'));
  });
});

describe('XML-illegal characters in user text', () => {
  const HOSTILE = '\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u007F\u0085\uD800\uFFFE\uFFFF\u202E倒序\u2066';

  it('writes a workbook whose every XML part is well-formed, keeping the visible text', async () => {
    const table: Table = {
      id: 't',
      title: `专班${HOSTILE}`,
      columns: [{ header: `专班${HOSTILE}` }, { header: '得分' }],
      rows: [[text(`招商${HOSTILE}专班`), num(90)]],
      note: `说明${HOSTILE}`,
    };
    const file = await writeTableXlsx(table, { ...meta, notes: [`备注${HOSTILE}`] });
    expect(await invalidXmlParts(file)).toEqual([]);
    const wb = await read(file);
    expect(String(wb.worksheets[0]!.getCell('A2').value)).toMatch(/^招商.*倒序.*专班$/);
  });
});
