/**
 * Accounts for the villages, projects and 督办 specs, made through the admin pages: created on
 * /admin/users, given task forces, competitions, townships or villages on /admin/users/[id], then
 * first login and password change. Each spec gets accounts no other spec uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { CONTEXT_OPTIONS, E2E_DIR } from '../env';
import { createAccountThroughPage } from './accounts';
import { firstLogin, userIdOf, type AccountSpec } from './form-accounts';

export interface PlaceAccountSpec extends AccountSpec {
  townships?: string[];
  /** Administrative villages, each with its township (the list is folded per township). */
  villages?: { township: string; village: string }[];
}

/** Ticks exactly the given scopes on /admin/users/[id] and saves. */
export async function setPlaceScopesThroughPage(admin: Page, userId: number, spec: PlaceAccountSpec) {
  await admin.goto(`/admin/users/${userId}`);
  for (const c of spec.competitions ?? []) await admin.getByLabel(`${c}（整个竞赛）`).check();
  for (const t of spec.taskForces ?? []) await admin.getByLabel(t, { exact: true }).check();
  for (const t of spec.townships ?? []) await admin.getByLabel(`${t}（整个乡镇）`).check();
  for (const v of spec.villages ?? []) {
    const town = admin
      .locator('div')
      .filter({ has: admin.getByLabel(`${v.township}（整个乡镇）`) })
      .last();
    await town.locator('summary').click();
    await town.getByLabel(v.village, { exact: true }).check();
  }
  await admin.getByRole('button', { name: '保存授权范围' }).click();
  await expect(admin.getByText('授权范围已更新')).toBeVisible();
}

/** A logged-in page for the account (made once per run; later calls reuse the kept browser state). */
export async function placeAccountPage(browser: Browser, admin: () => Promise<Page>, spec: PlaceAccountSpec): Promise<Page> {
  const state = path.join(E2E_DIR, `state-${spec.username}.json`);
  if (!userIdOf(spec.username) || !fs.existsSync(state)) {
    const adminPage = await admin();
    const temp = await createAccountThroughPage(adminPage, spec.username, spec.role);
    await setPlaceScopesThroughPage(adminPage, userIdOf(spec.username)!, spec);
    const ctx = await browser.newContext(CONTEXT_OPTIONS);
    const page = await ctx.newPage();
    await firstLogin(page, spec.username, temp);
    await ctx.storageState({ path: state });
    return page;
  }
  const ctx = await browser.newContext({ ...CONTEXT_OPTIONS, storageState: state });
  return ctx.newPage();
}

/** The text of the page's main content, as a reader sees it. */
export async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}
