import { test, expect } from './fixtures';
import { openE2eDb } from './support/db';

/**
 * The demo runs on its meeting day, 2020年10月9日 (Beijing time): a figure for 2020-10 submitted
 * now is on time, and a milestone cannot be marked done after that day.
 */
const OPEN = '2020-10';
const DAY_START = Date.parse('2020-10-09T00:00:00+08:00');
const DAY_END = Date.parse('2020-10-10T00:00:00+08:00');

function query<T>(sql: string, ...params: unknown[]): T {
  const db = openE2eDb();
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

/** A cumulative indicator of demo-lead's task force with nothing entered for 2020-10 (the 4th, clear of reporting.spec's). */
function openIndicator(): number {
  return query<{ id: number }>(
    `select i.id from indicators i join user_scopes s on s.scope_type = 'taskForce' and s.scope_id = i.task_force_id
       join users u on u.id = s.user_id and u.username = 'demo-lead'
      where i.kind = 'cumulative' and not exists (select 1 from progress_entries e where e.indicator_id = i.id and e.period = ?)
      order by i.sort_order limit 1 offset 3`,
    OPEN,
  ).id;
}

test('the header says which day the demo is on, and 2020年10月 is not past its deadline', async ({ as }) => {
  const lead = await as('lead');
  await lead.goto(`/report?period=${OPEN}`);
  await expect(lead.getByRole('banner')).toContainText('演示日期：2020年10月9日');
  await expect(lead.getByRole('heading', { level: 1 })).toContainText('2020年10月');
  await expect(lead.getByText(/^截止时间：2020年11月5日 17:00/)).toBeVisible();
  await expect(lead.getByText('已过截止时间，现在提交将标记为逾期')).toHaveCount(0);
  const todo = lead.getByRole('region', { name: '待办' }).getByRole('listitem');
  await expect(todo.filter({ hasText: /^2020年10月/ })).toContainText('截止 2020年11月5日 17:00');
  await expect(todo.filter({ hasText: /^2020年10月/ })).not.toContainText('已逾期');
  // Round 2020年9月 owes demo-lead's lagged 实际利用外资 the figure of August (错月), approved: nothing is missing there.
  await expect(todo.filter({ hasText: /^2020年9月/ })).toHaveCount(0);
  // 2020年9月 closed on 5 October: what is still missing there (the administrator sees every task force) is overdue.
  const admin = await as('admin');
  await admin.goto(`/report?period=${OPEN}`);
  const all = admin.getByRole('region', { name: '待办' }).getByRole('listitem');
  await expect(all.filter({ hasText: /^2020年9月/ })).toContainText('已逾期（截止 2020年10月5日 17:00');
});

test('a lead’s 2020-10 figure submitted through the page is on time, stamped on the demo day', async ({ as }) => {
  const id = openIndicator();
  const lead = await as('lead');
  await lead.goto(`/report?period=${OPEN}`);
  const form = lead.getByTestId(`report-indicator-${id}`);
  await form.getByLabel(/本期数值/).fill('3');
  await form.getByRole('button', { name: '提交审核' }).click();
  await expect(form.getByText(/^已提交，等待审核/)).toBeVisible();
  const row = query<{ late: number; submitted_at: string; status: string }>(
    'select late, submitted_at, status from progress_entries where indicator_id = ? and period = ?',
    id,
    OPEN,
  );
  expect(row).toMatchObject({ late: 0, status: 'submitted' });
  expect(Date.parse(row.submitted_at)).toBeGreaterThanOrEqual(DAY_START);
  expect(Date.parse(row.submitted_at)).toBeLessThan(DAY_END);
});

test('a milestone step can be marked done on the demo day, not the day after', async ({ as }) => {
  const step = query<{ id: number; indicator_id: number }>(
    `select s.id, s.indicator_id from indicator_steps s join indicators i on i.id = s.indicator_id
       join user_scopes us on us.scope_type = 'taskForce' and us.scope_id = i.task_force_id
       join users u on u.id = us.user_id and u.username = 'demo-lead'
      where s.done_date is null order by s.sort_order limit 1`,
  );
  const doneDate = () => query<{ d: string | null }>('select done_date as d from indicator_steps where id = ?', step.id).d;
  const lead = await as('lead');
  await lead.goto(`/report?period=${OPEN}`);
  const item = lead
    .getByTestId(`report-indicator-${step.indicator_id}`)
    .getByRole('listitem')
    .filter({ has: lead.locator(`input[name="stepId"][value="${step.id}"]`) });
  await item.getByLabel('完成日期').fill('2020-10-10');
  await item.getByRole('button', { name: '保存' }).click();
  await expect(item.getByText('完成日期不能晚于今天。')).toBeVisible();
  await expect(item.getByLabel('完成日期')).toHaveValue('2020-10-10');
  expect(doneDate()).toBeNull();

  await item.getByLabel('完成日期').fill('2020-10-09');
  await item.getByRole('button', { name: '保存' }).click();
  await expect(item.getByText('节点已标记完成。')).toBeVisible();
  expect(doneDate()).toBe('2020-10-09');

  await item.getByLabel('完成日期').fill('');
  await item.getByRole('button', { name: '保存' }).click();
  await expect(item.getByText('已取消完成标记。')).toBeVisible();
  expect(doneDate()).toBeNull();
});
