/**
 * A new year (issue 11 item 5), on a server of its own (support/years-app.ts): 2020 is rolled
 * over to 2021 through 复制到新年度; 2021 has the structure and no entries; every 2020 page,
 * ranking, deck and 通报 reads the same after the copy (2020 chosen in the header's 年度
 * selector) as before it; 2020 is read-only (no save button, a direct call refused); a forged year
 * is not found; 2021's first round opens by itself on 1 January.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import { callAction } from './support/actions';
import { listBuiltActions } from './support/build';
import { createDefaultMeeting } from './support/meetings';
import { setDemoDay, startYearsApp, YEARS_ORIGIN, yearsQuery, type YearsAccount, type YearsWorld } from './support/years-app';
import { DEMO_SETTINGS_FORM } from './support/campaign-settings';
import { holdScripts, openBeforeScripts } from './support/slow-scripts';

test.describe.configure({ mode: 'serial' });

let world: YearsWorld;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  world = await startYearsApp();
});
test.afterAll(async () => {
  await world?.server.stop();
});

const one = <T>(sql: string, ...params: unknown[]) => yearsQuery<T>(sql, ...params)[0]!;

async function open(browser: Browser, who: YearsAccount, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const ctx = await browser.newContext({
    baseURL: YEARS_ORIGIN,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport,
    storageState: world.states[who],
  });
  return ctx.newPage();
}

/** The 2020 pages compared before and after the copy: dashboard pages, rankings, 通报 and the deck. */
function pages2020(m: number): string[] {
  const c = one<{ id: number }>('select id from competitions order by sort_order, id limit 1').id;
  const tf = one<{ id: number }>('select id from task_forces where competition_id = ? order by sort_order, id limit 1', c).id;
  const ind = one<{ id: number }>("select id from indicators where task_force_id = ? and kind = 'cumulative' order by id limit 1", tf).id;
  return [
    '/?period=2020-09',
    '/rankings?period=2020-09',
    '/rankings?period=2020-10',
    '/competitions?period=2020-09',
    `/competitions/${c}?period=2020-09`,
    '/task-forces?period=2020-09',
    `/task-forces/${tf}?period=2020-09`,
    `/indicators/${ind}?period=2020-09`,
    '/work-items?period=2020-09',
    '/projects?period=2020-09',
    '/bulletin?period=2020-09',
    `/present/${m}?slide=1`,
    `/present/${m}?slide=3`,
    `/present/${m}/live?slide=2`,
  ];
}

/** What a page reads: the text of its main part (the dashboard) or of the whole page (通报, deck). */
async function readPages(page: Page, paths: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const p of paths) {
    const res = await page.goto(p);
    expect(res?.status(), p).toBe(200);
    // Charts load after the page (components/charts/lazy.tsx): read once nothing more arrives and
    // the text stays the same between two reads.
    await page.waitForLoadState('networkidle');
    const main = page.locator('main');
    const read = async () => ((await main.count()) > 0 ? await main.first().innerText() : await page.locator('body').innerText());
    let text = await read();
    for (let settled = false, tries = 0; !settled && tries < 20; tries++) {
      await page.waitForTimeout(250);
      const again = await read();
      settled = again === text;
      text = again;
    }
    out[p] = text;
  }
  return out;
}

function exportXlsx(page: Page, table: string) {
  return page.request.get(`/api/export/${table}?period=2020-09`);
}

const Y2020 = () => one<{ id: number }>('select id from campaigns where year = 2020').id;
const entries2020 = () => yearsQuery('select * from progress_entries order by id');
const structureOf = (campaign: number) =>
  yearsQuery<{ c: string; t: string; i: string; target: number | null }>(
    `select c.name as c, t.name as t, i.name as i, i.annual_target as target from indicators i join task_forces t on t.id = i.task_force_id
      join competitions c on c.id = t.competition_id where c.campaign_id = ? order by c.sort_order, t.sort_order, i.sort_order, i.id`,
    campaign,
  ).map((r) => [r.c, r.t, r.i]);

