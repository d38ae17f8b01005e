/**
 * A district's first run, on the installation started with SAIMA_DEMO=0 (second server, its own
 * empty database): the printed one-time password, the forced change, the empty 竞赛活动 page,
 * the structure import through the page, accounts and a period, a report approved and ranked.
 * Then the demo's structure (exported from the demo server through its page) imported here as a
 * new campaign, compared field by field, and a workbook with three broken rows that writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { CONTEXT_OPTIONS, E2E_DB, NODEMO_DB, NODEMO_DIR, NODEMO_LOG, NODEMO_ORIGIN, statePath } from './env';
import { createAccountThroughPage, loginThroughPage } from './support/accounts';
import { callAction } from './support/actions';
import { listBuiltActions } from './support/build';
import { dataFingerprint } from './support/db';
import { ACCOUNT_PASSWORD, firstLogin, setScopesThroughPage } from './support/form-accounts';
import { queryAt } from './support/query';
import { fillEntry, reportCard, reviewCard } from './support/reporting';
import { buildWorkbook, editWorkbook, FIRST_RUN_SHEETS, structureByName } from './support/structure';
import { cell } from './support/table-cell';

test.describe.configure({ mode: 'serial' });

const OPTIONS = { ...CONTEXT_OPTIONS, baseURL: NODEMO_ORIGIN };
const ADMIN_STATE = path.join(NODEMO_DIR, 'state-admin.json');
const ROUND = '2026-11';
const q = <T>(sql: string, ...params: unknown[]) => queryAt<T>(NODEMO_DB, sql, ...params);
const idOf = (table: string, name: string) => q<{ id: number }>(`select id from ${table} where name = ?`, name)[0]!.id;

function printedPassword(): string {
  const log = fs.readFileSync(NODEMO_LOG, 'utf8');
  const m = /用户名：admin\s+密码：\s*(\S+)/.exec(log);
  if (!m) throw new Error(`no one-time password in the server log:\n${log.slice(0, 500)}`);
  return m[1]!;
}

async function adminPage(browser: Browser): Promise<Page> {
  const ctx = await browser.newContext({ ...OPTIONS, storageState: ADMIN_STATE });
  return ctx.newPage();
}

/** Uploads `file` on /admin/campaigns/import as a new campaign and previews it. */
async function previewNewCampaign(admin: Page, file: string, campaign: { name: string; year: string; region: string; code: string }) {
  await admin.goto('/admin/campaigns/import');
  await admin.getByLabel('活动名称').fill(campaign.name);
  await admin.getByLabel('年度').fill(campaign.year);
  await admin.getByLabel('本区（县）名称').fill(campaign.region);
  await admin.getByLabel('行政区划代码').fill(campaign.code);
  await admin.getByLabel('结构工作簿（.xlsx）').setInputFiles(file);
  await admin.getByRole('button', { name: '上传并预览' }).click();
  return admin.getByRole('heading', { name: /^预览：/ });
}

async function accountFor(
  browser: Browser,
  admin: Page,
  username: string,
  role: string,
  scopes: Parameters<typeof setScopesThroughPage>[2],
) {
  const temp = await createAccountThroughPage(admin, username, role);
  await setScopesThroughPage(admin, q<{ id: number }>('select id from users where username = ?', username)[0]!.id, scopes);
  const ctx = await browser.newContext(OPTIONS);
  const page = await ctx.newPage();
  await firstLogin(page, username, temp);
  await ctx.storageState({ path: path.join(NODEMO_DIR, `state-${username}.json`) });
  return page;
}

