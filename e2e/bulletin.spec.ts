/**
 * The 通报 of 2020-09: on screen with its seven sections and tables, and printed by Chromium
 * (page.pdf) on A4 in the GB/T 9704 layout with "— N —" page numbers; its on-time submission rate
 * recomputed here from the rows.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { E2E_DB } from './env';
import { expect, test } from './fixtures';
import { independentCompleteness, independentRanks } from './support/meeting-ranks';
import { independentGroups, movementWords, pct, type TaskForceProgress } from './support/meetings';
import { readPdf } from './support/pdf-text';

const SECTIONS = [
  '一、总体情况',
  '二、竞赛和专班排名情况',
  '三、弱项指标',
  '四、进度滞后的专班',
  '五、报送及时率',
  '六、逾期督办事项',
  '七、下步工作要求',
];
const TITLE = '关于“六抓六比·八大竞赛”运行情况的通报';
const flat = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * 报送及时率 of 1—9月 from the rows: one figure due per non-milestone indicator with a responsible
 * unit and reporting round (opened period ≤ 2020-09), the figure of month (round − lag), not January
 * of a 1—2月 combined indicator nor a month of 2019; on time when its FIRST submission (first_submitted_at:
 * a return and resubmission keeps it) is at or before the round's deadline.
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
  const submitted = db.prepare(`select first_submitted_at as at from progress_entries where indicator_id = ? and period = ?`);
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

test('the 通报 shows the title, the seven sections, tables and the date in words', async ({ page }) => {
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

/** The two cells 累计型指标平均完成率 | 应完成进度 of a group, as the documented rule words them. */
function progressCells(p: TaskForceProgress): string {
  if (p.status === null) return '无累计型指标—';
  return p.completion === null ? '均未报送—' : `${pct(p.completion)}${pct(p.expected!)}`;
}

test('the printed PDF ranks every competition and task force with the figures computed independently', async ({ page }, testInfo) => {
  await page.goto('/bulletin?period=2020-09');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  fs.writeFileSync(testInfo.outputPath('bulletin-figures-2020-09.pdf'), pdf);
  const all = flat(
    readPdf(pdf)
      .map((p) => p.text)
      .join(''),
  );
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    const ranks = independentRanks(db, '2020-09');
    const comps = db
      .prepare(
        `select c.id, c.name, c.short_name as short, u.name as unit from competitions c join campaigns k on k.id = c.campaign_id
         left join units u on u.id = c.lead_unit_id where k.year = 2020`,
      )
      .all() as { id: number; name: string; short: string; unit: string | null }[];
    for (const c of comps) {
      const r = ranks.competitions.get(c.id)!;
      const groups = independentGroups(db, c.id, '2020-09');
      // 表1: 名次 竞赛 牵头部门 得分 较上期 累计型指标平均完成率 应完成进度
      const row = `第${r.rank}名${c.name}${c.unit ?? '—'}${r.score!.toFixed(1)}${movementWords(r.movement)}${progressCells(groups.competition)}`;
      expect(all, `表1 ${c.name}`).toContain(flat(row));
      const tfs = db.prepare(`select id, name from task_forces where competition_id = ?`).all(c.id) as { id: number; name: string }[];
      for (const t of tfs) {
        const tr = ranks.taskForces.get(t.id)!;
        const cells = `第${tr.rank}名${t.name}${c.short}${tr.score!.toFixed(1)}${movementWords(tr.movement)}${progressCells(groups.taskForces.get(t.id)!)}`;
        expect(all, `表2 ${t.name}`).toContain(flat(cells));
      }
    }
    // A ceiling (越低越好 cumulative) never reads as a 完成率: its gap is against its 控制线.
    const ceilings = db
      .prepare(`select distinct name, annual_target as target from indicators where kind = 'cumulative' and direction = 'lower'`)
      .all() as { name: string; target: number }[];
    for (const c of ceilings) expect(all, c.name).not.toContain(flat(`${c.name}：完成率`));
    // (the PDF's text is NFKC-folded: full-width brackets read as ASCII ones)
    expect(all).toMatch(/生产安全事故起数[^。]*?超出阶段控制线\d+起\(严重滞后\)/);
    expect(all).toContain(flat('发生1处（零容忍，未达标）'));
  } finally {
    db.close();
  }
});

test('January has no movement; an open month says how much is in where it ranks', async ({ page }) => {
  await page.goto('/bulletin?period=2020-01');
  const doc = page.getByTestId('bulletin');
  await expect(doc).toContainText('本期无上期排名可比（首个统计期或上期无数据），不计名次升降。');
  await expect(doc.getByTestId('bulletin-table-competitions')).not.toContainText(/上升|下降/);
  await expect(doc.getByTestId('bulletin-table-task-forces')).not.toContainText(/上升|下降/);

  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  const open = independentCompleteness(db, '2020-10');
  db.close();
  expect(open.note).not.toBeNull();
  await page.goto('/bulletin?period=2020-10');
  await expect(page.getByTestId('bulletin').getByText(`本期${open.note}。`)).toHaveCount(2);
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