test('roll 2020 over to 2021 through the page: 2021 has the structure and no entries, and every 2020 page, ranking, deck and 通报 is unchanged', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const admin = await open(browser, 'admin');
  const meeting = await createDefaultMeeting(admin, '2020年9月工作例会', '2020-09');
  const viewer = await open(browser, 'viewer');
  await viewer.goto('/');
  await expect(viewer.getByTestId('shown-campaign')).toHaveText('2020年度“六抓六比·八大竞赛”');
  const paths = pages2020(meeting);
  const before = await readPages(viewer, paths);
  for (const p of paths) {
    expect(before[p]!.length, p).toBeGreaterThan(40);
    expect(before[p], p).not.toContain('无法显示该统计期');
  }
  expect(before['/rankings?period=2020-09']).toMatch(/\d+\.\d/);
  const beforeExport = await exportXlsx(viewer, 'ranking-task-forces');
  expect(beforeExport.status()).toBe(200);
  const entries = entries2020();
  const source = Y2020();
  const rounds2020 = yearsQuery('select * from periods where campaign_id = ? order by id', source);

  await admin.goto(`/admin/campaigns/${source}`);
  const form = admin.getByRole('form', { name: '复制到新年度' });
  await expect(form.getByLabel('新年度', { exact: true })).toHaveValue('2021');
  await form.getByLabel(/^留空/).check();
  await form.getByRole('button', { name: '复制到新年度' }).click();
  await expect(form.getByText(/^已建立2021年“六抓六比·八大竞赛”：结构已复制，目标留空待设/)).toBeVisible();

  const copy = one<{ id: number; settings: string }>('select id, settings from campaigns where year = 2021');
  expect(structureOf(copy.id)).toEqual(structureOf(source));
  expect(structureOf(copy.id).length).toBeGreaterThan(40);
  expect(
    yearsQuery(
      'select count(*) as n from indicators i join task_forces t on t.id = i.task_force_id join competitions c on c.id = t.competition_id where c.campaign_id = ? and i.annual_target is not null',
      copy.id,
    ),
  ).toEqual([{ n: 0 }]);
  expect(JSON.parse(copy.settings)).toMatchObject({ periodSchedule: { deadlineDay: 5 } });
  expect(entries2020()).toEqual(entries);
  expect(yearsQuery('select * from periods where campaign_id = ? order by id', source)).toEqual(rounds2020);
  // The demo day is 9 October 2020: no round of 2021 is due yet.
  expect(yearsQuery('select period from periods where campaign_id = ?', copy.id)).toEqual([]);

  // 2021 is now the current year, shown by default; 2020 is chosen through the header.
  await viewer.goto('/');
  await expect(viewer.getByTestId('shown-campaign')).toHaveText('2021年度“六抓六比·八大竞赛”');
  await expect(viewer.getByRole('banner')).not.toContainText('往年·只读');
  await viewer.getByLabel('年度').selectOption({ label: '2020年度（往年）' });
  await expect(viewer.getByTestId('shown-campaign')).toHaveText('2020年度“六抓六比·八大竞赛”');
  await expect(viewer.getByRole('banner')).toContainText('往年·只读');
  const after = await readPages(viewer, paths);
  for (const p of paths) expect(after[p], p).toBe(before[p]);
  const afterExport = await exportXlsx(viewer, 'ranking-task-forces');
  expect(afterExport.status()).toBe(200);
  expect(await sheetText(await afterExport.body())).toEqual(await sheetText(await beforeExport.body()));
  await viewer.context().close();
  await admin.context().close();
});

/** The cells of an export's first sheet (its 说明 sheet holds the export time, which differs). */
async function sheetText(body: Buffer): Promise<unknown[]> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.worksheets[0]!.getSheetValues();
}

