/**
 * The report forms of /report, filled and submitted through the page by a lead made for this spec
 * (工业稳增长专班): save draft, submit, a repeated submit, milestone steps, county values, and the
 * way out of a save conflict (overwrite, or take the other version). Each checks the page and the
 * database, and that every audit row names what it changed.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { accountPage, FLOWS_LEAD } from './support/form-accounts';
import { callAction } from './support/actions';
import { listBuiltActions } from './support/build';
import { auditSince, countyValuesOf, entryOf, fillEntry, indicatorsOf, lastAuditId, reportCard, stepsOf } from './support/reporting';

const OPEN = '2020-10';
const TASK_FORCE = '工业稳增长专班';
const indicators = () => indicatorsOf(TASK_FORCE);
const numeric = () => indicators().filter((i) => i.kind !== 'milestone');

let leadPage: Page | undefined;
async function lead(browser: Parameters<typeof accountPage>[0], as: (r: 'admin') => Promise<Page>): Promise<Page> {
  leadPage ??= await accountPage(browser, () => as('admin'), FLOWS_LEAD);
  return leadPage;
}

test('save a draft, then submit: the entry, its status on the page, and one audit row per change naming the entry', async ({
  as,
  browser,
}) => {
  const page = await lead(browser, as);
  const target = numeric().find((i) => i.kind === 'cumulative' && !i.county)!;
  const since = lastAuditId();
  await page.goto(`/report?period=${OPEN}`);
  const card = await fillEntry(
    page,
    target.id,
    { value: '4,321.5', workProgress: '完成三家企业技改', problems: '用地指标紧张', nextSteps: '十月底前开工' },
    '保存草稿',
  );
  await expect(card.getByText('草稿已保存')).toBeVisible();
  await expect(card.getByTestId('entry-status')).toHaveText('草稿');
  const draft = entryOf(target.id, OPEN)!;
  expect(draft).toMatchObject({
    value: 4321.5,
    work_progress: '完成三家企业技改',
    problems: '用地指标紧张',
    next_steps: '十月底前开工',
    status: 'draft',
    version: 1,
  });

  await page.reload();
  await expect(reportCard(page, target.id).getByLabel(/本期数值/)).toHaveValue('4321.5');
  await expect(reportCard(page, target.id).getByLabel('存在问题')).toHaveValue('用地指标紧张');
  await reportCard(page, target.id).getByRole('button', { name: '提交审核' }).click();
  await expect(reportCard(page, target.id).getByText(/^已提交（逾期提交，已标记）|^已提交，等待审核/)).toBeVisible();
  await expect(reportCard(page, target.id).getByRole('button', { name: '提交审核' })).toHaveCount(0);
  expect(entryOf(target.id, OPEN)).toMatchObject({ status: 'submitted', version: 2, value: 4321.5 });

  const rows = auditSince(since, FLOWS_LEAD.username).filter((r) => r.action.startsWith('progress.'));
  expect(rows.map((r) => [r.action, r.entity_type, r.entity_id])).toEqual([
    ['progress.save', 'progress_entry', String(draft.id)],
    ['progress.submit', 'progress_entry', String(draft.id)],
  ]);
  expect(JSON.parse(rows[1]!.before!)).toMatchObject({ status: 'draft' });
  expect(JSON.parse(rows[1]!.after!)).toMatchObject({ status: 'submitted' });
});

test('ten identical submits leave one submission and one audit row; a save that changes nothing writes none', async ({ as, browser }) => {
  const page = await lead(browser, as);
  const [target, other] = numeric()
    .filter((i) => i.kind === 'cumulative')
    .slice(1);
  expect(other).toBeDefined();
  const since = lastAuditId();
  await page.goto(`/report?period=${OPEN}`);
  await fillEntry(page, target!.id, { value: '77', workProgress: '按期推进' }, '提交审核');
  await expect(reportCard(page, target!.id).getByText(/^已提交（逾期提交，已标记）|^已提交，等待审核/)).toBeVisible();
  const submitted = entryOf(target!.id, OPEN)!;

  // The same post again, nine times (a browser retrying, a user double-clicking on a slow line).
  const save = listBuiltActions().find((a) => a.name === 'saveEntryAction')!;
  for (let i = 0; i < 9; i++) {
    const res = await callAction(page.request, '/report', save.id, [
      null,
      { indicatorId: String(target!.id), period: OPEN, value: '77', workProgress: '按期推进', version: '0', intent: 'submit' },
    ]);
    expect(await res.text()).toContain('"ok":true');
  }
  expect(entryOf(target!.id, OPEN)).toMatchObject({ id: submitted.id, version: submitted.version, status: 'submitted' });

  // A draft saved twice with the same content: the second press changes nothing.
  await fillEntry(page, other!.id, { value: '12', nextSteps: '下月验收' }, '保存草稿');
  await expect(reportCard(page, other!.id).getByText('草稿已保存')).toBeVisible();
  const draft = entryOf(other!.id, OPEN)!;
  await reportCard(page, other!.id).getByRole('button', { name: '保存草稿' }).click();
  await expect(reportCard(page, other!.id).getByText('草稿已保存')).toBeVisible();
  expect(entryOf(other!.id, OPEN)).toMatchObject({ version: draft.version });

  const rows = auditSince(since, FLOWS_LEAD.username);
  expect(
    rows.every((r) => r.entity_type !== null && r.entity_id !== null),
    JSON.stringify(rows),
  ).toBe(true);
  expect(rows.map((r) => [r.action, r.entity_id])).toEqual([
    ['progress.submit', String(submitted.id)],
    ['progress.save', String(draft.id)],
  ]);
});

test('a milestone step: the done date is stored and shown; clearing it clears it', async ({ as, browser }) => {
  const page = await lead(browser, as);
  const milestone = indicators().find((i) => i.kind === 'milestone')!;
  const step = stepsOf(milestone.id).find((s) => s.done_date === null)!;
  const since = lastAuditId();
  await page.goto(`/report?period=${OPEN}`);
  const row = reportCard(page, milestone.id).getByRole('listitem').filter({ hasText: step.title });
  await row.getByLabel('完成日期').fill('2020-10-06');
  await row.getByRole('button', { name: '保存' }).click();
  await expect(row.getByText('节点已标记完成')).toBeVisible();
  expect(stepsOf(milestone.id).find((s) => s.id === step.id)!.done_date).toBe('2020-10-06');
  const audit = auditSince(since, FLOWS_LEAD.username);
  expect(audit.map((r) => [r.action, r.entity_type, r.entity_id, r.after])).toEqual([
    ['step.update', 'indicator_step', String(step.id), '{"doneDate":"2020-10-06"}'],
  ]);

  await page.reload();
  const again = reportCard(page, milestone.id).getByRole('listitem').filter({ hasText: step.title });
  await expect(again.getByLabel('完成日期')).toHaveValue('2020-10-06');
  await again.getByLabel('完成日期').fill('');
  await again.getByRole('button', { name: '保存' }).click();
  await expect(again.getByText('已取消完成标记')).toBeVisible();
  expect(stepsOf(milestone.id).find((s) => s.id === step.id)!.done_date).toBeNull();
});

test('county values: the six values are stored; a bad one is refused beside its field, keeping what was typed', async ({ as, browser }) => {
  const page = await lead(browser, as);
  const target = indicators().find((i) => i.county)!;
  await page.goto(`/report?period=${OPEN}`);
  const card = reportCard(page, target.id);
  await card.getByText('全市六县（市、区）本期数值').click();
  const values = { 柯城区: '31.5', 衢江区: '29', 常山县: '２２．４', 开化县: '18', 龙游县: '27.25', 江山市: 'abc' };
  for (const [name, v] of Object.entries(values)) await card.getByLabel(name, { exact: true }).fill(v);
  await card.getByRole('button', { name: '保存县（市、区）数据' }).click();
  await expect(card.getByRole('alert')).toContainText('江山市');
  await expect(card.getByRole('alert')).toContainText('不是数字');
  await expect(card.getByLabel('江山市', { exact: true })).toHaveValue('abc');
  await expect(card.getByLabel('江山市', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(countyValuesOf(target.id, OPEN)).toEqual({});

  await card.getByLabel('江山市', { exact: true }).fill('30.1');
  await card.getByRole('button', { name: '保存县（市、区）数据' }).click();
  await expect(card.getByText('县（市、区）数据已保存')).toBeVisible();
  expect(countyValuesOf(target.id, OPEN)).toEqual({
    '330802': 31.5,
    '330803': 29,
    '330822': 22.4,
    '330824': 18,
    '330825': 27.25,
    '330881': 30.1,
  });
});

test.describe('a save conflict has a way out', () => {
  async function conflictOn(indicatorId: number, first: Page, second: Page) {
    await first.goto(`/report?period=${OPEN}`);
    await second.goto(`/report?period=${OPEN}`);
    await fillEntry(first, indicatorId, { value: '111', workProgress: '甲的进展' }, '保存草稿');
    await expect(reportCard(first, indicatorId).getByText('草稿已保存')).toBeVisible();
    await fillEntry(second, indicatorId, { value: '222', workProgress: '乙的进展', problems: '乙的问题' }, '保存草稿');
    const panel = reportCard(second, indicatorId).getByRole('region', { name: '保存冲突' });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('111');
    await expect(panel).toContainText('甲的进展');
    await expect(panel).toContainText('222');
    await expect(reportCard(second, indicatorId).getByLabel(/本期数值/)).toHaveValue('222');
    expect(entryOf(indicatorId, OPEN)).toMatchObject({ value: 111, work_progress: '甲的进展' });
    return panel;
  }

  test('overwrite: the typed version is saved over the one just seen', async ({ as, browser }) => {
    const first = await lead(browser, as);
    const second = await accountPage(browser, () => as('admin'), FLOWS_LEAD);
    const target = numeric().filter((i) => i.kind === 'level')[0]!;
    const panel = await conflictOn(target.id, first, second);
    await panel.getByRole('button', { name: '用我的输入覆盖' }).click();
    await expect(reportCard(second, target.id).getByText('草稿已保存')).toBeVisible();
    await expect(reportCard(second, target.id).getByRole('region', { name: '保存冲突' })).toHaveCount(0);
    expect(entryOf(target.id, OPEN)).toMatchObject({ value: 222, work_progress: '乙的进展', problems: '乙的问题', version: 2 });
    await second.context().close();
  });

  test('take theirs: the other version fills the form, and saving after an edit keeps their value', async ({ as, browser }) => {
    const first = await lead(browser, as);
    const second = await accountPage(browser, () => as('admin'), FLOWS_LEAD);
    const target = numeric().filter((i) => i.kind === 'level')[1]!;
    const panel = await conflictOn(target.id, first, second);
    await panel.getByRole('button', { name: '采用对方的版本' }).click();
    const card = reportCard(second, target.id);
    await expect(card.getByLabel(/本期数值/)).toHaveValue('111');
    await expect(card.getByLabel('工作进展')).toHaveValue('甲的进展');
    await expect(card.getByLabel('存在问题')).toHaveValue('');
    await card.getByLabel('下步打算').fill('乙补充的打算');
    await card.getByRole('button', { name: '保存草稿' }).click();
    await expect(card.getByText('草稿已保存')).toBeVisible();
    expect(entryOf(target.id, OPEN)).toMatchObject({ value: 111, work_progress: '甲的进展', next_steps: '乙补充的打算', version: 2 });
    await second.context().close();
  });
});
