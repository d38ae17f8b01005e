/**
 * The figures officials argue about, read off the pages and checked against what the test works
 * out itself from the database rows (domain rules, not lib/metrics): a ceiling read as 控制线使用,
 * a lower-is-better rate's gap, a 零容忍 target of 0处, group completions against each group's own
 * 应完成 line, no movement in January, the caveat of an incomplete October, amounts in 亿元.
 */
import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { openE2eDb } from './support/db';
import { independentProgress } from './support/independent-progress';
import { loadCompetitionRows } from './support/independent-score';
import { cell } from './support/table-cell';

let db: Database.Database;
test.beforeAll(() => {
  db = openE2eDb();
});
test.afterAll(() => db?.close());

interface Row {
  id: number;
  target: number;
  actual: number;
  phased: number | null;
}

/** The indicator named `name` with its target, approved 2020-09 value and phased target (the first such, by id). */
function indicatorNamed(name: string, where = '1 = 1'): Row {
  const row = db
    .prepare(
      `select i.id, i.annual_target as target, e.value as actual,
              (select p.target from phased_targets p where p.indicator_id = i.id and p.period = '2020-09') as phased
       from indicators i join progress_entries e on e.indicator_id = i.id and e.period = '2020-09' and e.status = 'approved'
       where i.name = ? and i.lag_months = 0 and ${where} order by i.id limit 1`,
    )
    .get(name) as Row | undefined;
  if (!row) throw new Error(`no indicator ${name}`);
  return row;
}

const pct1 = (x: number) => `${(Math.round(x * 1000 + 1e-9) / 10).toFixed(1)}%`;
const tolerance = () =>
  (
    JSON.parse((db.prepare('select settings from campaigns where year = 2020').get() as { settings: string }).settings) as {
      tolerancePp?: number;
    }
  ).tolerancePp ?? 5;

test('生产安全事故起数: the 控制线 used, 严重滞后 over its phased line, and a projection in ceiling words', async ({ page }) => {
  const r = indicatorNamed('生产安全事故起数');
  const line = r.phased ?? (r.target * 9) / 12;
  expect(r.actual, 'the demo is over its line').toBeGreaterThan(line);
  const projection = (r.actual / 9) * 12;
  const margin = r.target - projection;
  const against =
    Math.abs(margin) < 0.5 ? '与控制线持平' : margin > 0 ? `低于控制线${Math.round(margin)}起` : `超出控制线${Math.round(-margin)}起`;

  await page.goto(`/indicators/${r.id}?period=2020-09`);
  await expect(page.getByTestId('indicator-figure')).toHaveText(pct1(r.actual / r.target));
  await expect(page.getByTestId('indicator-figure-text')).toHaveText(`已用控制线${pct1(r.actual / r.target)}`);
  await expect(page.getByTestId('indicator-status')).toHaveText(/严重滞后/);
  await expect(page.getByTestId('indicator-gap')).toHaveText(
    `超出${r.phased === null ? '序时' : '阶段'}控制线${r.actual - line}起（严重滞后）`,
  );
  await expect(page.getByTestId('projection-headline')).toHaveText(`按当前趋势全年约${Math.round(projection)}起，${against}`);
  const body = await page.locator('main').innerText();
  expect(body).not.toMatch(/完成率\s*100/);
  expect(body).not.toMatch(/全年红/);
});

test('城镇登记失业率: below its ceiling, worded as lower than the target, which is good', async ({ page }) => {
  const r = indicatorNamed('城镇登记失业率');
  expect(r.actual).toBeLessThan(r.target);
  await page.goto(`/indicators/${r.id}?period=2020-09`);
  await expect(page.getByTestId('indicator-gap')).toHaveText(`低于目标${(r.target - r.actual).toFixed(1)}个百分点（越低越好，达标）`);
  await expect(page.getByTestId('indicator-status')).toHaveText(/达到序时/);
  await expect(page.locator('main')).not.toContainText('高于目标');
});

test('新增违法建筑 with a 0处 target: 零容忍, missed by each occurrence', async ({ page }) => {
  const r = indicatorNamed('新增违法建筑', 'i.annual_target = 0 and e.value > 0');
  await page.goto(`/indicators/${r.id}?period=2020-09`);
  await expect(page.getByTestId('indicator-figure')).toHaveText(`已发生${r.actual}处`);
  await expect(page.getByTestId('indicator-gap')).toHaveText(`发生${r.actual}处（零容忍，未达标）`);
  await expect(page.getByTestId('indicator-status')).toHaveText(/严重滞后/);
  await expect(page.getByTestId('projection-headline')).toHaveText(`零容忍控制线：已发生${r.actual}处`);
  const body = await page.locator('main').innerText();
  expect(body).not.toContain('已完成年度目标');
  expect(body).not.toContain('暂无数据，无法预计');
});

function competitions(): { id: number; name: string }[] {
  return db
    .prepare(`select c.id, c.name from competitions c join campaigns k on k.id = c.campaign_id where k.year = 2020 order by c.sort_order`)
    .all() as { id: number; name: string }[];
}

test('each competition card is judged against its own 应完成 line, averaging higher-is-better cumulative indicators only', async ({
  page,
}) => {
  await page.goto('/?period=2020-09');
  const tol = tolerance();
  let without = 0;
  for (const c of competitions()) {
    const p = independentProgress(loadCompetitionRows(db, c.id, '2020-09'), '2020-09', tol);
    const card = page.getByTestId(`competition-card-${c.id}`);
    if (p.completion === null) {
      without += 1;
      await expect(card.getByTestId('competition-gap'), c.name).toHaveText('无累计型指标（按状态计数）');
      continue;
    }
    await expect(card, c.name).toContainText(`累计型指标平均完成率（${p.count}项）`);
    const shown = Number((await card.getByTestId('competition-completion').innerText()).replace('%', ''));
    expect(Math.abs(shown - p.completion * 100), `${c.name} completion`).toBeLessThanOrEqual(0.051);
    await expect(card.getByTestId('competition-status'), c.name).toHaveText(new RegExp(p.status!));
    await expect(card.getByTestId('competition-status'), c.name).toContainText(`应完成${pct1(p.expected!)}`);
  }
  expect(without, 'the demo has a competition without higher-is-better cumulative indicators').toBeGreaterThan(0);
});