test('2020 is read-only: no save button on its report page or its administration pages, and a direct save, lock, settings or structure change is refused', async ({
  browser,
}) => {
  const admin = await open(browser, 'admin');
  await admin.goto('/');
  await admin.getByLabel('年度').selectOption({ label: '2020年度（往年）' });
  await expect(admin.getByRole('banner')).toContainText('往年·只读');
  await admin.goto('/report?period=2020-10');
  await expect(admin.getByText('2020年度已是往年，只能查看，不能修改。')).toBeVisible();
  await expect(admin.getByRole('button', { name: /保存|提交/ })).toHaveCount(0);
  await admin.goto('/review');
  await expect(admin.getByText('2020年度已是往年，只能查看，不能修改。')).toBeVisible();

  const source = Y2020();
  const indicator = one<{ id: number }>(
    `select i.id from indicators i join task_forces t on t.id = i.task_force_id join competitions c on c.id = t.competition_id
      where c.campaign_id = ? and i.kind = 'cumulative' and not exists (select 1 from progress_entries e where e.indicator_id = i.id and e.period = '2020-10')
      order by i.id limit 1`,
    source,
  ).id;
  const round = one<{ id: number }>("select id from periods where campaign_id = ? and period = '2020-10'", source).id;
  const competition = one<{ id: number }>('select id from competitions where campaign_id = ? order by sort_order limit 1', source).id;
  const structureBefore = yearsQuery('select id, name, sort_order, archived_from from competitions order by id');
  const actions = listBuiltActions();
  const find = (name: string) => actions.find((a) => a.name === name)!;
  const before = yearsQuery('select * from progress_entries order by id');
  const calls: [string, unknown][] = [
    [
      'saveEntryAction',
      {
        indicatorId: indicator,
        period: '2020-10',
        value: '12',
        workProgress: '往年',
        problems: '',
        nextSteps: '',
        version: 0,
        intent: 'submit',
      },
    ],
    ['togglePeriodLockAction', { periodId: round }],
    [
      'saveCompetitionAction',
      { campaignId: source, competitionId: '', name: '往年竞赛', shortName: '', description: '', leadPerson: '', leadUnit: '' },
    ],
    ['moveItemAction', { campaignId: source, kind: 'competition', id: competition, direction: 'down' }],
    ['itemStateAction', { campaignId: source, kind: 'competition', id: competition, intent: 'archive' }],
    [
      'updateCampaignAction',
      {
        campaignId: source,
        name: '改名',
        ...DEMO_SETTINGS_FORM,
      },
    ],
  ];
  for (const [name, body] of calls) {
    const a = find(name);
    const r = await callAction(admin.request, a.path, a.id, [null, body], { Origin: YEARS_ORIGIN });
    const text = await r.text();
    expect(text, name).toContain('"code":"locked"');
    expect(text, name).toContain('2020年度已是往年，只能查看，不能修改。当前年度是2021年度');
  }
  expect(yearsQuery('select * from progress_entries order by id')).toEqual(before);
  expect(one<{ locked: number }>('select locked from periods where id = ?', round).locked).toBe(0);
  expect(one<{ name: string }>('select name from campaigns where id = ?', source).name).toBe('六抓六比·八大竞赛');
  expect(yearsQuery('select id, name, sort_order, archived_from from competitions order by id')).toEqual(structureBefore);

  // Its administration pages show what is set, 往年·只读, with no save, add, move, archive or delete button.
  const note = '往年·只读：2020年度已是往年，活动设置和结构只能查看，不能修改。';
  const main = admin.getByRole('main');
  const milestone = one<{ id: number }>(
    `select i.id from indicators i join task_forces t on t.id = i.task_force_id join competitions c on c.id = t.competition_id
      where c.campaign_id = ? and i.kind = 'milestone' order by i.id limit 1`,
    source,
  ).id;
  const tf = one<{ id: number }>('select id from task_forces where competition_id = ? order by sort_order limit 1', competition).id;
  for (const path of [
    '',
    '/structure',
    `/structure/competitions/${competition}`,
    `/structure/task-forces/${tf}`,
    `/structure/task-forces/${tf}/targets`,
    `/structure/indicators/${indicator}`,
    `/structure/indicators/${milestone}`,
    '/structure/indicators/new',
  ]) {
    await admin.goto(`/admin/campaigns/${source}${path}`);
    await expect(main.getByText(note), path).toBeVisible();
    await expect(main.getByRole('button').filter({ hasNotText: '复制到新年度' }), path).toHaveCount(0);
    await expect(main.getByRole('link', { name: /^添加/ }), path).toHaveCount(0);
  }
  await admin.goto(`/admin/campaigns/${source}`);
  await expect(admin.getByRole('textbox', { name: '活动名称', exact: true })).toBeDisabled();
  await admin.goto(`/admin/campaigns/${one<{ id: number }>('select id from campaigns where year = 2021').id}`);
  await expect(main.getByText(note)).toHaveCount(0);
  await expect(admin.getByRole('button', { name: '保存设置' })).toBeVisible();
  await admin.context().close();
});

test('a year chosen before the page’s scripts have arrived (a slow connection) still takes effect once they do', async ({ browser }) => {
  const viewer = await open(browser, 'viewer');
  const scripts = await holdScripts(viewer);
  await openBeforeScripts(viewer, '/');
  await expect(viewer.getByTestId('shown-campaign')).toHaveText('2021年度“六抓六比·八大竞赛”');
  await viewer.getByLabel('年度').selectOption({ label: '2020年度（往年）' });
  scripts.release();
  await expect(viewer.getByTestId('shown-campaign')).toHaveText('2020年度“六抓六比·八大竞赛”');
  await expect(viewer.getByRole('banner')).toContainText('往年·只读');
  const cookie = (await viewer.context().cookies()).find((c) => c.name === 'saima_campaign');
  expect(cookie?.value).toBe(String(Y2020()));
  await viewer.context().close();
});

