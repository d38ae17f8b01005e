/**
 * 错月 through the page: a lag-1 indicator (实际利用外资 of 要素保障专班, a task force no other spec
 * reports for) owes in round 2020-10 the figure of 2020-09. The report page shows and saves that
 * month, the header's 待办 and the 待办 panel count it in round 2020-10, its preview is judged on
 * 2020-09, its lateness and lock follow round 2020-10, and a resubmission keeps the first
 * submission time. Checked on the page and in the database.
 */
import { test, expect } from './fixtures';
import { accountPage } from './support/form-accounts';
import { query } from './support/query';
import { fillEntry, periodLocked, reportCard, reviewCard, setLock } from './support/reporting';

const ROUND = '2020-10';
const OWED = '2020-09';
const TASK_FORCE = '要素保障专班';
const LEAD = { username: 'e2e-lag-lead', role: 'lead' as const, taskForces: [TASK_FORCE] };

interface Ind {
  id: number;
  name: string;
  kind: string;
  lag: number;
  combined: number;
  annual: number | null;
}

function indicators(): Ind[] {
  return query<Ind>(
    `select i.id, i.name, i.kind, i.lag_months as lag, i.combined_jan_feb as combined, i.annual_target as annual
       from indicators i join task_forces t on t.id = i.task_force_id where t.name = ? order by i.sort_order`,
    TASK_FORCE,
  );
}

/** The entry stored under data month `month`, read literally. */
function entryAt(indicatorId: number, month: string) {
  return query<{ id: number; value: number | null; status: string; work_progress: string }>(
    'select id, value, status, work_progress from progress_entries where indicator_id = ? and period = ?',
    indicatorId,
    month,
  )[0];
}

const lagged = () => indicators().find((i) => i.lag === 1 && i.kind === 'cumulative')!;

/** What a round owes of the task force and how much of it is missing, counted here from the rows. */
function owedInRound(round: string): { total: number; missing: number } {
  let total = 0;
  let missing = 0;
  for (const ind of indicators()) {
    if (ind.kind === 'milestone') continue;
    const month = Number(round.slice(5)) - ind.lag;
    if (month < 1 || (ind.combined && month === 1)) continue;
    total++;
    const e = entryAt(ind.id, `2020-${String(month).padStart(2, '0')}`);
    if (!e || e.status === 'draft' || e.status === 'returned') missing++;
  }
  return { total, missing };
}

const openRounds = () => query<{ period: string }>('select period from periods where locked = 0 order by period').map((p) => p.period);

test.afterAll(async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: 'test-results/e2e/state-admin.json' });
  const admin = await ctx.newPage();
  for (const p of [OWED, ROUND]) if (periodLocked(p)) await setLock(admin, p, false);
  await ctx.close();
});

test('round 2020-10 shows and saves the 2020-09 figure; the 待办 counts it there; the preview judges 2020-09', async ({ as, browser }) => {
  const page = await accountPage(browser, () => as('admin'), LEAD);
  const ind = lagged();
  expect(entryAt(ind.id, OWED)).toBeUndefined();
  const due = openRounds().reduce((n, r) => n + owedInRound(r).missing, 0);
  expect(due).toBeGreaterThan(1);
  await page.goto(`/report?period=${ROUND}`);
  await expect(page.getByRole('link', { name: `待填报 ${due}` })).toBeVisible();
  const round = owedInRound(ROUND);
  await expect(page.getByRole('region', { name: '待办' })).toContainText(
    `2020年10月：还有 ${round.missing} 项未提交（共 ${round.total} 项）`,
  );
  await expect(page.getByTestId('round-summary')).toContainText(`本期还有 ${round.missing} 项未提交`);

  const card = reportCard(page, ind.id);
  await expect(card.getByTestId('data-month')).toHaveText('本轮报送 2020年9月 数据（错月指标，统计数据晚1个月）');
  await expect(card).toContainText('本期应达 75.0%（序时）');
  // 80% of the annual target against the 序时 of September (75%), not of October (83.3%).
  const value = Math.round(ind.annual! * 0.8 * 100) / 100;
  await card.getByLabel(/本期数值/).fill(String(value));
  await expect(card.getByTestId('status-preview')).toHaveText(
    '状态预估（2020年9月数据）：✔达到序时完成率80.0%，快于序时5.0个百分点（达到序时）',
  );

  await fillEntry(page, ind.id, { workProgress: '两个外资项目资金到位' }, '保存草稿');
  await expect(card.getByText('草稿已保存')).toBeVisible();
  expect(entryAt(ind.id, OWED)).toMatchObject({ value, status: 'draft', work_progress: '两个外资项目资金到位' });
  expect(entryAt(ind.id, ROUND)).toBeUndefined();

  await card.getByRole('button', { name: '提交审核' }).click();
  // The demo day is 9 October: past the deadline of September's round, within October's.
  await expect(card.getByText('已提交，等待审核。')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: `待填报 ${due - 1}` })).toBeVisible();
  await expect(reportCard(page, ind.id).getByTestId('entry-status')).toHaveText('待审核');
  const row = query<{ late: number; status: string }>(
    'select late, status from progress_entries where indicator_id = ? and period = ?',
    ind.id,
    OWED,
  )[0];
  expect(row).toEqual({ late: 0, status: 'submitted' });
});

