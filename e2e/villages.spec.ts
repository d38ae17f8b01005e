/**
 * 村庄经营 through the pages: the source page's figures as printed; a user with 双溪村 in scope enters
 * a figure, a reviewer of 石梁镇 approves it on /review and the chart shows it; users out of scope
 * are refused, also when they call the action and the route directly; the Excel round-trip; the
 * metric catalogue under /admin.
 */
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { VILLAGE_FACTS } from '../db/seed/source-page';
import { test, expect } from './fixtures';
import { callAction } from './support/actions';
import { listBuiltActions } from './support/build';
import { dataFingerprint } from './support/db';
import { mainText, placeAccountPage, type PlaceAccountSpec } from './support/place-accounts';
import { query } from './support/query';

const VILLAGE_LEAD: PlaceAccountSpec = {
  username: 'e2e-village-lead',
  role: 'lead',
  villages: [{ township: '石梁镇', village: '双溪村' }],
};
const TOWN_REVIEWER: PlaceAccountSpec = { username: 'e2e-town-reviewer', role: 'reviewer', townships: ['石梁镇'] };
const OUTSIDER: PlaceAccountSpec = { username: 'e2e-village-outsider', role: 'lead', townships: ['航埠镇'] };

const shuangxi = () => query<{ id: number }>("select id from villages where name = '双溪村'")[0]!.id;
const ventureOf = (kind: string) =>
  query<{ id: number }>(
    "select v.id from ventures v join operators o on o.id = v.operator_id where o.short_name = '优宿' and v.kind = ?",
    kind,
  )[0]!.id;
const metricId = (key: string) => query<{ id: number }>('select id from village_metrics where key = ?', key)[0]!.id;
const figure = (ventureId: number, key: string, period: string) =>
  query<{
    id: number;
    value: number;
    status: string;
    version: number;
    qualifier: string | null;
    submitted_by: number;
    reviewed_by: number | null;
  }>(
    'select x.* from village_metric_values x join village_metrics m on m.id = x.metric_id where x.venture_id = ? and m.key = ? and x.period = ?',
    ventureId,
    key,
    period,
  )[0];
const userId = (u: string) => query<{ id: number }>('select id from users where username = ?', u)[0]!.id;

type As = (r: 'admin' | 'leader' | 'reviewer' | 'lead' | 'viewer') => Promise<Page>;
const pages: Record<string, Page> = {};
const account = (browser: Parameters<typeof placeAccountPage>[0], as: As, spec: PlaceAccountSpec) =>
  (async () => (pages[spec.username] ??= await placeAccountPage(browser, () => as('admin'), spec)))();

test('the source page’s village figures appear on the village page exactly as printed', async ({ page }) => {
  await page.goto(`/villages/${shuangxi()}`);
  await expect(page.getByRole('heading', { name: '双溪村（张西自然村）' })).toBeVisible();
  const text = await mainText(page);
  for (const f of VILLAGE_FACTS) expect(text, f.printed).toContain(f.printed);
  for (const shown of [
    '60元/公斤',
    '36元/公斤',
    '360元/公斤',
    '400元/公斤',
    '200多元/公斤',
    '70%',
    '50多户',
    '3万多元',
    '1.5万余元',
    '29幢',
    '85%以上',
    '1.3万余元',
    '60%',
    '将近8000元',
    '4亩',
    '胡庆余堂',
    '20余万元',
    '柯城区优宿物业管理有限公司',
    '“优宿”',
    '2019年3月成立',
  ])
    expect(text, shown).toContain(shown);
  await expect(page.getByTestId('chart-income')).toContainText('增幅约100.0%');
});

