/**
 * The account forms of /admin/users and /admin/users/[id], filled and submitted through the page:
 * create, first login and password change, role, scopes, reset password, disable/enable, revoke a
 * session, session settings. Each checks what the page shows and what the database holds.
 */
import { test, expect } from './fixtures';
import { CONTEXT_OPTIONS } from './env';
import { createAccountThroughPage, loginThroughPage } from './support/accounts';
import { ACCOUNT_PASSWORD, firstLogin, setScopesThroughPage, userIdOf } from './support/form-accounts';
import { query } from './support/query';

interface UserRow {
  id: number;
  role: string;
  display_name: string;
  disabled: number;
  must_change_password: number;
  password_hash: string;
}

const userRow = (username: string) => query<UserRow>('select * from users where username = ?', username)[0];
const scopesOf = (userId: number) =>
  query<{ scope_type: string; scope_id: number }>(
    'select scope_type, scope_id from user_scopes where user_id = ? order by scope_type, scope_id',
    userId,
  ).map((s) => `${s.scope_type}:${s.scope_id}`);
const sessionCount = (userId: number) => query<{ n: number }>('select count(*) as n from sessions where user_id = ?', userId)[0]!.n;
const lastAudit = (action: string, entityId: number) =>
  query<{ username: string; entity_type: string; entity_id: string; before: string | null; after: string | null }>(
    'select username, entity_type, entity_id, before, after from audit_log where action = ? and entity_id = ? order by id desc limit 1',
    action,
    String(entityId),
  )[0];
const idOfName = (table: 'competitions' | 'task_forces', name: string) =>
  query<{ id: number }>(`select id from ${table} where name = ?`, name)[0]!.id;

test('create an account: the row, its audit, the one-time password, and the required change at first login', async ({ as, browser }) => {
  const admin = await as('admin');
  const temp = await createAccountThroughPage(admin, 'e2e-forms-new', 'viewer');
  const row = userRow('e2e-forms-new')!;
  expect(row).toMatchObject({ role: 'viewer', display_name: '测试e2e-forms-new', disabled: 0, must_change_password: 1 });
  expect(lastAudit('user.create', row.id)).toMatchObject({ username: 'demo-admin', entity_type: 'user' });
  await admin.goto('/admin/users');
  await expect(admin.getByRole('row', { name: /e2e-forms-new/ })).toContainText('待改密码');

  const ctx = await browser.newContext(CONTEXT_OPTIONS);
  const page = await ctx.newPage();
  await firstLogin(page, 'e2e-forms-new', temp);
  expect(userRow('e2e-forms-new')).toMatchObject({ must_change_password: 0 });
  expect(userRow('e2e-forms-new')!.password_hash).not.toBe(row.password_hash);
  expect(lastAudit('password.change', row.id)).toMatchObject({ username: 'e2e-forms-new' });
  expect(sessionCount(row.id)).toBeGreaterThan(0);
  const logins = query<{ n: number }>("select count(*) as n from audit_log where action = 'login.success' and user_id = ?", row.id)[0]!.n;
  expect(logins).toBeGreaterThan(0);
  await ctx.close();
});

test('create refuses a taken or malformed username in Chinese and keeps what was typed', async ({ as }) => {
  const admin = await as('admin');
  const before = query<{ n: number }>('select count(*) as n from users')[0]!.n;
  await admin.goto('/admin/users');
  await admin.getByLabel('用户名').fill('demo-admin');
  await admin.getByLabel('姓名').fill('重名测试');
  const form = admin.getByRole('form', { name: '新建账号' });
  await admin.getByRole('button', { name: '创建账号' }).click();
  await expect(form.getByRole('alert')).toContainText('已被使用');
  await expect(admin.getByLabel('姓名')).toHaveValue('重名测试');
  await admin.getByLabel('用户名').fill('x');
  await admin.getByRole('button', { name: '创建账号' }).click();
  await expect(form.getByRole('alert')).toContainText('用户名至少 2 个字符');
  expect(query<{ n: number }>('select count(*) as n from users')[0]!.n).toBe(before);
});