test('first run: printed password, forced change, empty campaign page, import, accounts, a period, a report approved and ranked', async ({
  browser,
}) => {
  const ctx = await browser.newContext(OPTIONS);
  const admin = await ctx.newPage();
  const temp = printedPassword();
  await loginThroughPage(admin, 'admin', temp);
  await expect(admin).toHaveURL(/\/account\/password/);
  await admin.goto('/admin/campaigns');
  await expect(admin).toHaveURL(/\/account\/password/);
  await admin.getByLabel('当前密码').fill(temp);
  await admin.getByLabel('新密码', { exact: true }).fill(ACCOUNT_PASSWORD);
  await admin.getByLabel('再次输入新密码').fill(ACCOUNT_PASSWORD);
  await admin.getByRole('button', { name: '修改密码' }).click();
  await admin.getByRole('link', { name: '进入系统' }).click();
  await expect(admin.getByText('系统中还没有竞赛活动')).toBeVisible();
  await admin.getByRole('link', { name: '建立竞赛活动' }).click();
  await expect(admin).toHaveURL(/\/admin\/campaigns$/);
  for (const offer of ['下载结构模板', '导入结构', '手动创建'])
    await expect(admin.getByRole('link', { name: offer, exact: true })).toBeVisible();
  expect(q('select * from users where username = ? and must_change_password = 0', 'admin')).toHaveLength(1);
  await ctx.storageState({ path: ADMIN_STATE });

  const download = admin.waitForEvent('download');
  await admin.getByRole('link', { name: '下载结构模板', exact: true }).click();
  expect((await download).suggestedFilename()).toBe('结构模板.xlsx');

  const file = path.join(NODEMO_DIR, 'first-run.xlsx');
  fs.writeFileSync(file, await buildWorkbook(FIRST_RUN_SHEETS));
  const heading = await previewNewCampaign(admin, file, { name: '赛马比拼', year: '2026', region: '柯城区', code: '330802' });
  await expect(heading).toHaveText('预览：新增 20 项，修改 0 项，不变 0 项，错误 0 行');
  expect(q('select * from campaigns')).toHaveLength(0);
  await admin.getByRole('button', { name: '确认导入' }).click();
  await expect(admin.getByText('导入完成：新增 20 项，修改 0 项。')).toBeVisible();
  const [campaign] = q<{ id: number; year: number; home_region_code: string }>('select * from campaigns');
  expect(campaign).toMatchObject({ year: 2026, home_region_code: '330802' });
  const s = structureByName(NODEMO_DB, campaign!.id);
  expect(s.competitions.map((c) => (c as { name: string }).name)).toEqual(['经济发展竞赛', '平安建设竞赛']);
  expect(s.taskForces).toHaveLength(3);
  expect(s.indicators.map((i) => (i as { kind: string }).kind).sort()).toEqual([
    'cumulative',
    'cumulative',
    'cumulative',
    'level',
    'milestone',
    'rank',
  ]);
  expect(s.taskForces[0]).toMatchObject({ name: '招商引资专班', members: '区发改局、新新街道', lead: '张明', unit: '区商务局' });
  expect(s.steps).toEqual([
    { task_force: '项目攻坚专班', indicator: '重点项目节点', title: '项目开工', planned_date: '2026-05-31' },
    { task_force: '项目攻坚专班', indicator: '重点项目节点', title: '主体结顶', planned_date: '2026-10-31' },
  ]);
  await admin.goto('/admin/campaigns');
  await expect(admin.getByTestId(`campaign-${campaign!.id}`)).toContainText('赛马比拼');

  const lead = await accountFor(browser, admin, 'zsyz-lead', 'lead', { taskForces: ['招商引资专班'] });
  const reviewer = await accountFor(browser, admin, 'jjfz-reviewer', 'reviewer', { competitions: ['经济发展竞赛'] });

  await admin.goto('/admin/periods');
  await admin.getByLabel('统计期（年-月）').fill(ROUND);
  await admin.getByLabel('截止时间（北京时间）').fill('2026-12-05T17:00');
  await admin.getByRole('button', { name: '开放填报' }).click();
  await expect(admin.getByText('已开放2026年11月填报。')).toBeVisible();

  const amount = idOf('indicators', '签约项目投资额');
  const growth = idOf('indicators', '实际利用外资增速');
  await lead.goto(`/report?period=${ROUND}`);
  for (const [id, value] of [
    [amount, '13000'],
    [growth, '9.5'],
  ] as const) {
    await fillEntry(lead, id, { value, workProgress: '按计划推进' }, '提交审核');
    await expect(reportCard(lead, id).getByText(/^已提交（逾期提交，已标记）|^已提交，等待审核/)).toBeVisible();
  }
  await expect(reportCard(lead, idOf('indicators', '生产安全事故起数'))).toHaveCount(0);

  await reviewer.goto('/review');
  for (const id of [amount, growth]) {
    const entry = q<{ id: number }>('select id from progress_entries where indicator_id = ? and period = ?', id, ROUND)[0]!.id;
    await reviewCard(reviewer, entry).getByRole('button', { name: '通过' }).click();
    await expect(reviewCard(reviewer, entry)).toHaveCount(0);
  }
  expect(q('select status from progress_entries where period = ? order by indicator_id', ROUND)).toEqual([
    { status: 'approved' },
    { status: 'approved' },
  ]);

  await admin.goto(`/rankings?period=${ROUND}`);
  const rows = admin.locator('[data-testid^="row-task-force-"]');
  await expect(rows.first()).toContainText('招商引资专班');
  await expect(cell(rows.first(), 'rank')).toContainText('1');
  const names = await rows.evaluateAll((els) => els.map((e) => e.querySelectorAll('td')[1]?.textContent ?? ''));
  expect(names.slice(0, 3).map((n) => n.trim())).toEqual(expect.arrayContaining(['招商引资专班', '项目攻坚专班', '安全生产专班']));
  expect(names[0]).toContain('招商引资专班');
  await ctx.close();
});