test('a competition page and its task forces show the same group figures', async ({ page }) => {
  const c = competitions()[0]!;
  const rows = loadCompetitionRows(db, c.id, '2020-09');
  const p = independentProgress(rows, '2020-09', tolerance());
  await page.goto(`/competitions/${c.id}?period=2020-09`);
  const shown = Number((await page.getByTestId('competition-completion').innerText()).replace('%', ''));
  expect(Math.abs(shown - p.completion! * 100)).toBeLessThanOrEqual(0.051);
  await expect(page.getByTestId('competition-status')).toHaveAttribute('data-status', /.+/);
  for (const tf of rows.taskForceIds) {
    const t = independentProgress(rows, '2020-09', tolerance(), [tf]);
    const reading = page.getByTestId(`reading-task-force-${tf}`);
    if (t.completion === null) await expect(reading).toContainText('无累计型指标');
    else await expect(reading).toContainText(`累计型指标平均完成率${pct1(t.completion)}（${t.count}项）`);
  }
});

test('January has no movement anywhere: no previous rank to compare with', async ({ page }) => {
  for (const path of ['/?period=2020-01', '/rankings?period=2020-01&all=1', `/competitions/${competitions()[0]!.id}?period=2020-01`]) {
    await page.goto(path);
    const body = await page.locator('main').innerText();
    expect(body, path).not.toMatch(/上升\d+位|下降\d+位|▼/);
  }
  await page.goto('/?period=2020-01');
  await expect(page.getByTestId('stat-county-moves-value')).toHaveText('—');
  await expect(page.getByTestId('table-rank-changes')).toContainText('本期没有可比的上期排名');
  for (const m of await page.getByTestId('competition-movement').all()) await expect(m).toHaveText('—');
  await page.goto('/rankings?period=2020-01&all=1');
  const moves = cell(page.getByTestId('table-ranking-departments').locator('tbody tr'), 'movement');
  await expect(moves.first()).toBeVisible();
  for (const m of await moves.all()) await expect(m).toHaveText('—');
});

/** 已报送 n / due of round `round`, worked out from the rows. */
function completeness(round: string): { submitted: number; due: number } {
  const month = Number(round.slice(5));
  const inds = db.prepare(`select id, lag_months as lag, combined_jan_feb as combined from indicators where kind != 'milestone'`).all() as {
    id: number;
    lag: number;
    combined: number;
  }[];
  const status = db.prepare('select status from progress_entries where indicator_id = ? and period = ?');
  let due = 0;
  let submitted = 0;
  for (const i of inds) {
    const m = month - i.lag;
    if (m < 1 || (i.combined && m === 1)) continue;
    due += 1;
    const s = (status.get(i.id, `2020-${String(m).padStart(2, '0')}`) as { status: string } | undefined)?.status;
    if (s === 'submitted' || s === 'approved') submitted += 1;
  }
  return { submitted, due };
}

test('an open October is ranked with a word on how much is in', async ({ page }) => {
  const c = completeness('2020-10');
  expect(c.submitted / c.due).toBeLessThan(0.9);
  const note = `已报送${c.submitted}/${c.due}项，排名仅供参考`;
  for (const path of ['/?period=2020-10', '/rankings?period=2020-10', `/competitions/${competitions()[0]!.id}?period=2020-10`]) {
    await page.goto(path);
    await expect(page.getByTestId('ranking-caveat'), path).toContainText(note);
  }
  await page.goto('/rankings?period=2020-09');
  await expect(page.getByTestId('ranking-caveat')).toHaveCount(0);

  const res = await page.request.get('/api/export/ranking-task-forces?period=2020-10');
  expect(res.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const about = wb.getWorksheet('说明')!;
  const lines = about.getSheetValues().flatMap((r) => (Array.isArray(r) ? r.map(String) : []));
  expect(
    lines.some((l) => l.includes(note)),
    'the export says so too',
  ).toBe(true);
});

test('amounts from 1亿元 on read in 亿元, on the page and in the charts’ axes', async ({ page }) => {
  const tf = db
    .prepare(
      `select i.id as indicator, i.task_force_id as id from indicators i join progress_entries e on e.indicator_id = i.id and e.period = '2020-09'
       where i.unit = '万元' and e.value >= 10000 and e.status = 'approved' order by i.id limit 1`,
    )
    .get() as { id: number; indicator: number };
  const wan = /\d{2,3},\d{3}\.\d万元|\d,\d{3},\d{3}\.\d万元/;
  await page.goto(`/task-forces/${tf.id}?period=2020-09`);
  const table = page.getByTestId('table-task-force-indicators');
  await expect(table).toContainText('亿元');
  expect(await table.innerText()).not.toMatch(wan);
  await page.goto(`/indicators/${tf.indicator}?period=2020-09`);
  const ticks = page.getByTestId('trend-chart').locator('.recharts-cartesian-axis-tick-value');
  await expect(ticks.filter({ hasText: '亿元' }).first()).toBeVisible();
  expect((await ticks.allInnerTexts()).join(' ')).not.toMatch(wan);
  await expect(page.getByTestId('indicator-actual')).toContainText('亿元');
});