test('a forged year is not found, in Chinese, on a page and on an export', async ({ browser }) => {
  const viewer = await open(browser, 'viewer');
  for (const value of ['999999', 'abc', '0']) {
    await viewer.context().addCookies([{ name: 'saima_campaign', value, domain: '127.0.0.1', path: '/' }]);
    const res = await viewer.goto('/rankings');
    expect(res?.status(), value).toBe(404);
    await expect(viewer.getByRole('heading', { name: '未找到该页面' })).toBeVisible();
    await expect(viewer.getByTestId('shown-campaign')).toHaveText('所选年度不存在');
    const file = await viewer.request.get('/api/export/ranking-task-forces?period=2020-09');
    expect(file.status(), value).toBe(404);
    expect((await file.json()).message).toContain('未找到所选年度的竞赛活动');
  }
  // The selector still works from there: back to the current year.
  await viewer.getByLabel('年度').selectOption({ label: '2021年度（当前）' });
  await expect(viewer.getByTestId('shown-campaign')).toHaveText('2021年度“六抓六比·八大竞赛”');
  await viewer.context().close();
});

test('2021’s first round opens by itself on 1 January, with the deadline of 5 February 17:00; the lead reports it; February opens and the pages follow', async ({
  browser,
}) => {
  const copy = one<{ id: number }>('select id from campaigns where year = 2021').id;
  setDemoDay('2021-01-04T00:00:00+08:00');
  const admin = await open(browser, 'admin');
  await admin.goto('/report');
  await expect(admin.getByTestId('shown-campaign')).toHaveText('2021年度“六抓六比·八大竞赛”');
  await expect(admin.getByRole('heading', { level: 1 })).toContainText('2021年1月');
  await expect(admin.getByText(/^截止时间：2021年2月5日 17:00/)).toBeVisible();
  expect(yearsQuery('select period, deadline, locked from periods where campaign_id = ?', copy)).toEqual([
    { period: '2021-01', deadline: '2021-02-05T09:00:00.000Z', locked: 0 },
  ]);
  expect(yearsQuery("select detail from audit_log where action = 'period.open' and user_id is null")).toEqual([
    { detail: '按计划自动开放' },
  ]);
  // The demo lead's assignment was carried into 2021: the lead reports January of the new year through the page.
  const lead = await open(browser, 'lead');
  const ind = one<{ id: number }>(
    `select i.id from indicators i join task_forces t on t.id = i.task_force_id join competitions c on c.id = t.competition_id
       join user_scopes s on s.scope_type = 'taskForce' and s.scope_id = t.id join users u on u.id = s.user_id and u.username = 'demo-lead'
      where c.campaign_id = ? and i.kind = 'cumulative' and i.lag_months = 0 and i.combined_jan_feb = 0 order by i.sort_order, i.id limit 1`,
    copy,
  ).id;
  await lead.goto('/report');
  await expect(lead.getByRole('heading', { level: 1 })).toContainText('2021年1月');
  const form = lead.getByTestId(`report-indicator-${ind}`);
  await form.getByLabel(/本期数值/).fill('3');
  await form.getByRole('button', { name: '提交审核' }).click();
  await expect(form.getByText(/^已提交，等待审核/)).toBeVisible();
  expect(yearsQuery("select value, status, late from progress_entries where indicator_id = ? and period = '2021-01'", ind)).toEqual([
    { value: 3, status: 'submitted', late: 0 },
  ]);
  await lead.context().close();

  await admin.goto('/admin/periods');
  await expect(admin.getByTestId('period-2021-01')).toContainText('开放填报');
  await expect(admin.getByText(/按计划自动开放：每月1日开放当月填报，截止次月5日17:00/)).toBeVisible();

  // 1 February: February opens by itself and the pages move on to it (the current period follows the schedule).
  await admin.goto('/rankings');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('排名 · 2021年1月');
  setDemoDay('2021-02-02T00:00:00+08:00');
  await admin.goto('/rankings');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('排名 · 2021年2月');
  expect(one<{ p: string }>('select current_period as p from campaigns where id = ?', copy).p).toBe('2021-02');
  await admin.context().close();
});
