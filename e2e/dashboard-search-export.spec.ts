/**
 * Pinyin search and the .xlsx export: a task force found by its initials, and a downloaded table
 * whose headers and rows are the ones on the page (numbers compared as displayed by their format).
 */
import ExcelJS from 'exceljs';
import type { Locator } from '@playwright/test';
import { CONTEXT_OPTIONS } from './env';
import { auditCount } from './support/db';
import { expect, test } from './fixtures';

const PERIOD = '2020-09';

test('pinyin initials “zsyz” find 招商引资专班', async ({ page }) => {
  await page.goto(`/?period=${PERIOD}`);
  const box = page.getByRole('searchbox', { name: '搜索专班或指标' });
  await box.fill('zsyz');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?.*q=zsyz/);
  const results = page.getByTestId('search-task-forces');
  const link = results.getByRole('link', { name: '招商引资专班' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('招商引资专班');
  await expect(page).toHaveURL(/period=2020-09/);
});

test('the task-force list filters by pinyin and keeps other names out', async ({ page }) => {
  await page.goto(`/task-forces?period=${PERIOD}&q=zsyz`);
  const rows = page.getByTestId('table-task-forces').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('招商引资专班');
});

/** Text of an Excel cell as its number format displays it (the formats the export writes). */
function displayed(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (typeof v !== 'number') return String(v ?? '');
  const fmt = cell.numFmt ?? '';
  if (fmt === '0.0%') return `${(v * 100).toFixed(1)}%`;
  if (fmt === '"第"0"名"') return `第${v}名`;
  const m = /^#,##0(?:\.(0+))?(?:"(.*)")?$/.exec(fmt);
  if (!m) throw new Error(`unexpected number format ${fmt}`);
  const digits = m[1]?.length ?? 0;
  return `${v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}${m[2] ?? ''}`;
}

/** Cell texts as a reader sees them, without the decorative arrows and icons. */
async function tableTexts(table: Locator): Promise<{ headers: string[]; rows: string[][] }> {
  const clean = (s: string) =>
    s
      .replace(/[▲▼–✔✖○◐⧗…]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const headers = (await table.locator('thead th').allInnerTexts()).map(clean);
  const rows: string[][] = [];
  for (const tr of await table.locator('tbody tr').all()) rows.push((await tr.locator('td').allInnerTexts()).map(clean));
  return { headers, rows };
}

test('the competitions ranking downloads as .xlsx with the same headers and rows', async ({ page }) => {
  await page.goto(`/rankings?period=${PERIOD}`);
  const card = page.getByTestId('table-competitions');
  const shown = await tableTexts(card);
  expect(shown.rows).toHaveLength(8);

  const downloadsBefore = auditCount('download.export.table', 'demo-leader');
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: /导出.*Excel/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/竞赛排名.*\.xlsx$/);
  expect(auditCount('download.export.table', 'demo-leader'), 'the download is audited').toBe(downloadsBefore + 1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0]!;
  const row = (r: number) => Array.from({ length: shown.headers.length }, (_, c) => displayed(ws.getRow(r).getCell(c + 1)));
  expect(row(1)).toEqual(shown.headers);
  expect(ws.rowCount).toBe(1 + shown.rows.length);
  shown.rows.forEach((cells, i) => expect(row(i + 2), `row ${i + 1}`).toEqual(cells));
});

test('exports need a session and name an existing table', async ({ page, browser, as }) => {
  const res = await page.request.get(`/api/export/no-such-table?period=${PERIOD}`);
  expect(res.status()).toBe(404);
  expect(((await res.json()) as { message: string }).message).toMatch(/没有这张表/);
  expect((await page.request.get('/api/export/competitions?period=2020-13')).status()).toBe(400);
  expect((await page.request.get(`/api/export/task-force-indicators?period=${PERIOD}&id=99999`)).status()).toBe(404);
  const viewer = await as('viewer');
  expect((await viewer.request.get(`/api/export/competitions?period=${PERIOD}`)).status()).toBe(200);
  const anonymous = await browser.newContext(CONTEXT_OPTIONS);
  try {
    const refused = await anonymous.request.get(`/api/export/competitions?period=${PERIOD}`);
    expect(refused.status()).toBe(401);
    expect(((await refused.json()) as { message: string }).message).toBe('请先登录');
  } finally {
    await anonymous.close();
  }
});
