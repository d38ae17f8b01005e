/** Account steps through the real pages: the login form, the admin's 新建账号 form, the password form. */
import { expect, type Page } from '@playwright/test';

export async function loginThroughPage(page: Page, username: string, password: string, next?: string) {
  await page.goto(next === undefined ? '/login' : `/login?next=${next}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Creates an account through the admin UI and returns its one-time password. */
export async function createAccountThroughPage(admin: Page, username: string, role: string): Promise<string> {
  await admin.goto('/admin/users');
  await admin.getByLabel('用户名').fill(username);
  await admin.getByLabel('姓名').fill(`测试${username}`);
  await admin.getByLabel('角色').selectOption(role);
  await admin.getByRole('button', { name: '创建账号' }).click();
  const notice = admin.getByText(/初始密码（仅显示这一次）：/);
  await expect(notice).toBeVisible();
  const text = (await notice.textContent()) ?? '';
  const password = /：(\S+)\s/.exec(text.split('初始密码（仅显示这一次）')[1] ?? '')?.[1];
  if (!password) throw new Error(`no password in “${text}”`);
  return password;
}

export async function submitPasswordChange(page: Page, current: string, next: string) {
  await page.goto('/account/password');
  await page.getByLabel('当前密码').fill(current);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('再次输入新密码').fill(next);
  await page.getByRole('button', { name: '修改密码' }).click();
}
