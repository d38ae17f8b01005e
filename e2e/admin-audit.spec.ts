/**
 * /admin/audit reads in Chinese: every event, object, detail and change, including rows written
 * before the details were Chinese ('wrong password', 'no session' …); times in 北京时间, never
 * ISO. The only Latin letters left on the page are user names and network addresses.
 */
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { E2E_DB } from './env';
import { test, expect } from './fixtures';
import { createAccountThroughPage, loginThroughPage } from './support/accounts';
import { userIdOf } from './support/form-accounts';
import { query } from './support/query';

/** Rows as the first wave wrote them: English details, an ISO instant, a session id. */
const LEGACY: { action: string; username: string | null; detail: string; entityType?: string; entityId?: string }[] = [
  { action: 'login.failure', username: 'demo-viewer', detail: 'wrong password' },
  { action: 'login.failure', username: 'nobody-here', detail: 'unknown user' },
  { action: 'login.failure', username: 'demo-viewer', detail: 'account locked' },
  { action: 'login.locked', username: 'demo-viewer', detail: 'locked until 2020-10-09T02:15:00.000Z' },
  { action: 'access.denied', username: null, detail: 'no session', entityType: 'progress.save' },
  { action: 'access.denied', username: 'demo-lead', detail: 'role', entityType: 'user.create' },
  { action: 'access.denied', username: 'demo-lead', detail: 'must change password', entityType: 'report.template' },
  { action: 'session.revoke', username: 'demo-admin', detail: '3fa9b0c1d2e4', entityType: 'user', entityId: '2' },
];

function insertLegacyRows() {
  const db = new Database(E2E_DB, { fileMustExist: true });
  try {
    const insert = db.prepare(
      `insert into audit_log (at, username, ip, action, entity_type, entity_id, detail) values ('2020-10-08T02:00:00.000Z', ?, '127.0.0.1', ?, ?, ?, ?)`,
    );
    for (const r of LEGACY) insert.run(r.username, r.action, r.entityType ?? null, r.entityId ?? null, r.detail);
  } finally {
    db.close();
  }
}

/** The page's visible text without the user names and network addresses the log records. */
async function visibleTextWithoutNamesAndAddresses(page: Page): Promise<string> {
  let text = await page.locator('body').innerText();
  const names = query<{ v: string }>(
    `select username as v from audit_log where username is not null union select username from users union
     select ip from audit_log where ip is not null`,
  ).map((r) => r.v);
  for (const n of names.sort((a, b) => b.length - a.length)) text = text.split(n).join(' ');
  return text;
}

test('the audit log reads in Chinese: no Latin words but user names and addresses, no ISO times', async ({ as, browser }) => {
  insertLegacyRows();
  const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const anon = await ctx.newPage();
  await loginThroughPage(anon, 'demo-viewer', 'not-the-password');
  await expect(anon.getByText(/^用户名或密码错误/)).toBeVisible();
  await ctx.close();
  const lead = await as('lead');
  await lead.goto('/admin/audit');
  await expect(lead).toHaveURL(/\/forbidden/);

  const admin = await as('admin');
  await admin.goto('/admin/audit');
  const table = admin.getByRole('table');
  for (const words of ['登录失败', '密码错误', '用户名不存在', '账号已锁定', '锁定至2020年10月9日 10:15', '未登录或会话已过期']) {
    await expect(table).toContainText(words);
  }
  await expect(table).toContainText('角色无此权限');
  await expect(table).toContainText('操作：创建账号');
  await expect(table).toContainText('操作：下载填报模板');
  await expect(table).toContainText('打开页面');
  const rest = await visibleTextWithoutNamesAndAddresses(admin);
  expect(rest, rest.match(/.{0,30}[A-Za-z].{0,30}/g)?.join('\n')).not.toMatch(/[A-Za-z]/);
  expect(rest).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
});

test('a change reads field by field, in Chinese, when the log is filtered by user', async ({ as }) => {
  const admin = await as('admin');
  const username = 'e2e-audit-subject';
  if (!userIdOf(username)) await createAccountThroughPage(admin, username, 'lead');
  await admin.goto(`/admin/users/${userIdOf(username)}`);
  await admin.getByLabel('角色').selectOption('reviewer');
  await admin.getByRole('button', { name: '变更角色' }).click();
  await expect(admin.getByText('角色已变更')).toBeVisible();
  const exported = await admin.request.get('/api/export/ranking-departments?period=2020-09');
  expect(exported.status()).toBe(200);

  await admin.goto('/admin/audit');
  await admin.getByLabel('按用户名筛选').fill('demo-admin');
  await admin.getByRole('button', { name: '筛选' }).click();
  await expect(admin).toHaveURL(/user=demo-admin/);
  const table = admin.getByRole('table');
  await expect(table.getByRole('row').filter({ hasText: '变更角色' }).first()).toContainText('角色：专班填报员 → 审核员');
  await expect(table.getByRole('row').filter({ hasText: '创建账号' }).first()).toContainText(`用户名：${username}`);
  await expect(table.getByRole('row').filter({ hasText: '导出表格' }).first()).toContainText('（电子表格）');
  const rest = await visibleTextWithoutNamesAndAddresses(admin);
  expect(rest, rest.match(/.{0,30}[A-Za-z].{0,30}/g)?.join('\n')).not.toMatch(/[A-Za-z]/);
});
