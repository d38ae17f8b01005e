/**
 * A locked period refuses every write path — entries, reviews, bulk review, milestone steps (a
 * step's date belongs to the month of the date and to the period it is entered under), county
 * values — for everyone but the administrator, whose edits are audited; and dates must exist.
 * Locking and unlocking go through /admin/periods.
 */
import { test, expect } from './fixtures';
import { accountPage, FLOWS_LEAD, FLOWS_REVIEWER } from './support/form-accounts';
import { callAction } from './support/actions';
import { listBuiltActions } from './support/build';
import { dataFingerprint } from './support/db';
import {
  auditSince,
  countyValuesOf,
  entryOf,
  fillEntry,
  indicatorsOf,
  lastAuditId,
  periodLocked,
  reportCard,
  reviewCard,
  setLock,
  stepsOf,
} from './support/reporting';

const OPEN = '2020-10';
const LOCKED = '2020-08';
const TASK_FORCE = '科技创新专班';
const LEAD = FLOWS_LEAD;

const actionId = (name: string) => listBuiltActions().find((a) => a.name === name)!.id;

test.afterAll(async ({ browser }) => {
  if (!periodLocked(OPEN)) return;
  const ctx = await browser.newContext({ storageState: 'test-results/e2e/state-admin.json' });
  await setLock(await ctx.newPage(), OPEN, false);
  await ctx.close();
});

test('a reviewer cannot approve in a locked period, by page, direct call or bulk; the administrator can, audited', async ({
  as,
  browser,
}) => {
  const lead = await accountPage(browser, () => as('admin'), LEAD);
  const reviewer = await accountPage(browser, () => as('admin'), FLOWS_REVIEWER);
  const admin = await as('admin');
  const [a, b] = indicatorsOf(TASK_FORCE).filter((i) => i.kind !== 'milestone');
  await lead.goto(`/report?period=${OPEN}`);
  for (const i of [a!, b!]) {
    await fillEntry(lead, i.id, { value: '5' }, '提交审核');
    await expect(reportCard(lead, i.id).getByText(/^已提交（逾期提交，已标记）|^已提交，等待审核/)).toBeVisible();
  }
  const [ea, eb] = [entryOf(a!.id, OPEN)!, entryOf(b!.id, OPEN)!];
  await reviewer.goto('/review');
  await setLock(admin, OPEN, true);

  await reviewCard(reviewer, ea.id).getByRole('button', { name: '通过' }).click();
  await expect(reviewCard(reviewer, ea.id).getByRole('alert')).toContainText('已锁定');
  const before = dataFingerprint();
  const review = await callAction(reviewer.request, '/review', actionId('reviewEntryAction'), [
    null,
    { entryId: String(ea.id), version: String(ea.version), decision: 'approve' },
  ]);
  expect(await review.text()).toContain('"code":"locked"');
  const bulk = await callAction(reviewer.request, '/review', actionId('bulkApproveAction'), [
    null,
    { entries: [`${ea.id}:${ea.version}`, `${eb.id}:${eb.version}`] },
  ]);
  expect(await bulk.text()).toContain('"code":"locked"');
  expect(dataFingerprint()).toBe(before);
  await reviewer.reload();
  await expect(reviewCard(reviewer, ea.id)).toContainText('已锁定，不能再审核');
  await expect(reviewCard(reviewer, ea.id).getByRole('button', { name: '通过' })).toHaveCount(0);
  await expect(reviewCard(reviewer, ea.id).getByRole('checkbox')).toBeDisabled();

  const since = lastAuditId();
  await admin.goto('/review');
  await reviewCard(admin, eb.id).getByRole('button', { name: '通过' }).click();
  await expect(reviewCard(admin, eb.id)).toHaveCount(0);
  expect(entryOf(b!.id, OPEN)!.status).toBe('approved');
  expect(auditSince(since, 'demo-admin').map((r) => [r.action, r.entity_id])).toEqual([['progress.approve', String(eb.id)]]);
  await setLock(admin, OPEN, false);
  expect(entryOf(a!.id, OPEN)!.status).toBe('submitted');
});

