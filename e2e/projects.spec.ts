/**
 * 重点项目 through the pages: the source page's project figures as printed; a lead of the project's
 * task force enters a progress figure, a milestone's actual date and the completed investment; a
 * reviewer of its competition approves the figure on /review; an outsider is refused, also directly.
 */
import type { Page } from '@playwright/test';
import { PROJECT_FACTS } from '../db/seed/source-page';
import { test, expect } from './fixtures';
import { callAction } from './support/actions';
import { listBuiltActions } from './support/build';
import { dataFingerprint } from './support/db';
import { mainText, placeAccountPage, type PlaceAccountSpec } from './support/place-accounts';
import { query } from './support/query';

const PROJECT_LEAD: PlaceAccountSpec = { username: 'e2e-project-lead', role: 'lead', taskForces: ['生产性服务业专班'] };
const PROJECT_REVIEWER: PlaceAccountSpec = { username: 'e2e-project-reviewer', role: 'reviewer', competitions: ['产业提质竞赛'] };
const OPEN = '2020-10';

const shidashi = () => query<{ id: number }>("select id from projects where name = '实达实衢州智能制造服务平台'")[0]!.id;
const figureOf = (name: string, asOf: string) =>
  query<{ id: number; value: number; status: string; unit: string; reviewed_by: number | null }>(
    'select * from project_figures where project_id = ? and name = ? and as_of = ?',
    shidashi(),
    name,
    asOf,
  )[0];

type As = (r: 'admin') => Promise<Page>;
const pages: Record<string, Page> = {};
const account = async (browser: Parameters<typeof placeAccountPage>[0], as: As, spec: PlaceAccountSpec) =>
  (pages[spec.username] ??= await placeAccountPage(browser, () => as('admin'), spec));

test('the source page’s project figures appear on the project page exactly as printed', async ({ page }) => {
  await page.goto(`/projects/${shidashi()}`);
  const text = await mainText(page);
  for (const f of PROJECT_FACTS) expect(text, f.printed).toContain(f.printed);
  for (const shown of [
    '实达实集团有限公司',
    '36.4亩',
    '1.5亿元',
    '2020年8月',
    '主楼结顶',
    '200余家',
    '80%',
    '2.35亿元',
    '超5亿元',
    '约60家',
    '20余万种',
    '近300名',
    '2万平方米',
    '生产性服务业专班',
  ])
    expect(text, shown).toContain(shown);
  await expect(page.getByTestId('project-facts')).toContainText('36.4亩');
});

test('a lead enters a figure, a milestone and the completed investment; the reviewer approves the figure on /review', async ({
  as,
  browser,
}) => {
  const lead = await account(browser, as, PROJECT_LEAD);
  const reviewer = await account(browser, as, PROJECT_REVIEWER);
  await lead.goto(`/projects/${shidashi()}?period=${OPEN}`);
  const form = lead.getByRole('form', { name: '新增进度数据' });
  await form.getByLabel('指标名称').fill('招商完成率');
  await form.getByLabel('单位').fill('%');
  await form.getByLabel('截至日期').fill('2020-10-08');
  await form.getByLabel('数值').fill('85%');
  await form.getByRole('button', { name: '提交审核' }).click();
  await expect(form.getByText('已提交，等待审核。')).toBeVisible();
  expect(figureOf('招商完成率', '2020-10-08')).toMatchObject({ value: 85, unit: '%', status: 'submitted' });

  const investment = lead.getByRole('form', { name: '累计完成投资' });
  await investment.getByLabel('累计完成投资（万元）').fill('一万');
  await investment.getByLabel('截至日期').fill('2020-10-08');
  await investment.getByRole('button', { name: '保存累计完成投资' }).click();
  await expect(investment.getByText('“一万”不是数字，请只填写数字（可带小数点和负号）。')).toBeVisible();
  await expect(investment.getByLabel('截至日期')).toHaveValue('2020-10-08');
  await investment.getByLabel('累计完成投资（万元）').fill('12,000');
  await investment.getByRole('button', { name: '保存累计完成投资' }).click();
  await expect(investment.getByText('累计完成投资已保存。')).toBeVisible();
  expect(query('select completed_investment c, completed_investment_as_of d from projects where id = ?', shidashi())).toEqual([
    { c: 12000, d: '2020-10-08' },
  ]);

  await lead
    .getByTestId(
      `milestone-${query<{ id: number }>("select id from project_milestones where title = '一期、二期主体结构投入使用'")[0]!.id}`,
    )
    .getByText('更新实际完成情况')
    .click();
  const step = lead.getByRole('form', { name: '节点：一期、二期主体结构投入使用' });
  await step.getByLabel('佐证材料说明').fill('主体结构验收方案已报批');
  await step.getByRole('button', { name: '保存节点' }).click();
  await expect(step.getByText('节点已保存。')).toBeVisible();
  expect(query<{ e: string }>("select evidence e from project_milestones where title = '一期、二期主体结构投入使用'")[0]!.e).toBe(
    '主体结构验收方案已报批',
  );

  await reviewer.goto('/review');
  const card = reviewer.getByTestId(`review-project-figure-${figureOf('招商完成率', '2020-10-08')!.id}`);
  await expect(card).toContainText('85%');
  await card.getByRole('button', { name: '通过' }).click();
  await expect(card).toHaveCount(0);
  await lead.goto(`/projects/${shidashi()}?period=${OPEN}`);
  await expect(lead.getByTestId('project-facts')).toContainText('1.2亿元（截至2020年10月8日）');
  await expect(lead.getByTestId('project-facts')).toContainText('80.0%');
  await expect(lead.getByTestId('project-figures')).toContainText('截至2020年10月8日');
});

test('a lead of another task force sees no entry panel and is refused when calling the actions directly', async ({ as }) => {
  const other = await as('lead');
  await other.goto(`/projects/${shidashi()}`);
  await expect(other.getByRole('heading', { name: '实达实衢州智能制造服务平台' })).toBeVisible();
  await expect(other.getByTestId('project-entry')).toHaveCount(0);
  const before = dataFingerprint();
  const actions = listBuiltActions();
  const save = actions.find((a) => a.name === 'saveProjectFigureAction')!;
  const invest = actions.find((a) => a.name === 'updateInvestmentAction')!;
  const req = other.context().request;
  for (const [a, input] of [
    [save, { projectId: shidashi(), name: '招商完成率', unit: '%', asOf: '2020-10-09', value: '99', version: 0, intent: 'submit' }],
    [invest, { projectId: shidashi(), amount: '1', asOf: '2020-10-09' }],
  ] as const) {
    const r = await callAction(req, '/projects/1', a.id, [null, input]);
    expect(await r.text(), a.name).toContain('"code":"forbidden"');
  }
  expect(dataFingerprint()).toBe(before);
});
