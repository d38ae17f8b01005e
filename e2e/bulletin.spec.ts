/**
 * The 通报 of 2020-09: on screen with its six sections and tables, and printed by Chromium
 * (page.pdf) on A4 in the GB/T 9704 layout with "— N —" page numbers; its on-time submission rate
 * recomputed here from the rows.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { E2E_DB } from './env';
import { expect, test } from './fixtures';
import { readPdf } from './support/pdf-text';

const SECTIONS = ['一、总体情况', '二、竞赛和专班排名情况', '三、弱项指标', '四、进度滞后的专班', '五、报送及时率', '六、下步工作要求'];
const TITLE = '关于“六抓六比·八大竞赛”运行情况的通报';
const flat = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * 报送及时率 of 1—9月 from the rows: one figure due per non-milestone indicator with a responsible
 * unit and reporting round (opened period ≤ 2020-09), the figure of month (round − lag), not January
 * of a 1—2月 combined indicator nor a month of 2019; on time when submitted_at ≤ the round's deadline.
 */
function yearRate(db: Database.Database): { due: number; onTime: number } {
  const rounds = db.prepare(`select period, deadline from periods where period between '2020-01' and '2020-09' order by period`).all() as {
    period: string;
    deadline: string;
  }[];
  const inds = db
    .prepare(
      `select id, lag_months as lag, combined_jan_feb as combined from indicators where kind <> 'milestone' and responsible_unit_id is not null`,
    )
    .all() as { id: number; lag: number; combined: number }[];
  const submitted = db.prepare(`select submitted_at as at from progress_entries where indicator_id = ? and period = ?`);
  let due = 0;
  let onTime = 0;
  for (const ind of inds) {
    for (const r of rounds) {
      const month = Number(r.period.slice(5)) - ind.lag;
      if (month < 1 || (ind.combined && month === 1)) continue;
      due++;
      const at = (submitted.get(ind.id, `2020-${String(month).padStart(2, '0')}`) as { at: string | null } | undefined)?.at;
      if (at && Date.parse(at) <= Date.parse(r.deadline)) onTime++;
    }
  }
  return { due, onTime };
}

test('the 通报 shows the title, the six sections, tables and the date in words', async ({ page }) => {
  await page.goto('/bulletin?period=2020-09');
  const doc = page.getByTestId('bulletin');
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(doc.getByRole('heading', { level: 2 })).toHaveText(SECTIONS);
  await expect(doc).toContainText('各乡镇（街道），区级各部门（单位）：');
  await expect(doc).toContainText('2020年10月9日');
  await expect(doc).toContainText('（一）竞赛排名');
  await expect(doc.getByTestId('bulletin-table-competitions').locator('tbody tr')).toHaveCount(8);
  await expect(doc.getByTestId('bulletin-table-weak').locator('tbody tr').first()).toBeVisible();
  await expect(doc).toContainText(/1\.[^（]+专班（牵头单位：/);
  await expect(doc).toContainText('演示数据');

  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  const { due, onTime } = yearRate(db);
  db.close();
  const rate = `${(Math.round((onTime / due) * 1000 + 1e-7) / 10).toFixed(1)}%`;
  await expect(doc).toContainText(`各责任单位应报送指标数据${due}条，按时报送${onTime}条，报送及时率${rate}`);
});

test('it prints to A4 PDF with the sections, page numbers "— N —" on every page and the signature', async ({ page }, testInfo) => {
  await page.goto('/bulletin?period=2020-09');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = testInfo.outputPath('bulletin-2020-09.pdf');
  fs.writeFileSync(file, pdf);
  await testInfo.attach('bulletin PDF', { path: file, contentType: 'application/pdf' });

  const pages = readPdf(pdf);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  for (const p of pages) {
    expect(Math.round(p.width)).toBe(595);
    expect(Math.round(p.height)).toBe(842);
  }
  pages.forEach((p, i) => expect(flat(p.text), `page ${i + 1} number`).toContain(`—${i + 1}—`));
  const all = flat(pages.map((p) => p.text).join(''));
  expect(all).toContain(flat(TITLE));
  let at = 0;
  for (const s of SECTIONS) {
    const found = all.indexOf(flat(s), at);
    expect(found, `${s} in order`).toBeGreaterThan(at);
    at = found;
  }
  expect(all).toContain(flat('表1　2020年9月各竞赛得分排名'));
  expect(flat(pages[pages.length - 1]!.text)).toContain(flat('2020年10月9日'));
  // Tables fit the text block: the 210 mm sheet on screen does not overflow sideways.
  await page.emulateMedia({ media: 'screen' });
  const overflow = await page.getByTestId('bulletin').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test('an invalid period gets a Chinese message; ?date= sets the date', async ({ page }) => {
  await page.goto('/bulletin?period=2020-13');
  await expect(page.getByText(/格式不正确/)).toBeVisible();
  await page.goto('/bulletin?period=2020-08&date=2020-09-10');
  await expect(page.getByTestId('bulletin')).toContainText('2020年9月10日');
  await expect(page.getByTestId('bulletin')).toContainText('现将2020年1—8月');
});
