/**
 * The review forms of /review, through the page, by a reviewer of 产业提质竞赛 made for this spec,
 * on entries submitted through /report by a lead of 生产性服务业专班: approve, return with a reason,
 * bulk approve; and the bulk action's own checks when called directly (scope of every entry, all
 * or nothing).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { accountPage, FLOWS_LEAD, FLOWS_REVIEWER, userIdOf } from './support/form-accounts';
import { callAction } from './support/actions';
import { listBuiltActions } from './support/build';
import { auditSince, entryOf, fillEntry, indicatorsOf, lastAuditId, reportCard, reviewCard } from './support/reporting';
import { query } from './support/query';

const OPEN = '2020-10';
const TASK_FORCE = '生产性服务业专班';
const LEAD = FLOWS_LEAD;

const pages: { lead?: Page; reviewer?: Page } = {};
type As = (r: 'admin') => Promise<Page>;
async function leadPage(browser: Parameters<typeof accountPage>[0], as: As) {
  return (pages.lead ??= await accountPage(browser, () => as('admin'), LEAD));
}
async function reviewerPage(browser: Parameters<typeof accountPage>[0], as: As) {
  return (pages.reviewer ??= await accountPage(browser, () => as('admin'), FLOWS_REVIEWER));
}

/** Submits `value` for each indicator through /report; returns the entries' ids. */
async function submitThroughPage(page: Page, ids: number[], value: string): Promise<number[]> {
  await page.goto(`/report?period=${OPEN}`);
  for (const id of ids) {
    await fillEntry(page, id, { value, workProgress: '已按计划推进' }, '提交审核');
    await expect(reportCard(page, id).getByText(/^已提交（逾期提交，已标记）|^已提交，等待审核/)).toBeVisible();
  }
  return ids.map((id) => entryOf(id, OPEN)!.id);
}

const numeric = () => indicatorsOf(TASK_FORCE).filter((i) => i.kind !== 'milestone');

test('approve and return through the page: statuses, reviewer, reason, and what the lead sees', async ({ as, browser }) => {
  const lead = await leadPage(browser, as);
  const reviewer = await reviewerPage(browser, as);
  const [a, b] = numeric();
  const [approveId, returnId] = await submitThroughPage(lead, [a!.id, b!.id], '18');
  const since = lastAuditId();

  await reviewer.goto('/review');
  await reviewCard(reviewer, approveId!).getByRole('button', { name: '通过' }).click();
  await expect(reviewCard(reviewer, approveId!)).toHaveCount(0);
  expect(entryOf(a!.id, OPEN)).toMatchObject({ status: 'approved', reviewed_by: userIdOf(FLOWS_REVIEWER.username) });

  const item = reviewCard(reviewer, returnId!);
  await item.getByRole('button', { name: '退回' }).click();
  await expect(item.getByText('请填写退回原因')).toBeVisible();
  await item.getByLabel('退回原因').fill('请补充分项数据');
  await item.getByRole('button', { name: '退回' }).click();
  await expect(item).toHaveCount(0);
  expect(entryOf(b!.id, OPEN)).toMatchObject({ status: 'returned', return_reason: '请补充分项数据' });
  expect(auditSince(since, FLOWS_REVIEWER.username).map((r) => [r.action, r.entity_id])).toEqual([
    ['progress.approve', String(approveId)],
    ['progress.return', String(returnId)],
  ]);

  await lead.goto(`/report?period=${OPEN}`);
  await expect(reportCard(lead, b!.id)).toContainText('请补充分项数据');
  await expect(reportCard(lead, a!.id).getByTestId('entry-status')).toContainText('已通过');
});

test('bulk approve through the page: the ticked entries are approved, the others stay', async ({ as, browser }) => {
  const lead = await leadPage(browser, as);
  const reviewer = await reviewerPage(browser, as);
  const [, , c, d, e] = numeric();
  expect(e).toBeDefined();
  const [cId, dId, eId] = await submitThroughPage(lead, [c!.id, d!.id, e!.id], '9');
  const since = lastAuditId();

  await reviewer.goto('/review');
  await expect(reviewer.getByRole('link', { name: '审核', exact: true })).toHaveAttribute('aria-current', 'page');
  await reviewer.getByRole('button', { name: '批量通过所勾选的条目' }).click();
  const bulkForm = reviewer.getByRole('form', { name: '批量通过' });
  await expect(bulkForm.getByRole('alert')).toContainText('请至少勾选一条');
  await expect(bulkForm.getByRole('alert')).not.toContainText(/[A-Za-z]{4,}/);

  await reviewCard(reviewer, cId!).getByRole('checkbox').check();
  await reviewCard(reviewer, dId!).getByRole('checkbox').check();
  await reviewer.getByRole('button', { name: '批量通过所勾选的条目' }).click();
  await expect(reviewer.getByText('已批量通过 2 条')).toBeVisible();
  await expect(reviewCard(reviewer, cId!)).toHaveCount(0);
  await expect(reviewCard(reviewer, dId!)).toHaveCount(0);
  await expect(reviewCard(reviewer, eId!)).toBeVisible();
  expect(entryOf(c!.id, OPEN)!.status).toBe('approved');
  expect(entryOf(d!.id, OPEN)!.status).toBe('approved');
  expect(entryOf(e!.id, OPEN)!.status).toBe('submitted');
  expect(
    auditSince(since, FLOWS_REVIEWER.username)
      .map((r) => [r.action, r.entity_id])
      .sort(),
  ).toEqual(
    [
      ['progress.approve', String(cId)],
      ['progress.approve', String(dId)],
    ].sort(),
  );
});

test('bulk approve called directly: allowed for entries of the own competition, all refused when one is outside', async ({
  as,
  browser,
}) => {
  const lead = await leadPage(browser, as);
  const reviewer = await reviewerPage(browser, as);
  const bulk = listBuiltActions().find((a) => a.name === 'bulkApproveAction')!;
  const spare = indicatorsOf('科技创新专班')
    .filter((i) => i.kind !== 'milestone')
    .slice(-2)
    .map((i) => i.id);
  const [firstId, secondId] = await submitThroughPage(lead, spare, '3');
  const version = (id: number) => query<{ version: number }>('select version from progress_entries where id = ?', id)[0]!.version;
  const first = { id: firstId!, version: version(firstId!) };
  const second = { id: secondId!, version: version(secondId!) };
  const outside = query<{ id: number; version: number }>(
    `select e.id, e.version from progress_entries e join indicators i on i.id = e.indicator_id join task_forces t on t.id = i.task_force_id
      join competitions c on c.id = t.competition_id where c.name <> '产业提质竞赛' and e.status = 'submitted' order by e.id limit 1`,
  )[0]!;

  const mixed = await callAction(reviewer.request, '/review', bulk.id, [
    null,
    { entries: [`${first.id}:${first.version}`, `${outside.id}:${outside.version}`] },
  ]);
  expect(await mixed.text()).toContain('"code":"forbidden"');
  const status = (id: number) => query<{ status: string }>('select status from progress_entries where id = ?', id)[0]!.status;
  expect(status(first.id)).toBe('submitted');
  expect(status(outside.id)).toBe('submitted');

  const own = await callAction(reviewer.request, '/review', bulk.id, [null, { entries: [`${second.id}:${second.version}`] }]);
  expect(await own.text()).toContain('"ok":true');
  expect(status(second.id)).toBe('approved');
});
