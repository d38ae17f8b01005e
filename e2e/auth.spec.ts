import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CONTEXT_OPTIONS, DEMO_PASSWORD, statePath } from './env';
import { callAction, ORIGIN } from './support/actions';
import { listBuiltActions, listBuiltRoutes } from './support/build';
import { auditCount, dataFingerprint, openE2eDb } from './support/db';
import { query } from './support/query';
import { PREVIEWED_SETTINGS_FORM } from './support/campaign-settings';

const loginError = (page: Page) => page.locator('#login-error');

/** Bodies an administrator could send to publish September (lock it) and to change a target: valid, so only the role refuses them. */
function validAdminBodies(): Record<string, Record<string, string>> {
  const period = query<{ id: number }>(`select id from periods where period = '2020-09'`)[0]!;
  const ind = query<{ id: number; target: number }>(
    `select id, annual_target as target from indicators where kind = 'cumulative' and annual_target is not null order by id limit 1`,
  )[0]!;
  return {
    togglePeriodLockAction: { periodId: String(period.id) },
    changeTargetAction: { indicatorId: String(ind.id), target: String(ind.target + 1), reason: '越权调整' },
    // Reads only, yet an administrator's: the ranking with other settings is not for other roles.
    previewSettingsAction: {
      campaignId: '1',
      name: '六抓六比·八大竞赛',
      ...PREVIEWED_SETTINGS_FORM,
      previewPeriod: '2020-09',
    },
  };
}

async function login(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Creates an account through the admin UI and returns its one-time password. */
async function createAccount(admin: Page, username: string, role: string): Promise<string> {
  await admin.goto('/admin/users');
  await admin.getByLabel('用户名').fill(username);
  await admin.getByLabel('姓名').fill(`测试${username}`);
  await admin.getByLabel('角色').selectOption(role);
  await admin.getByRole('button', { name: '创建账号' }).click();
  const notice = admin.getByText(/初始密码（仅显示这一次）：/);
  await expect(notice).toBeVisible();
  const text = (await notice.textContent()) ?? '';
  return /：(\S+)\s/.exec(text.split('初始密码（仅显示这一次）')[1] ?? '')?.[1] ?? '';
}

async function firstLoginAndChange(page: Page, username: string, temp: string, next: string) {
  await login(page, username, temp);
  await expect(page).toHaveURL(/\/account\/password/);
  await page.getByLabel('当前密码').fill(temp);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('再次输入新密码').fill(next);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('密码已修改')).toBeVisible();
}

function userId(username: string): number {
  const db = openE2eDb();
  try {
    return (db.prepare('select id from users where username = ?').get(username) as { id: number }).id;
  } finally {
    db.close();
  }
}

test.describe('anonymous visitors', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('every page except /login redirects to /login', async ({ page }) => {
    const pages = listBuiltRoutes().filter((r) => r.kind === 'page' && r.path !== '/login');
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) {
      await page.goto(p.path);
      await expect(page, `${p.path} must send an anonymous visitor to /login`).toHaveURL(/\/login(\?|$)/);
      await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
    }
  });

  test('the login form is labelled and answers a wrong password in Chinese, keeping the username', async ({ page }) => {
    await login(page, 'demo-viewer', 'wrong-Password1');
    await expect(loginError(page)).toContainText('用户名或密码错误');
    await expect(page.getByLabel('用户名')).toHaveValue('demo-viewer');
  });

  test('an unknown user gets the same message as a wrong password', async ({ page }) => {
    await login(page, 'nobody-here', 'wrong-Password1');
    await expect(loginError(page)).toHaveText(/^用户名或密码错误。连续输错 5 次/);
  });

  test('responses carry the security headers; errors show no stack trace', async ({ request }) => {
    const res = await request.get('/login');
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    expect(res.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const missing = await request.get('/no-such-page-here');
    expect(await missing.text()).not.toMatch(/at .*\.js:\d+|node_modules/);
  });
});