test('scopes: the ticked competition and task forces are stored, shown again, and changed on the next save', async ({ as }) => {
  const admin = await as('admin');
  await createAccountThroughPage(admin, 'e2e-forms-scoped', 'lead');
  const id = userIdOf('e2e-forms-scoped')!;
  await setScopesThroughPage(admin, id, { competitions: ['项目攻坚竞赛'], taskForces: ['招商引资专班', '数字经济专班'] });
  const comp = idOfName('competitions', '项目攻坚竞赛');
  const tf1 = idOfName('task_forces', '招商引资专班');
  const tf7 = idOfName('task_forces', '数字经济专班');
  expect(scopesOf(id)).toEqual([`competition:${comp}`, ...[`taskForce:${tf1}`, `taskForce:${tf7}`].sort()]);

  await admin.reload();
  await expect(admin.getByLabel('项目攻坚竞赛（整个竞赛）')).toBeChecked();
  await expect(admin.getByLabel('数字经济专班', { exact: true })).toBeChecked();
  await expect(admin.getByLabel('工业稳增长专班', { exact: true })).not.toBeChecked();

  await setScopesThroughPage(admin, id, { taskForces: ['数字经济专班'] });
  expect(scopesOf(id)).toEqual([`taskForce:${tf7}`]);
  const audit = lastAudit('user.scopes', id)!;
  expect(JSON.parse(audit.before!)).toHaveLength(3);
  expect(JSON.parse(audit.after!)).toEqual([`taskForce:${tf7}`]);
  await admin.goto('/admin/users');
  await expect(admin.getByRole('row', { name: /e2e-forms-scoped/ })).toContainText('1 项');
});

test('role: the new role is stored and audited with before and after', async ({ as }) => {
  const admin = await as('admin');
  await createAccountThroughPage(admin, 'e2e-forms-role', 'viewer');
  const id = userIdOf('e2e-forms-role')!;
  await admin.goto(`/admin/users/${id}`);
  await admin.getByLabel('角色').selectOption('reviewer');
  await admin.getByRole('button', { name: '变更角色' }).click();
  await expect(admin.getByText('角色已变更')).toBeVisible();
  expect(userRow('e2e-forms-role')!.role).toBe('reviewer');
  expect(lastAudit('user.role', id)).toMatchObject({ before: '{"role":"viewer"}', after: '{"role":"reviewer"}' });
  await admin.reload();
  await expect(admin.getByText('角色：审核员')).toBeVisible();
});

test('reset password: the new one-time password works, the old one and the open sessions do not', async ({ as, browser }) => {
  const admin = await as('admin');
  const temp = await createAccountThroughPage(admin, 'e2e-forms-reset', 'viewer');
  const id = userIdOf('e2e-forms-reset')!;
  const ctx = await browser.newContext(CONTEXT_OPTIONS);
  const user = await ctx.newPage();
  await firstLogin(user, 'e2e-forms-reset', temp);
  expect(sessionCount(id)).toBeGreaterThan(0);

  await admin.goto(`/admin/users/${id}`);
  admin.once('dialog', (d) => void d.accept());
  await admin.getByRole('button', { name: '重置密码' }).click();
  const notice = admin.getByText(/新密码（仅显示这一次）：/);
  await expect(notice).toBeVisible();
  const fresh = /新密码（仅显示这一次）：(\S+)/.exec((await notice.textContent()) ?? '')![1]!;
  expect(userRow('e2e-forms-reset')).toMatchObject({ must_change_password: 1 });
  expect(sessionCount(id)).toBe(0);
  expect(lastAudit('password.reset', id)).toMatchObject({ username: 'demo-admin', entity_type: 'user' });

  await user.goto('/');
  await expect(user).toHaveURL(/\/login/);
  await loginThroughPage(user, 'e2e-forms-reset', ACCOUNT_PASSWORD);
  await expect(user.locator('#login-error')).toContainText('用户名或密码错误');
  await loginThroughPage(user, 'e2e-forms-reset', fresh);
  await expect(user).toHaveURL(/\/account\/password/);
  await ctx.close();
});