test('the demo structure, exported through the demo page, imports here as a new campaign: the same, field by field', async ({
  browser,
}) => {
  const demoCtx = await browser.newContext({ ...CONTEXT_OPTIONS, storageState: statePath('admin') });
  const demo = await demoCtx.newPage();
  await demo.goto('/admin/campaigns');
  const demoId = queryAt<{ id: number }>(E2E_DB, 'select id from campaigns order by id')[0]!.id;
  const download = demo.waitForEvent('download');
  await demo.getByRole('link', { name: /^导出2020年“六抓六比·八大竞赛”的结构$/ }).click();
  const file = path.join(NODEMO_DIR, 'demo-structure.xlsx');
  await (await download).saveAs(file);
  await demoCtx.close();

  const admin = await adminPage(browser);
  const heading = await previewNewCampaign(admin, file, { name: '六抓六比·八大竞赛', year: '2020', region: '柯城区', code: '330802' });
  await expect(heading).toContainText('错误 0 行');
  await admin.getByRole('button', { name: '确认导入' }).click();
  await expect(admin.getByText(/^导入完成：新增 \d+ 项/)).toBeVisible();
  const copyId = q<{ id: number }>('select id from campaigns where year = 2020')[0]!.id;
  const copy = structureByName(NODEMO_DB, copyId);
  const original = structureByName(E2E_DB, demoId);
  expect(copy.taskForces).toHaveLength(40);
  expect(copy.competitions).toEqual(original.competitions);
  expect(copy.taskForces).toEqual(original.taskForces);
  expect(copy.indicators).toEqual(original.indicators);
  expect(copy.phasedTargets).toEqual(original.phasedTargets);
  expect(copy.steps).toEqual(original.steps);

  const broken = await editWorkbook(fs.readFileSync(file), [
    ['专班', 3, 3, null],
    ['指标', 5, 6, '一万二'],
    ['单位', 4, 3, '公司'],
  ]);
  const brokenFile = path.join(NODEMO_DIR, 'demo-structure-broken.xlsx');
  fs.writeFileSync(brokenFile, broken);
  const before = dataFingerprint(NODEMO_DB);
  const h2 = await previewNewCampaign(admin, brokenFile, { name: '不应写入', year: '2020', region: '柯城区', code: '330802' });
  await expect(h2).toContainText('错误 3 行');
  const errors = admin.locator('tr[data-status="error"]');
  await expect(errors).toHaveCount(3);
  await expect(errors.nth(0)).toContainText(/专班.*第3行.*目标：目标不能为空/);
  await expect(errors.nth(1)).toContainText(/指标.*第5行.*年度目标：年度目标应为数字/);
  await expect(errors.nth(2)).toContainText(/单位.*第4行.*类型：类型应为/);
  await expect(admin.getByText('有 3 行存在错误')).toBeVisible();
  await expect(admin.getByRole('button', { name: '确认导入' })).toHaveCount(0);
  expect(dataFingerprint(NODEMO_DB)).toBe(before);
  expect(q('select * from campaigns where name = ?', '不应写入')).toHaveLength(0);
});