test.describe('server-side authorization sweep', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('every action and route refuses an anonymous caller and a viewer, and changes nothing', async ({ playwright, browser }) => {
    const actions = listBuiltActions();
    // /api/health is public by design (a process monitor's probe; e2e/health.spec.ts).
    const routes = listBuiltRoutes().filter(
      (r) => r.kind === 'route' && !/\.(svg|ico|png|txt|xml)$/.test(r.path) && r.path !== '/api/health',
    );
    expect(actions.length).toBeGreaterThan(5);

    const anon = await playwright.request.newContext({ baseURL: ORIGIN });
    // A viewer session of its own (logged in through the form), so other tests' sessions are untouched.
    const viewerBrowser = await browser.newContext(CONTEXT_OPTIONS);
    const viewerPage = await viewerBrowser.newPage();
    await login(viewerPage, 'demo-viewer', DEMO_PASSWORD);
    await expect(viewerPage).toHaveURL(`${ORIGIN}/`);
    const viewer = viewerBrowser.request;
    // A malformed login post is answered, not crashed.
    const loginAction = actions.find((a) => a.name === 'loginAction')!;
    const garbage = await callAction(anon, '/login', loginAction.id, [null, 'not a form']);
    expect(garbage.status()).toBeLessThan(500);
    const before = dataFingerprint();

    for (const [who, ctx] of [
      ['anonymous', anon],
      ['viewer', viewer],
    ] as const) {
      for (const a of actions) {
        if (a.name === 'loginAction' || a.name === 'logoutAction') continue;
        const r = await callAction(ctx, a.path, a.id, [null, {}]);
        const body = await r.text();
        const refused =
          r.status() >= 400 || /"ok":false/.test(body) || (r.status() >= 300 && /\/login/.test(r.headers()['location'] ?? ''));
        expect(refused, `${who} calling ${a.file}#${a.name} must be refused, got ${r.status()} ${body.slice(0, 200)}`).toBe(true);
        if (who === 'viewer' && a.name !== 'changePasswordAction') expect(body, `${a.name} for a viewer`).toContain('"code":"forbidden"');
        if (who === 'anonymous') expect(body, `${a.name} anonymously`).toContain('"code":"unauthenticated"');
      }
      for (const r of routes) {
        for (const method of ['GET', 'POST', 'DELETE'] as const) {
          const res2 = await ctx.fetch(r.path, { method, maxRedirects: 0, headers: { Origin: ORIGIN } });
          if (who === 'anonymous' || method !== 'GET') expect(res2.status(), `${who} ${method} ${r.path}`).toBeGreaterThanOrEqual(400);
        }
      }
    }
    // Logging out only ends one's own session.
    const logout = actions.find((a) => a.name === 'logoutAction')!;
    await callAction(anon, '/', logout.id, []);
    expect(dataFingerprint()).toBe(before);
    expect(auditCount('access.denied', 'demo-viewer')).toBeGreaterThanOrEqual(actions.length - 3);
    await anon.dispose();
    await viewerBrowser.close();
  });

  test('every administrator action and route is refused to a leader, a reviewer and a lead, and changes nothing', async ({
    playwright,
  }) => {
    // 目标调整 lives on the indicator page but is an administrator's action like those under app/admin.
    const admin = listBuiltActions().filter((a) => a.file.includes('app/admin/') || a.name === 'changeTargetAction');
    expect(admin.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'togglePeriodLockAction',
        'changeTargetAction',
        'createCampaignAction',
        'updateCampaignAction',
        'previewSettingsAction',
        'copyCampaignAction',
        'previewStructureAction',
        'commitStructureAction',
        'saveCompetitionAction',
        'saveTaskForceAction',
        'saveIndicatorAction',
        'saveStepAction',
        'saveTargetGridAction',
        'moveItemAction',
        'itemStateAction',
        'saveUnitAction',
        'savePersonAction',
      ]),
    );
    const routes = listBuiltRoutes().filter((r) => r.kind === 'route' && r.path.startsWith('/api/admin/'));
    expect(routes.map((r) => r.path)).toContain('/api/admin/structure');
    const before = dataFingerprint();
    for (const role of ['leader', 'reviewer', 'lead'] as const) {
      const ctx = await playwright.request.newContext({ baseURL: ORIGIN, storageState: statePath(role) });
      for (const a of admin) {
        const r = await callAction(ctx, a.path, a.id, [
          null,
          { mode: 'new', name: '越权', year: 2020, regionName: '柯城区', regionCode: '330802' },
        ]);
        expect(await r.text(), `${role} calling ${a.name}`).toContain('"code":"forbidden"');
      }
      // Publishing (locking a period) and 目标调整 with bodies that would pass validation.
      for (const [name, body] of Object.entries(validAdminBodies())) {
        const a = admin.find((x) => x.name === name)!;
        const r = await callAction(ctx, a.path, a.id, [null, body]);
        expect(await r.text(), `${role} calling ${name} with a valid body`).toContain('"code":"forbidden"');
      }
      for (const r of routes) {
        const res = await ctx.get(`${r.path}?campaignId=1`);
        expect(res.status(), `${role} GET ${r.path}`).toBe(403);
        expect((await res.json()).message).toContain('无权执行此操作');
      }
      await ctx.dispose();
    }
    expect(dataFingerprint()).toBe(before);
  });

  test('a cross-origin POST to an action is refused', async ({ playwright }) => {
    const before = dataFingerprint();
    const admin = await playwright.request.newContext({ baseURL: ORIGIN, storageState: 'test-results/e2e/state-admin.json' });
    const create = listBuiltActions().find((a) => a.name === 'createUserAction')!;
    const r = await callAction(admin, '/admin/users', create.id, [null, { username: 'csrf-victim', displayName: 'x', role: 'admin' }], {
      Origin: 'http://evil.example',
    });
    expect(r.status()).toBeGreaterThanOrEqual(400);
    expect(dataFingerprint()).toBe(before);
    await admin.dispose();
  });
});

