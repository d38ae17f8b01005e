/**
 * The small forms of the chrome, through the page: 退出 in the header (ends the session, audited),
 * the header's 统计期 select (into the URL),
 * the security log's 按用户名筛选 (GET), and the administrator's 专班 switch on /report (GET).
 */
import { test, expect } from './fixtures';
import { CONTEXT_OPTIONS } from './env';
import { createAccountThroughPage } from './support/accounts';
import { firstLogin, userIdOf } from './support/form-accounts';
import { query } from './support/query';
import { holdScripts, openBeforeScripts } from './support/slow-scripts';

test('退出 ends this session only, is audited, and the next page asks for a login', async ({ as, browser }) => {
  const admin = await as('admin');
  const temp = await createAccountThroughPage(admin, 'e2e-forms-logout', 'viewer');
  const id = userIdOf('e2e-forms-logout')!;
  const ctx = await browser.newContext(CONTEXT_OPTIONS);
  const page = await ctx.newPage();
  await firstLogin(page, 'e2e-forms-logout', temp);
  const sessions = () => query<{ n: number }>('select count(*) as n from sessions where user_id = ?', id)[0]!.n;
  expect(sessions()).toBe(1);
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(sessions()).toBe(0);
  expect(query<{ n: number }>("select count(*) as n from audit_log where action = 'logout' and user_id = ?", id)[0]!.n).toBe(1);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await ctx.close();
});

test('the security log filters by user name through its form', async ({ as }) => {
  const admin = await as('admin');
  await admin.goto('/admin/audit');
  await admin.getByLabel('按用户名筛选').fill('demo-reviewer');
  await admin.getByRole('button', { name: '筛选' }).click();
  await expect(admin).toHaveURL(/\/admin\/audit\?user=demo-reviewer/);
  const users = await admin.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(users.length).toBeGreaterThan(0);
  expect(new Set(users)).toEqual(new Set(['demo-reviewer']));
});

test('an administrator switches /report to another task force through the 专班 form', async ({ as }) => {
  const admin = await as('admin');
  const tf = query<{ id: number; name: string }>("select id, name from task_forces where name = '城中村改造专班'")[0]!;
  const first = query<{ id: number }>('select id from indicators where task_force_id = ? order by sort_order limit 1', tf.id)[0]!;
  await admin.goto('/report?period=2020-10');
  await admin.getByLabel('专班（管理员可代填）').selectOption({ label: tf.name });
  await admin.getByRole('button', { name: '切换' }).click();
  await expect(admin).toHaveURL(new RegExp(`tf=${tf.id}`));
  await expect(admin.getByTestId(`report-indicator-${first.id}`)).toContainText(tf.name);
});

test('the header’s 统计期 choice goes into the URL, and the navigation keeps it', async ({ page }) => {
  await page.goto('/rankings');
  await page.getByLabel('统计期', { exact: true }).selectOption('2020-08');
  await expect(page).toHaveURL(/\/rankings\?period=2020-08/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('排名 · 2020年8月');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '竞赛' }).click();
  await expect(page).toHaveURL(/\/competitions\?period=2020-08/);
});

test('a 统计期 chosen before the page’s scripts have arrived (a slow connection) still takes effect once they do', async ({ page }) => {
  const scripts = await holdScripts(page);
  await openBeforeScripts(page, '/rankings');
  await page.getByLabel('统计期', { exact: true }).selectOption('2020-07');
  scripts.release();
  await expect(page).toHaveURL(/\/rankings\?period=2020-07/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('排名 · 2020年7月');
});