test('a milestone date in a locked month cannot be set or changed through an open period', async ({ as, browser }) => {
  const lead = await accountPage(browser, () => as('admin'), LEAD);
  const milestone = indicatorsOf(TASK_FORCE).find((i) => i.kind === 'milestone')!;
  const steps = stepsOf(milestone.id);
  const open = steps.find((s) => s.done_date === null)!;
  const done = steps.find((s) => s.done_date !== null && s.done_date.slice(0, 7) <= LOCKED)!;
  expect(done, 'a step done in a locked month').toBeDefined();
  const before = dataFingerprint();

  await lead.goto(`/report?period=${OPEN}`);
  const openRow = reportCard(lead, milestone.id).getByRole('listitem').filter({ hasText: open.title });
  await openRow.getByLabel('完成日期').fill(`${LOCKED}-15`);
  await openRow.getByRole('button', { name: '保存' }).click();
  await expect(openRow.getByRole('alert')).toContainText('已锁定');

  // A date of a locked month is shown, not offered for change; and the server refuses a forged change.
  const doneRow = reportCard(lead, milestone.id).getByRole('listitem').filter({ hasText: done.title });
  await expect(doneRow).toContainText('已锁定，不能再修改');
  await expect(doneRow.getByLabel('完成日期')).toHaveCount(0);
  for (const doneDate of [`${OPEN}-02`, '']) {
    const res = await callAction(lead.request, '/report', actionId('setStepAction'), [
      null,
      { stepId: String(done.id), period: OPEN, doneDate },
    ]);
    expect(await res.text()).toContain('"code":"locked"');
  }
  expect(dataFingerprint()).toBe(before);
  expect(stepsOf(milestone.id)).toEqual(steps);
});

test('impossible dates are refused in Chinese and not stored', async ({ as, browser }) => {
  const lead = await accountPage(browser, () => as('admin'), LEAD);
  const admin = await as('admin');
  const milestone = indicatorsOf(TASK_FORCE).find((i) => i.kind === 'milestone')!;
  const step = stepsOf(milestone.id).find((s) => s.done_date === null)!;
  const before = dataFingerprint();
  for (const date of ['2020-02-31', '2020-13-01', '2020-10-00']) {
    const res = await callAction(lead.request, '/report', actionId('setStepAction'), [
      null,
      { stepId: String(step.id), period: OPEN, doneDate: date },
    ]);
    expect(res.status()).toBeLessThan(500);
    const body = await res.text();
    expect(body).toContain('"code":"invalid"');
    expect(body).toContain('日期不存在');
  }
  const open = await callAction(admin.request, '/admin/periods', actionId('openPeriodAction'), [
    null,
    { period: '2020-11', deadline: '2020-02-31T17:00' },
  ]);
  expect(open.status()).toBeLessThan(500);
  expect(await open.text()).toContain('日期不存在');
  expect(dataFingerprint()).toBe(before);
});

test('county values and entries of a locked period are refused to a lead', async ({ as, browser }) => {
  const lead = await accountPage(browser, () => as('admin'), LEAD);
  const county = indicatorsOf(TASK_FORCE).find((i) => i.county)!;
  const before = dataFingerprint();
  const values = countyValuesOf(county.id, LOCKED);
  const res = await callAction(lead.request, '/report', actionId('saveCountyAction'), [
    null,
    { indicatorId: String(county.id), period: LOCKED, county_330802: '1', county_330803: '2' },
  ]);
  expect(await res.text()).toContain('"code":"locked"');
  const entry = entryOf(county.id, LOCKED)!;
  const save = await callAction(lead.request, '/report', actionId('saveEntryAction'), [
    null,
    { indicatorId: String(county.id), period: LOCKED, value: '1', version: String(entry.version), intent: 'save' },
  ]);
  expect(await save.text()).toContain('"code":"locked"');
  expect(countyValuesOf(county.id, LOCKED)).toEqual(values);
  expect(dataFingerprint()).toBe(before);
});