test.describe('accounts', () => {
  test('a viewer cannot open the admin pages, and the attempt is audited', async ({ as }) => {
    const viewer = await as('viewer');
    const before = auditCount('access.denied', 'demo-viewer');
    await viewer.goto('/admin/users');
    await expect(viewer.getByRole('heading', { name: '无权访问' })).toBeVisible();
    expect(auditCount('access.denied', 'demo-viewer')).toBeGreaterThan(before);
  });

  test('a disabled user loses the open session at once; a demoted admin loses the role at once', async ({ as, browser }) => {
    const admin = await as('admin');
    const temp = await createAccount(admin, 'e2e-demote', 'admin');
    const ctx = await browser.newContext(CONTEXT_OPTIONS);
    const user = await ctx.newPage();
    await firstLoginAndChange(user, 'e2e-demote', temp, 'Neuer-Pass-2020');
    await user.goto('/admin/users');
    await expect(user.getByRole('heading', { name: '账号与授权' })).toBeVisible();

    await admin.goto(`/admin/users/${userId('e2e-demote')}`);
    await admin.getByLabel('角色').selectOption('viewer');
    await admin.getByRole('button', { name: '变更角色' }).click();
    await expect(admin.getByText('角色已变更')).toBeVisible();
    await user.goto('/admin/users');
    await expect(user.getByRole('heading', { name: '无权访问' })).toBeVisible();

    admin.once('dialog', (d) => d.accept());
    await admin.getByRole('button', { name: '停用' }).click();
    await expect(admin.getByText('其所有会话已注销')).toBeVisible();
    await user.goto('/');
    await expect(user).toHaveURL(/\/login/);
    await ctx.close();
  });

  test('five wrong passwords lock the account; the right one is refused until the lock expires', async ({ as, page }) => {
    const admin = await as('admin');
    const temp = await createAccount(admin, 'e2e-lockout', 'viewer');
    await page.context().clearCookies();
    for (let i = 0; i < 5; i++) {
      await login(page, 'e2e-lockout', `Wrong-pass-${i}`);
      await expect(loginError(page)).toBeVisible();
    }
    await expect(loginError(page)).toContainText('已被锁定');
    await login(page, 'e2e-lockout', temp);
    await expect(loginError(page)).toContainText('已被锁定');
    await expect(page).toHaveURL(/\/login/);
    expect(auditCount('login.locked', 'e2e-lockout')).toBe(1);
  });

  test('a new account must change its password; the policy is explained in Chinese', async ({ as, browser }) => {
    const admin = await as('admin');
    const temp = await createAccount(admin, 'e2e-policy', 'viewer');
    const ctx = await browser.newContext(CONTEXT_OPTIONS);
    const page = await ctx.newPage();
    await login(page, 'e2e-policy', temp);
    await expect(page).toHaveURL(/\/account\/password/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/account\/password/);
    await page.getByLabel('当前密码').fill(temp);
    await page.getByLabel('新密码', { exact: true }).fill('abcdefgh');
    await page.getByLabel('再次输入新密码').fill('abcdefgh');
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect(page.getByText(/至少 3 类/).first()).toBeVisible();
    await page.getByLabel('新密码', { exact: true }).fill('柯城赛马Aa2020');
    await page.getByLabel('再次输入新密码').fill('柯城赛马Aa2020');
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect(page.getByText('密码已修改')).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('总览');
    await ctx.close();
  });
});
