/**
 * Accounts made for one spec through the admin pages (create → scopes → first login → password
 * change), so a spec works on task forces and competitions no other spec touches. The browser state
 * of each account is kept next to the demo roles' states for the rest of the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { CONTEXT_OPTIONS, E2E_DIR } from '../env';
import { createAccountThroughPage, loginThroughPage } from './accounts';
import { query } from './query';

export const ACCOUNT_PASSWORD = 'Liucheng#2020zx';

export function userIdOf(username: string): number | undefined {
  return query<{ id: number }>('select id from users where username = ?', username)[0]?.id;
}

/** Ticks exactly the given competitions (整个竞赛) and task forces on /admin/users/[id] and saves. */
export async function setScopesThroughPage(admin: Page, userId: number, scopes: { competitions?: string[]; taskForces?: string[] }) {
  await admin.goto(`/admin/users/${userId}`);
  for (const box of await admin.getByRole('checkbox').all()) await box.uncheck();
  for (const c of scopes.competitions ?? []) await admin.getByLabel(`${c}（整个竞赛）`).check();
  for (const t of scopes.taskForces ?? []) await admin.getByLabel(t, { exact: true }).check();
  await admin.getByRole('button', { name: '保存授权范围' }).click();
  await expect(admin.getByText('授权范围已更新')).toBeVisible();
}

/** First login with the one-time password, then the required change to ACCOUNT_PASSWORD. */
export async function firstLogin(page: Page, username: string, temp: string) {
  await loginThroughPage(page, username, temp);
  await expect(page).toHaveURL(/\/account\/password/);
  await page.getByLabel('当前密码').fill(temp);
  await page.getByLabel('新密码', { exact: true }).fill(ACCOUNT_PASSWORD);
  await page.getByLabel('再次输入新密码').fill(ACCOUNT_PASSWORD);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('密码已修改')).toBeVisible();
  await page.goto('/');
  if (/\/login/.test(page.url())) {
    await loginThroughPage(page, username, ACCOUNT_PASSWORD);
  }
  await expect(page).not.toHaveURL(/\/login|\/account\/password/);
}

export interface AccountSpec {
  username: string;
  role: 'admin' | 'leader' | 'reviewer' | 'lead' | 'viewer';
  competitions?: string[];
  taskForces?: string[];
}

function statePathOf(username: string) {
  return path.join(E2E_DIR, `state-${username}.json`);
}

/**
 * A logged-in page for an account made through the admin pages (once per run; later calls reuse
 * the kept browser state).
 */
export async function accountPage(browser: Browser, admin: () => Promise<Page>, spec: AccountSpec): Promise<Page> {
  const state = statePathOf(spec.username);
  if (!userIdOf(spec.username) || !fs.existsSync(state)) {
    const adminPage = await admin();
    const temp = await createAccountThroughPage(adminPage, spec.username, spec.role);
    if (spec.competitions || spec.taskForces) await setScopesThroughPage(adminPage, userIdOf(spec.username)!, spec);
    const ctx = await browser.newContext(CONTEXT_OPTIONS);
    const page = await ctx.newPage();
    await firstLogin(page, spec.username, temp);
    await ctx.storageState({ path: state });
    return page;
  }
  const ctx = await browser.newContext({ ...CONTEXT_OPTIONS, storageState: state });
  return ctx.newPage();
}

/**
 * A lead of three task forces no other spec reports for, and a reviewer of 产业提质竞赛. The account
 * is created by whichever spec needs it first, so every spec uses this one scope (a spec-specific
 * scope would depend on the order the specs run in).
 */
export const FLOWS_LEAD: AccountSpec = {
  username: 'e2e-flows-lead',
  role: 'lead',
  taskForces: ['工业稳增长专班', '生产性服务业专班', '科技创新专班'],
};
export const FLOWS_REVIEWER: AccountSpec = {
  username: 'e2e-flows-reviewer',
  role: 'reviewer',
  competitions: ['产业提质竞赛'],
};
