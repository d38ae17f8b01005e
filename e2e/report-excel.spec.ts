/**
 * Excel round-trip of monthly reporting, as demo-lead (who reports for the first task force of the
 * first competition) on the open period 2020-10: template download → fill with exceljs → upload →
 * preview → commit → values on /report and in the database; bad rows, wrong files and stale
 * previews are refused with nothing written; the routes refuse anonymous and out-of-scope users.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CONTEXT_OPTIONS } from './env';
import { expect, test } from './fixtures';
import { auditCount, dataFingerprint } from './support/db';
import {
  bytes,
  downloadTemplate,
  entry,
  openIndicators,
  openReport,
  otherTaskForce,
  PERIOD,
  query,
  rowOf,
  SHEET,
  upload,
  XLSX,
} from './support/excel';

test('template download → fill in Excel → upload → preview → commit → values visible', async ({ as }) => {
  const page = await as('lead');
  const [a, b, c] = openIndicators();
  expect(c, 'demo-lead needs three open indicators in 2020-10').toBeDefined();
  const wb = await downloadTemplate(page);
  const ws = wb.getWorksheet(SHEET)!;
  expect(ws.getCell('C1').value).toBe(PERIOD);
  expect((ws.getRow(2).values as unknown[]).slice(2)).toEqual([
    '专班',
    '指标',
    '类型',
    '单位',
    '年度目标',
    '上期数值',
    '本期数值',
    '工作进展',
    '存在问题',
    '下步打算',
  ]);
  expect(rowOf(ws, a!.id).getCell(3).value).toBe(a!.name);

  const valueA = a!.kind === 'rank' ? 2 : 2100.5;
  rowOf(ws, a!.id).getCell(8).value = a!.kind === 'rank' ? '２' : '２，１００．５';
  rowOf(ws, b!.id).getCell(8).value = b!.kind === 'rank' ? 3 : 1234;
  rowOf(ws, c!.id).getCell(9).value = 'Excel导入：本月完成供地两宗';
  const saves = auditCount('progress.save', 'demo-lead');

  const panel = await upload(page, '填报模板_2020年10月.xlsx', await bytes(wb));
  const table = panel.getByRole('table', { name: /导入预览/ });
  await expect(table).toContainText('将更新 3 行');
  await expect(table.locator('tbody tr[data-status="update"]')).toHaveCount(3);
  await expect(table.locator('tbody tr[data-status="error"]')).toHaveCount(0);
  expect(entry(c!.id)?.work_progress ?? '').not.toContain('Excel导入');

  await panel.getByRole('button', { name: '确认导入' }).click();
  await expect(panel.getByText('已导入 3 条')).toBeVisible();
  expect(entry(a!.id)).toMatchObject({ value: valueA, status: 'draft' });
  expect(entry(b!.id)?.value).toBe(b!.kind === 'rank' ? 3 : 1234);
  expect(entry(c!.id)?.work_progress).toBe('Excel导入：本月完成供地两宗');
  expect(auditCount('progress.save', 'demo-lead')).toBe(saves + 3);
  expect(auditCount('progress.import', 'demo-lead')).toBeGreaterThanOrEqual(1);

  const card = page.getByTestId(`report-indicator-${a!.id}`);
  await expect(card.getByLabel(/本期数值/)).toHaveValue(String(valueA));
  await expect(page.getByTestId(`report-indicator-${c!.id}`).getByLabel('工作进展')).toHaveValue('Excel导入：本月完成供地两宗');

  const exported = await page.request.get(`/api/report/export?period=${PERIOD}`);
  expect(exported.status()).toBe(200);
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await exported.body()) as unknown as ArrayBuffer);
  const rows = out.worksheets[0]!.getSheetValues().flat().map(String);
  expect(rows).toContain('Excel导入：本月完成供地两宗');
});

test('bad values in 3 rows → exactly those 3 row errors, and nothing is written', async ({ as }) => {
  const page = await as('lead');
  const [a, b, c] = openIndicators();
  const other = otherTaskForce();
  const wb = await downloadTemplate(page);
  const ws = wb.getWorksheet(SHEET)!;
  const rowA = rowOf(ws, a!.id);
  const rowB = rowOf(ws, b!.id);
  const rowC = rowOf(ws, c!.id);
  rowA.getCell(8).value = '约两千';
  rowB.getCell(8).value = { formula: 'F' + rowB.number + '*0.8', result: 1 } as ExcelJS.CellFormulaValue;
  rowC.getCell(1).value = other.indicatorId;
  rowC.getCell(8).value = 1;
  const before = dataFingerprint();

  const panel = await upload(page, 'bad.xlsx', await bytes(wb));
  const errors = panel.getByRole('table', { name: /导入预览/ }).locator('tbody tr[data-status="error"]');
  await expect(errors).toHaveCount(3);
  await expect(errors.nth(0)).toContainText(String(rowA.number));
  await expect(errors.nth(0)).toContainText('“约两千”不是数字');
  await expect(errors.nth(1)).toContainText(String(rowB.number));
  await expect(errors.nth(1)).toContainText('请填写数值，不要使用公式');
  await expect(errors.nth(2)).toContainText(String(rowC.number));
  await expect(errors.nth(2)).toContainText(`该指标属于专班“${other.taskForce}”，不在您的填报范围内`);
  await expect(panel.getByRole('button', { name: '确认导入' })).toBeDisabled();
  expect(dataFingerprint()).toBe(before);
});

test('a renamed PNG, an .xls, a zip bomb and another month’s template are refused with their messages', async ({ as }) => {
  const page = await as('lead');
  await openReport(page);
  const before = dataFingerprint();
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200)]);
  let panel = await upload(page, '模板.xlsx', png);
  await expect(panel.getByRole('alert')).toContainText('这是一张 PNG 图片，不是 Excel 表格');

  const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
  panel = await upload(page, '填报模板.xls', xls, 'application/vnd.ms-excel');
  await expect(panel.getByRole('alert')).toHaveText('请另存为 .xlsx 后上传');

  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('xl/workbook.xml', '<workbook/>');
  zip.file('xl/worksheets/sheet1.xml', new Uint8Array(50 * 1024 * 1024));
  const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  expect(bomb.length).toBeLessThan(200 * 1024);
  panel = await upload(page, 'bomb.xlsx', bomb);
  await expect(panel.getByRole('alert')).toContainText('疑似“压缩炸弹”');

  const wb = await downloadTemplate(page);
  wb.getWorksheet(SHEET)!.getCell('C1').value = '2020-09';
  panel = await upload(page, 'september.xlsx', await bytes(wb));
  await expect(panel.getByRole('alert')).toContainText('这是 2020年9月 的填报模板');
  expect(dataFingerprint()).toBe(before);
});

test('a commit is refused when an entry changed after the preview', async ({ as }) => {
  const first = await as('lead');
  const second = await as('lead');
  const [a, b] = openIndicators();
  const wb = await downloadTemplate(first);
  rowOf(wb.getWorksheet(SHEET)!, a!.id).getCell(8).value = 1111;
  rowOf(wb.getWorksheet(SHEET)!, b!.id).getCell(8).value = 2222;
  const panel = await upload(first, 'mine.xlsx', await bytes(wb));
  await expect(panel.getByRole('table', { name: /导入预览/ })).toContainText('将更新 2 行');

  const theirs = await downloadTemplate(second);
  rowOf(theirs.getWorksheet(SHEET)!, a!.id).getCell(8).value = 3333;
  const other = await upload(second, 'theirs.xlsx', await bytes(theirs));
  await other.getByRole('button', { name: '确认导入' }).click();
  await expect(other.getByText('已导入 1 条')).toBeVisible();

  await panel.getByRole('button', { name: '确认导入' }).click();
  await expect(panel.getByRole('alert')).toContainText(`自您预览以来，以下指标已被修改：“${a!.name}”（演示填报员于`);
  expect(entry(a!.id)?.value).toBe(3333);
  expect(entry(b!.id)?.value).not.toBe(2222);
});

test('template and export routes: 401 anonymous, 403 outside the scope, 200 for an administrator', async ({ as, browser }) => {
  const anon = await browser.newContext(CONTEXT_OPTIONS);
  const r401 = await anon.request.get(`/api/report/template?period=${PERIOD}`);
  expect(r401.status()).toBe(401);
  expect(await r401.json()).toEqual({ message: '请先登录' });
  expect((await anon.request.get(`/api/report/export?period=${PERIOD}`)).status()).toBe(401);
  await anon.close();

  const other = otherTaskForce();
  const viewer = await as('viewer');
  expect((await viewer.request.get(`/api/report/template?period=${PERIOD}`)).status()).toBe(403);
  expect((await viewer.request.get(`/api/report/export?period=${PERIOD}`)).status()).toBe(403);
  const lead = await as('lead');
  const outside = await lead.request.get(`/api/report/template?period=${PERIOD}&taskForceId=${other.taskForceId}`);
  expect(outside.status()).toBe(403);
  expect((await outside.json()).message).toContain('不在您的填报范围内');
  expect((await lead.request.get(`/api/report/template?period=2020-13`)).status()).toBe(400);

  const admin = await as('admin');
  const ok = await admin.request.get(`/api/report/template?period=${PERIOD}&taskForceId=${other.taskForceId}`);
  expect(ok.status()).toBe(200);
  expect(ok.headers()['content-type']).toBe(XLSX);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await ok.body()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SHEET)!;
  const names = new Set<string>();
  for (let n = 3; n <= ws.rowCount; n++) names.add(String(ws.getRow(n).getCell(2).value));
  expect([...names]).toEqual([other.taskForce]);
});

test('a value merged across two rows counts for the top row only, and the preview says so', async ({ as }) => {
  const page = await as('lead');
  const open = new Map(openIndicators().map((i) => [i.id, i]));
  const wb = await downloadTemplate(page);
  const ws = wb.getWorksheet(SHEET)!;
  const idAt = (n: number) => Number(ws.getRow(n).getCell(1).value);
  let top = 3;
  while (top < ws.rowCount && !(open.has(idAt(top)) && open.has(idAt(top + 1)))) top++;
  const [upper, lower] = [open.get(idAt(top))!, open.get(idAt(top + 1))!];
  expect(lower, 'two open indicators in adjacent rows').toBeDefined();
  const lowerBefore = entry(lower.id)?.value ?? null;

  ws.getCell(`H${top}`).value = upper.kind === 'rank' ? 2 : 4321;
  ws.mergeCells(`H${top}:H${top + 1}`);
  const panel = await upload(page, 'merged.xlsx', await bytes(wb));
  const table = panel.getByRole('table', { name: /导入预览/ });
  const row = (n: number) => table.locator('tbody tr').filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${n}$`) }) });
  await expect(row(top)).toHaveAttribute('data-status', 'update');
  await expect(row(top)).toContainText(`H${top}:H${top + 1} 是跨第 ${top}—${top + 1} 行的合并单元格`);
  await expect(row(top + 1)).toHaveAttribute('data-status', 'unchanged');
  await expect(row(top + 1)).toContainText(`“本期数值”与第 ${top} 行的单元格合并在一起`);
  await expect(table).toContainText('将更新 1 行');
  await expect(table).toContainText('其中 2 行有提示');

  await panel.getByRole('button', { name: '确认导入' }).click();
  await expect(panel.getByText('已导入 1 条')).toBeVisible();
  expect(entry(upper.id)?.value).toBe(upper.kind === 'rank' ? 2 : 4321);
  expect(entry(lower.id)?.value ?? null).toBe(lowerBefore);
});

test('a fraction typed for a % indicator whose target is like 8 is flagged in the preview and imported as shown', async ({ as }) => {
  const target = query<{ id: number; taskForceId: number; annualTarget: number }>(
    `select i.id, i.task_force_id as taskForceId, i.annual_target as annualTarget from indicators i
       left join progress_entries e on e.indicator_id = i.id and e.period = ?
     where i.unit = '%' and i.kind <> 'milestone' and abs(i.annual_target) >= 1 and (e.id is null or e.status in ('draft', 'returned'))
     order by i.id limit 1`,
    PERIOD,
  )[0]!;
  expect(target, 'an open % indicator with a target of at least 1').toBeDefined();
  const admin = await as('admin');
  const wb = await downloadTemplate(admin, target.taskForceId);
  rowOf(wb.getWorksheet(SHEET)!, target.id).getCell(8).value = 0.85;
  const panel = await upload(admin, 'fraction.xlsx', await bytes(wb));
  const row = panel
    .getByRole('table', { name: /导入预览/ })
    .locator(`tbody tr[data-row="${rowOf(wb.getWorksheet(SHEET)!, target.id).number}"]`);
  await expect(row).toHaveAttribute('data-status', 'update');
  await expect(row).toContainText('→ 0.85%');
  await expect(row).toContainText(`0.85 像是按小数写的百分比：该指标单位是“%”，其年度目标为 ${target.annualTarget}%`);
  await expect(row).toContainText('如果您指的是 85%，请改填 85 后重新上传');

  await panel.getByRole('button', { name: '确认导入' }).click();
  await expect(panel.getByText('已导入 1 条')).toBeVisible();
  expect(entry(target.id)?.value).toBe(0.85);
});

test('the file button reads in Chinese and opens the file chooser; the chosen file is named beside it', async ({ as }) => {
  const page = await as('lead');
  const panel = await openReport(page);
  const button = panel.getByTestId('choose-file');
  await expect(button).toHaveText('选择文件');
  await expect(panel.getByTestId('chosen-file')).toHaveText('未选择文件');
  // The browser's own control ("Choose File" in an English browser) is there for the label and the keyboard, not to be seen.
  const input = panel.getByLabel(/选择填好的模板/);
  const box = await input.boundingBox();
  expect(box === null || (box.width <= 1 && box.height <= 1)).toBe(true);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles({ name: '填报模板_2020年10月.xlsx', mimeType: XLSX, buffer: Buffer.from('x') });
  await expect(panel.getByTestId('chosen-file')).toHaveText('已选择：填报模板_2020年10月.xlsx');
  await expect(panel).not.toContainText(/Choose File|No file chosen/);
});