test('a changed score setting, previewed then saved through the settings form, changes the rankings page as previewed and the formula it shows', async ({
  browser,
}) => {
  const admin = await adminPage(browser);
  const tf = idOf('task_forces', '招商引资专班');
  await admin.goto(`/rankings?period=${ROUND}`);
  const score = cell(admin.getByTestId(`row-task-force-${tf}`), 'score');
  await expect(score).toHaveText('109.1');
  await expect(admin.getByTestId('formula')).toContainText('最高120分');

  await admin.goto('/admin/campaigns');
  await admin.getByRole('link', { name: '赛马比拼', exact: true }).click();
  await admin.getByLabel('累计型得分上限（倍）').fill('十');
  await admin.getByRole('button', { name: '保存设置' }).click();
  await expect(admin.getByRole('form', { name: '活动设置' }).getByRole('alert')).toContainText('累计型得分上限应为数字，例如 1.2');
  await expect(admin.getByLabel('累计型得分上限（倍）')).toHaveValue('十');
  // 预览排名变化: the typed settings, unsaved, on the current period's figures; nothing is written.
  const unsaved = dataFingerprint(NODEMO_DB);
  await expect(admin.getByLabel('预览统计期')).toHaveValue(ROUND);
  await admin.getByRole('button', { name: '预览排名变化' }).click();
  await expect(admin.getByText('累计型得分上限应为数字，例如 1.2').last()).toBeVisible();
  await admin.getByLabel('累计型得分上限（倍）').fill('1.1');
  await admin.getByRole('button', { name: '预览排名变化' }).click();
  const preview = admin.getByRole('table', { name: '预览排名变化' });
  await expect(preview.getByRole('row').filter({ hasText: '招商引资专班' })).toContainText(/109\.1\s*105\.0$/);
  const previewed = await preview
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  expect(previewed.length).toBeGreaterThan(0);
  expect(dataFingerprint(NODEMO_DB)).toBe(unsaved);
  await admin.getByRole('button', { name: '保存设置' }).click();
  await expect(admin.getByText(/^已保存2026年“赛马比拼”的设置/)).toBeVisible();
  const [row] = q<{ settings: string }>('select settings from campaigns where name = ?', '赛马比拼');
  expect(JSON.parse(row!.settings)).toMatchObject({ scoreRules: { cumulativeCap: 1.1 }, tolerancePp: 5 });

  await admin.goto(`/rankings?period=${ROUND}`);
  await expect(score).toHaveText('105.0');
  await expect(admin.getByTestId('formula')).toContainText('最高110分');
  // The saved settings rank as previewed: each previewed task force's new rank and score are the page's.
  for (const [name, , rankAfter, , , scoreAfter] of previewed) {
    const row = admin.getByTestId(`row-task-force-${idOf('task_forces', name!)}`);
    await expect(cell(row, 'score'), name).toHaveText(scoreAfter!);
    await expect(cell(row, 'rank'), name).toContainText(rankAfter!.replace(/^第(\d+)名$/, '$1'));
  }
});