test('/villages lists a township’s villages page by page from its card, and a forged township gets a Chinese note', async ({ page }) => {
  const town = query<{ id: number; n: number }>(
    "select u.id, count(v.id) n from units u join villages v on v.township_unit_id = u.id and v.kind = 'administrative' where u.name = '石梁镇' group by u.id",
  )[0]!;
  await page.goto('/villages');
  const card = page.getByTestId(`township-${town.id}`);
  await expect(card.getByText('双溪村', { exact: true })).toBeVisible();
  await card.getByRole('link', { name: `查看全部${town.n}个行政村` }).click();
  const list = page.getByTestId('township-villages');
  await expect(list.getByRole('heading', { name: `石梁镇的行政村（${town.n}个）` })).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(Math.min(town.n, 50) + 1);
  await expect(list.getByRole('row', { name: /双溪村/ })).toContainText('张西');
  await list.getByRole('link', { name: '双溪村', exact: true }).click();
  await expect(page.getByRole('heading', { name: '双溪村（张西自然村）' })).toBeVisible();
  for (const forged of ['abc', '999999', '-1']) {
    const res = await page.goto(`/villages?township=${forged}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('alert').filter({ hasText: '没有这个乡镇（街道）' })).toBeVisible();
  }
});

test('a 双溪村 user submits a figure, a 石梁镇 reviewer approves it on /review, and the price chart shows it', async ({ as, browser }) => {
  const lead = await account(browser, as, VILLAGE_LEAD);
  const reviewer = await account(browser, as, TOWN_REVIEWER);
  const tea = ventureOf('tea');
  await lead.goto(`/villages/${shuangxi()}`);
  const chart = lead.getByTestId('chart-price-茶青');
  await expect(chart).not.toContainText('茶青市场收购价（2020年）');
  const form = lead.getByRole('form', { name: /新增数据：茶叶/ });
  await form.getByLabel('指标').selectOption({ label: '茶青市场收购价（元/公斤，按年）' });
  await form.getByLabel('期间').fill('2020');
  await form.getByLabel('数值').fill('四十');
  await form.getByRole('button', { name: '提交审核' }).click();
  await expect(form.getByText('“四十”不是数字，请只填写数字（可带小数点和负号）。').first()).toBeVisible();
  await expect(form.getByLabel('期间')).toHaveValue('2020');
  await form.getByLabel('数值').fill('40');
  await form.getByRole('button', { name: '提交审核' }).click();
  await expect(form.getByText('已提交，等待审核。')).toBeVisible();
  expect(figure(tea, 'tea_leaf_market_price', '2020')).toMatchObject({
    value: 40,
    status: 'submitted',
    submitted_by: userId(VILLAGE_LEAD.username),
  });

  await reviewer.goto('/review');
  const card = reviewer.getByTestId(`review-village-figure-${figure(tea, 'tea_leaf_market_price', '2020')!.id}`);
  await expect(card).toContainText('茶青市场收购价（2020年）');
  await expect(card).toContainText('40元/公斤');
  await card.getByRole('button', { name: '通过' }).click();
  await expect(card).toHaveCount(0);
  expect(figure(tea, 'tea_leaf_market_price', '2020')).toMatchObject({ status: 'approved', reviewed_by: userId(TOWN_REVIEWER.username) });

  await lead.goto(`/villages/${shuangxi()}`);
  await expect(lead.getByTestId('chart-price-茶青')).toContainText('茶青市场收购价（2020年）40元/公斤');
});

test('out of scope: no entry panel, and the action and the template route refuse a direct call', async ({ as, browser, playwright }) => {
  const outsider = await account(browser, as, OUTSIDER);
  await outsider.goto(`/villages/${shuangxi()}`);
  await expect(outsider.getByRole('heading', { name: /双溪村/ })).toBeVisible();
  await expect(outsider.getByTestId('village-entry')).toHaveCount(0);
  const before = dataFingerprint();
  const save = listBuiltActions().find((a) => a.name === 'saveVillageFigureAction')!;
  const ctx = outsider.context().request;
  const r = await callAction(ctx, '/villages/1', save.id, [
    null,
    { ventureId: ventureOf('tea'), metricId: metricId('tea_leaf_market_price'), period: '2018', value: '41', version: 0, intent: 'submit' },
  ]);
  expect(await r.text()).toContain('"code":"forbidden"');
  const review = listBuiltActions().find((a) => a.name === 'reviewVillageFigureAction')!;
  const demoReviewer = await playwright.request.newContext({
    baseURL: outsider.url(),
    storageState: 'test-results/e2e/state-reviewer.json',
  });
  const approved = figure(ventureOf('tea'), 'households_benefited', '2020')!;
  const rr = await callAction(demoReviewer, '/villages/1', review.id, [
    null,
    { figureId: approved.id, version: approved.version, decision: 'return', reason: '越权' },
  ]);
  expect(await rr.text()).toContain('"code":"forbidden"');
  const template = await ctx.get(`/api/villages/${shuangxi()}/template?period=2020`);
  expect(template.status()).toBe(403);
  expect(dataFingerprint()).toBe(before);
  await demoReviewer.dispose();
});

test('the Excel round-trip through the page: template, preview with a row error, then an all-or-nothing import as drafts', async ({
  as,
  browser,
}) => {
  const lead = await account(browser, as, VILLAGE_LEAD);
  await lead.goto(`/villages/${shuangxi()}`);
  const panel = lead.getByTestId('village-excel');
  await panel.getByLabel(/期间/).fill('2018');
  const download = lead.waitForEvent('download');
  await panel.getByRole('link', { name: '下载模板' }).click();
  const file = await (await download).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('经营数据')!;
  const rowOf = (metric: string) => ws.getColumn(4).values.findIndex((v) => v === metric);
  ws.getCell(rowOf('带动增收茶农'), 6).value = 30;
  ws.getCell(rowOf('带动增收茶农'), 7).value = '多';
  ws.getCell(rowOf('完成改造农房'), 6).value = 'abc';
  const bad = `${file}-bad.xlsx`;
  await wb.xlsx.writeFile(bad);
  await panel.getByLabel(/选择填好的模板/).setInputFiles(bad);
  await panel.getByRole('button', { name: '上传并预览' }).click();
  const preview = panel.getByTestId('village-import-preview');
  await expect(preview).toContainText('错误');
  await expect(panel.getByRole('button', { name: '确认导入' })).toBeDisabled();
  ws.getCell(rowOf('完成改造农房'), 6).value = 12;
  const good = `${file}-good.xlsx`;
  await wb.xlsx.writeFile(good);
  await panel.getByLabel(/选择填好的模板/).setInputFiles(good);
  await panel.getByRole('button', { name: '上传并预览' }).click();
  await expect(preview).toContainText('未填 → 30多户');
  await panel.getByRole('button', { name: '确认导入' }).click();
  await expect(panel.getByText('已导入 2 条')).toBeVisible();
  expect(figure(ventureOf('tea'), 'households_benefited', '2018')).toMatchObject({ value: 30, qualifier: '多', status: 'draft' });
  expect(figure(ventureOf('homestay'), 'houses_renovated', '2018')).toMatchObject({ value: 12, status: 'draft' });
});

test('an administrator adds and changes a metric of the catalogue; a duplicate name is explained and the form keeps what was typed', async ({
  as,
}) => {
  const admin = await as('admin');
  await admin.goto('/admin/village-metrics');
  const form = admin.getByRole('form', { name: '新增指标' });
  await form.getByLabel('指标名称').fill('茶青收购价');
  await form.getByLabel('单位').fill('公斤');
  await form.getByLabel('适用业态').selectOption({ label: '茶叶' });
  await form.getByRole('button', { name: '新增指标' }).click();
  await expect(form.getByText('已有同名指标“茶青收购价”，请换一个名称或修改原有指标。')).toBeVisible();
  await expect(form.getByLabel('单位')).toHaveValue('公斤');
  await form.getByLabel('指标名称').fill('干茶产量');
  await form.getByRole('button', { name: '新增指标' }).click();
  await expect(form.getByText('已新增指标“干茶产量”。')).toBeVisible();
  const created = query<{ id: number; unit: string; k: string; g: string }>(
    "select id, unit, venture_kind k, granularity g from village_metrics where name = '干茶产量'",
  );
  expect(created).toEqual([{ id: expect.any(Number), unit: '公斤', k: 'tea', g: 'year' }]);
  await admin.reload();
  const card = admin.getByTestId(`metric-${created[0]!.id}`);
  await card.getByText('修改', { exact: true }).click();
  await card.getByLabel('停用（不再供填报，已有数据保留）').check();
  await card.getByRole('button', { name: '保存修改' }).click();
  await expect(card.getByText('已保存指标“干茶产量”。')).toBeVisible();
  expect(query<{ a: number }>('select archived a from village_metrics where id = ?', created[0]!.id)[0]!.a).toBe(1);
});