test('disable then enable: the flag is stored, a disabled account cannot log in, an enabled one can', async ({ as, browser }) => {
  const admin = await as('admin');
  const temp = await createAccountThroughPage(admin, 'e2e-forms-disable', 'viewer');
  const id = userIdOf('e2e-forms-disable')!;
  const ctx = await browser.newContext(CONTEXT_OPTIONS);
  const user = await ctx.newPage();
  await firstLogin(user, 'e2e-forms-disable', temp);

  await admin.goto(`/admin/users/${id}`);
  admin.once('dialog', (d) => void d.accept());
  await admin.getByRole('button', { name: '停用', exact: true }).click();
  await expect(admin.getByText('其所有会话已注销')).toBeVisible();
  expect(userRow('e2e-forms-disable')!.disabled).toBe(1);
  expect(sessionCount(id)).toBe(0);
  await loginThroughPage(user, 'e2e-forms-disable', ACCOUNT_PASSWORD);
  await expect(user).toHaveURL(/\/login/);

  await admin.reload();
  await admin.getByRole('button', { name: '启用', exact: true }).click();
  await expect(admin.getByText('已启用 e2e-forms-disable')).toBeVisible();
  expect(userRow('e2e-forms-disable')!.disabled).toBe(0);
  expect(lastAudit('user.enable', id)).toMatchObject({ before: '{"disabled":true}', after: '{"disabled":false}' });
  await loginThroughPage(user, 'e2e-forms-disable', ACCOUNT_PASSWORD);
  await expect(user).not.toHaveURL(/\/login/);
  await ctx.close();
});

test('revoke a session: the row is gone and that browser is logged out', async ({ as, browser }) => {
  const admin = await as('admin');
  const temp = await createAccountThroughPage(admin, 'e2e-forms-revoke', 'viewer');
  const id = userIdOf('e2e-forms-revoke')!;
  const ctx = await browser.newContext(CONTEXT_OPTIONS);
  const user = await ctx.newPage();
  await firstLogin(user, 'e2e-forms-revoke', temp);
  const sessions = sessionCount(id);
  expect(sessions).toBeGreaterThan(0);

  await admin.goto(`/admin/users/${id}`);
  await expect(admin.getByRole('heading', { name: `在线会话（${sessions}）` })).toBeVisible();
  for (let i = sessions; i > 0; i--) {
    await admin.getByRole('button', { name: '注销', exact: true }).first().click();
    await expect(admin.getByRole('heading', { name: i > 1 ? `在线会话（${i - 1}）` : '在线会话（0）' })).toBeVisible();
  }
  await expect(admin.getByText('无在线会话。')).toBeVisible();
  expect(sessionCount(id)).toBe(0);
  expect(lastAudit('session.revoke', id)).toMatchObject({ username: 'demo-admin', entity_type: 'user' });
  await user.goto('/');
  await expect(user).toHaveURL(/\/login/);
  await ctx.close();
});

test('session settings: stored when valid, refused in Chinese when out of range, keeping what was typed', async ({ as }) => {
  const admin = await as('admin');
  const meta = () =>
    Object.fromEntries(
      query<{ key: string; value: string }>("select key, value from app_meta where key like 'session_%'").map((r) => [r.key, r.value]),
    );
  await admin.goto('/admin/users');
  await admin.getByLabel('空闲超时（分钟）').fill('45');
  await admin.getByLabel('最长有效期（小时）').fill('24');
  await admin.getByRole('button', { name: '保存设置' }).click();
  await expect(admin.getByText('会话设置已保存')).toBeVisible();
  expect(meta()).toMatchObject({ session_idle_minutes: '45', session_absolute_hours: '24' });

  await admin.getByLabel('空闲超时（分钟）').fill('3');
  await admin.getByRole('button', { name: '保存设置' }).click();
  await expect(admin.getByRole('form', { name: '会话设置' }).getByRole('alert')).toContainText('空闲超时至少 5 分钟');
  await expect(admin.getByLabel('空闲超时（分钟）')).toHaveValue('3');
  expect(meta()).toMatchObject({ session_idle_minutes: '45' });

  await admin.getByLabel('空闲超时（分钟）').fill('30');
  await admin.getByLabel('最长有效期（小时）').fill('12');
  await admin.getByRole('button', { name: '保存设置' }).click();
  await expect(admin.getByText('会话设置已保存')).toBeVisible();
  expect(meta()).toMatchObject({ session_idle_minutes: '30', session_absolute_hours: '12' });
});