test('手动创建 keeps what was typed and says what to fix; then an import into an existing campaign shows added, changed and unchanged', async ({
  browser,
}) => {
  const admin = await adminPage(browser);
  await admin.goto('/admin/campaigns');
  await admin.getByRole('link', { name: '新建活动' }).click();
  await admin.getByLabel('活动名称').fill('手动活动');
  await admin.getByLabel('年度').fill('二〇二五');
  await admin.getByLabel('行政区划代码').fill('3308');
  await admin.getByRole('button', { name: '建立活动' }).click();
  await expect(admin.getByRole('form', { name: '新建活动' }).getByRole('alert')).toContainText('年度应为四位数年份，例如 2021');
  await expect(admin.getByRole('form', { name: '新建活动' }).getByRole('alert')).toContainText('行政区划代码应为 6 位数字');
  await expect(admin.getByLabel('活动名称')).toHaveValue('手动活动');
  expect(q('select * from campaigns where name = ?', '手动活动')).toHaveLength(0);
  await admin.getByLabel('年度').fill('2025');
  await admin.getByLabel('行政区划代码').fill('330802');
  await admin.getByRole('button', { name: '建立活动' }).click();
  await expect(admin.getByText('已建立2025年“手动活动”。')).toBeVisible();
  expect(q('select year, home_region_code, current_period from campaigns where name = ?', '手动活动')).toEqual([
    { year: 2025, home_region_code: '330802', current_period: '2025-01' },
  ]);

  const target = q<{ id: number }>('select id from campaigns where name = ?', '赛马比拼')[0]!.id;
  const sheets = structuredClone(FIRST_RUN_SHEETS);
  sheets['指标']!.rows[0]![5] = 15000;
  sheets['阶段目标']!.rows[0]![3] = 6500;
  sheets['指标']!.rows.push(['安全生产专班', '安全培训人次', '累计型', '越高越好', '人', 3000, null, 1, '区应急管理局', 0, '否', '否']);
  const file = path.join(NODEMO_DIR, 'update.xlsx');
  fs.writeFileSync(file, await buildWorkbook(sheets));
  await admin.goto('/admin/campaigns/import');
  await admin.getByLabel('已有活动（按名称更新）').check();
  await admin.getByLabel('活动', { exact: true }).selectOption(String(target));
  await admin.getByLabel('结构工作簿（.xlsx）').setInputFiles(file);
  await admin.getByRole('button', { name: '上传并预览' }).click();
  // The demo import before renamed three shared units' 简称 back to the demo's: this file changes them again.
  await expect(admin.getByRole('heading', { name: /^预览：/ })).toHaveText('预览：新增 1 项，修改 5 项，不变 15 项，错误 0 行');
  const changed = admin.locator('tr[data-status="change"]');
  // 签约项目投资额 has an approved entry: its targets (annual and phased) change only as 目标调整, with the import's one reason.
  const reported = changed.filter({ hasText: '签约项目投资额' }).filter({ hasText: '年度目标' });
  await expect(reported).toContainText('目标调整');
  await expect(reported).toContainText('目标调整：年度目标 12000 → 15000（须填写调整理由）');
  const phased = changed.filter({ hasText: '签约项目投资额 2026年6月' });
  await expect(phased).toContainText('目标调整：6月阶段目标 6000 → 6500（须填写调整理由）');
  await expect(admin.getByText('本次导入将调整 2 项已有报送记录的指标的目标')).toBeVisible();
  await expect(changed.filter({ hasText: '单位' })).toHaveCount(3);
  await expect(admin.locator('tr[data-status="add"]')).toHaveCount(1);
  await expect(admin.locator('tr[data-status="add"]')).toContainText('安全培训人次');
  expect(q('select annual_target from indicators where name = ?', '签约项目投资额')).toEqual([{ annual_target: 12000 }]);
  const before = dataFingerprint(NODEMO_DB);
  await admin.getByLabel('目标调整理由').fill(' ');
  await admin.getByRole('button', { name: '确认导入' }).click();
  await expect(admin.getByText(/^本次导入调整了已有报送记录的指标的目标，请填写调整理由/)).toBeVisible();
  await expect(admin.getByText('请填写调整理由', { exact: true })).toBeVisible();
  expect(dataFingerprint(NODEMO_DB)).toBe(before);
  await admin.getByLabel('目标调整理由').fill('招商目标上调');
  await admin.getByRole('button', { name: '确认导入' }).click();
  await expect(admin.getByText('导入完成：新增 1 项，修改 5 项。')).toBeVisible();
  expect(q('select annual_target from indicators where name = ?', '签约项目投资额')).toEqual([{ annual_target: 15000 }]);
  expect(
    q(
      "select p.target from phased_targets p join indicators i on i.id = p.indicator_id where i.name = ? and p.period = '2026-06'",
      '签约项目投资额',
    ),
  ).toEqual([{ target: 6500 }]);
  expect(
    q(
      'select c.field, c.period, c.old_value, c.new_value, c.reason from target_changes c join indicators i on i.id = c.indicator_id where i.name = ? order by c.id',
      '签约项目投资额',
    ),
  ).toEqual([
    { field: 'annualTarget', period: null, old_value: 12000, new_value: 15000, reason: '招商目标上调' },
    { field: 'phasedTarget', period: '2026-06', old_value: 6000, new_value: 6500, reason: '招商目标上调' },
  ]);
  expect(q("select detail from audit_log where action = 'indicator.target'")).toEqual([{ detail: '招商目标上调' }]);
  expect(q("select detail from audit_log where action = 'indicator.phased_target'")).toEqual([{ detail: '招商目标上调' }]);
  // The indicator page lists both as 目标调整, dates in Chinese.
  await admin.goto(`/indicators/${idOf('indicators', '签约项目投资额')}`);
  const history = admin.getByTestId('table-indicator-target-changes');
  const phasedRow = history.getByRole('row').filter({ hasText: '6月阶段目标' });
  await expect(phasedRow).toContainText('6,000');
  await expect(phasedRow).toContainText('6,500');
  await expect(phasedRow).toContainText('招商目标上调');
  await expect(phasedRow).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(history.getByRole('row').filter({ hasText: '年度目标' })).toContainText('15,000');
  expect(q('select count(*) as n from progress_entries where period = ?', ROUND)).toEqual([{ n: 2 }]);
  expect(structureByName(NODEMO_DB, target).indicators).toHaveLength(7);
});