test('resubmission after a return keeps the first submission time', async ({ as, browser }) => {
  const page = await accountPage(browser, () => as('admin'), LEAD);
  const reviewer = await as('reviewer');
  const ind = lagged();
  const first = query<{ id: number; submitted_at: string; first_submitted_at: string }>(
    'select id, submitted_at, first_submitted_at from progress_entries where indicator_id = ? and period = ?',
    ind.id,
    OWED,
  )[0]!;
  expect(first.first_submitted_at).toBe(first.submitted_at);

  await reviewer.goto('/review');
  const item = reviewCard(reviewer, first.id);
  await expect(item).toContainText('2020年9月数据（2020年10月报送）');
  await item.getByLabel('退回原因').fill('请附外资到位凭证');
  await item.getByRole('button', { name: '退回' }).click();
  await expect(item).toHaveCount(0);

  await page.goto(`/report?period=${ROUND}`);
  await expect(reportCard(page, ind.id)).toContainText('请附外资到位凭证');
  await fillEntry(page, ind.id, { nextSteps: '补充凭证' }, '提交审核');
  await expect(reportCard(page, ind.id).getByText('已提交，等待审核。')).toBeVisible();
  const again = query<{ status: string; submitted_at: string; first_submitted_at: string }>(
    'select status, submitted_at, first_submitted_at from progress_entries where id = ?',
    first.id,
  )[0]!;
  expect(again.status).toBe('submitted');
  expect(again.first_submitted_at).toBe(first.first_submitted_at);
  expect(again.submitted_at > first.submitted_at).toBe(true);
});

test('the figure of 2020-09 is locked with round 2020-10, not with September', async ({ as, browser }) => {
  const page = await accountPage(browser, () => as('admin'), LEAD);
  const admin = await as('admin');
  const ind = indicators().find((i) => i.lag === 0 && i.kind === 'cumulative')!;
  const lag = lagged();
  await setLock(admin, OWED, true);
  await page.goto(`/report?period=${ROUND}`);
  // September's round is locked: its own figures are closed, the lagged one owed in October is not.
  await expect(reportCard(page, lag.id).getByTestId('entry-status')).toHaveText('待审核');
  await page.goto(`/report?period=${OWED}`);
  await expect(reportCard(page, ind.id)).toContainText('该统计期已锁定');
  await expect(reportCard(page, lag.id)).toContainText('本轮报送 2020年8月 数据');
  await expect(reportCard(page, lag.id)).toContainText('该统计期已锁定');
  await setLock(admin, OWED, false);

  await setLock(admin, ROUND, true);
  await page.goto(`/report?period=${ROUND}`);
  const other = indicators().find((i) => i.lag === 0 && i.kind !== 'milestone')!;
  await expect(reportCard(page, other.id)).toContainText('该统计期已锁定');
  await expect(reportCard(page, other.id).getByRole('button', { name: '保存草稿' })).toHaveCount(0);
  await setLock(admin, ROUND, false);
});