test('the campaign actions and the structure download are refused to a lead and a reviewer, also when called directly', async ({
  browser,
}) => {
  const mine = listBuiltActions().filter((a) => a.file.includes('admin/campaigns'));
  expect(mine.map((a) => a.name).sort()).toEqual([
    'commitStructureAction',
    'copyCampaignAction',
    'createCampaignAction',
    'itemStateAction',
    'moveItemAction',
    'previewSettingsAction',
    'previewStructureAction',
    'saveCompetitionAction',
    'saveIndicatorAction',
    'saveStepAction',
    'saveTargetGridAction',
    'saveTaskForceAction',
    'updateCampaignAction',
  ]);
  const before = dataFingerprint(NODEMO_DB);
  for (const who of ['zsyz-lead', 'jjfz-reviewer']) {
    const ctx = await browser.newContext({ ...OPTIONS, storageState: path.join(NODEMO_DIR, `state-${who}.json`) });
    for (const a of mine) {
      const r = await callAction(
        ctx.request,
        a.path,
        a.id,
        [null, { mode: 'new', name: 'x', year: 2026, regionName: 'x', regionCode: '330802' }],
        {
          Origin: NODEMO_ORIGIN,
        },
      );
      expect(await r.text(), `${who} ${a.name}`).toContain('"code":"forbidden"');
    }
    const page = await ctx.newPage();
    const res = await page.request.get('/api/admin/structure');
    expect(res.status(), `${who} structure download`).toBe(403);
    await page.goto('/admin/campaigns');
    await expect(page).toHaveURL(/\/forbidden/);
    await ctx.close();
  }
  expect(dataFingerprint(NODEMO_DB)).toBe(before);
});

test('复制到新年度: 2027 gets the structure with the targets moved a year and no entries; 2026 is untouched; the header says 2027', async ({
  browser,
}) => {
  const admin = await adminPage(browser);
  const source = q<{ id: number }>('select id from campaigns where name = ? and year = 2026', '赛马比拼')[0]!.id;
  const before = structureByName(NODEMO_DB, source);
  const entries = q('select * from progress_entries order by id');
  await admin.goto(`/admin/campaigns/${source}`);
  const form = admin.getByRole('form', { name: '复制到新年度' });
  await form.getByLabel('新年度', { exact: true }).fill('2026');
  await form.getByRole('button', { name: '复制到新年度' }).click();
  await expect(form.getByRole('alert')).toContainText('新年度不能与原活动相同');
  await form.getByLabel('新年度', { exact: true }).fill('2027');
  await form.getByLabel(/^沿用上年/).check();
  await form.getByRole('button', { name: '复制到新年度' }).click();
  await expect(form.getByText(/^已建立2027年“赛马比拼”：结构已复制，目标沿用上年/)).toBeVisible();

  const copy = q<{ id: number }>('select id from campaigns where name = ? and year = 2027', '赛马比拼')[0]!.id;
  const after = structureByName(NODEMO_DB, copy);
  expect(after.competitions).toEqual(before.competitions);
  expect(after.taskForces).toEqual(before.taskForces);
  expect(after.indicators).toEqual(before.indicators);
  expect(after.phasedTargets).toEqual([{ task_force: '招商引资专班', indicator: '签约项目投资额', period: '2027-06', target: 6500 }]);
  expect(after.steps.map((s) => (s as { planned_date: string }).planned_date)).toEqual(['2027-05-31', '2027-10-31']);
  expect(structureByName(NODEMO_DB, source)).toEqual(before);
  expect(q('select * from progress_entries order by id')).toEqual(entries);
  const copied = q<{ n: number }>(
    `select count(*) as n from progress_entries e join indicators i on i.id = e.indicator_id join task_forces t on t.id = i.task_force_id
      join competitions c on c.id = t.competition_id where c.campaign_id = ?`,
    copy,
  );
  expect(copied).toEqual([{ n: 0 }]);

  await admin.goto('/');
  await expect(admin.getByRole('banner')).toContainText('2027年度“赛马比拼”');

  // 2026 is a past year now: the import page offers only 2027 to import into, and says why.
  const past = q<{ n: number }>('select count(*) as n from campaigns where id <> ?', copy)[0]!.n;
  await admin.goto('/admin/campaigns/import');
  await admin.getByLabel('已有活动（按名称更新）').check();
  await expect(admin.getByLabel('活动', { exact: true }).locator('option')).toHaveText(['2027年“赛马比拼”']);
  await expect(admin.getByText(`另有 ${past} 个往年活动未列出：往年活动只能查看，不能导入。`)).toBeVisible();
});
