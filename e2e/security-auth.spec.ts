/**
 * Authentication and session security (issue 9, items 2, 3, 4, 5, 7, 8, 11) against the real server.
 * Attackers post the login form's action over raw HTTP, each from its own loopback address, so
 * their per-address counters never touch the other tests' (127.0.0.1). The e2e server trusts
 * 127.0.0.9 as its reverse proxy (SAIMA_TRUSTED_PROXIES, e2e/server.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { CONTEXT_OPTIONS, DEMO_PASSWORD, E2E_DIR, E2E_PORT } from './env';
import { callAction, ORIGIN } from './support/actions';
import { createAccountThroughPage, loginThroughPage, submitPasswordChange } from './support/accounts';
import { listBuiltActions, listBuiltRoutes } from './support/build';
import { accepts, openE2eDbWritable, postLogin, query, sessionSet, startSaima } from './support/security';

const RATE_LIMITED = '登录失败次数过多';
const count = (sql: string, ...params: unknown[]) => query<{ n: number }>(`select count(*) as n from ${sql}`, ...params)[0]!.n;
const failures = (username: string, detail: string) =>
  count(`audit_log where action = 'login.failure' and username = ? and detail = ?`, username, detail);

test.describe('2. npm start in demo mode', () => {
  test('listens on 127.0.0.1 only and says so; HOST=0.0.0.0 opens it; outside demo mode nothing changes', async () => {
    test.setTimeout(300_000);
    // Its own short-lived servers, beside the second installation of the no-demo project (port + 50).
    const port = E2E_PORT + 51;
    const db = (name: string) => {
      const file = path.join(E2E_DIR, name);
      for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
      return file;
    };
    const demoDb = db('start-demo.db');
    const local = await startSaima({ DATABASE_URL: demoDb }, port);
    try {
      expect(await accepts('127.0.0.1', port)).toBe(true);
      expect(await accepts('127.0.0.2', port), 'a demo start must not accept connections on other addresses').toBe(false);
      expect(local.output()).toMatch(/仅本机/);
      expect(local.output()).toMatch(/HOST=0\.0\.0\.0/);
      expect(local.output()).toMatch(/演示账号的密码是公开的/);
    } finally {
      await local.stop();
    }
    const open = await startSaima({ DATABASE_URL: demoDb, HOST: '0.0.0.0' }, port);
    try {
      expect(await accepts('127.0.0.2', port)).toBe(true);
      expect(open.output()).toMatch(/演示账号的密码是公开的/);
    } finally {
      await open.stop();
    }
    const real = await startSaima({ DATABASE_URL: db('start-real.db'), SAIMA_DEMO: '0' }, port);
    try {
      expect(await accepts('127.0.0.2', port)).toBe(true);
      expect(real.output()).toMatch(/已创建初始管理员账号/);
      expect(real.output()).not.toMatch(/Kecheng@2020/);
    } finally {
      await real.stop();
    }
  });
});

test.describe('3. forwarding headers', () => {
  test('a client cannot choose its address: not for the limit, not in the audit log', async () => {
    const from = '127.0.0.3';
    const forged = (i: number) => ({ 'X-Forwarded-For': `203.0.113.${i}`, 'X-Real-IP': `198.51.100.${i}` });
    for (let i = 1; i <= 30; i++) {
      const res = await postLogin(from, { username: `nobody-forged-${i}`, password: 'Wrong-pass-1' }, forged(i));
      expect(res.body, `attempt ${i}`).toContain('用户名或密码错误');
    }
    const limited = await postLogin(from, { username: 'nobody-forged-31', password: 'Wrong-pass-1' }, forged(31));
    expect(limited.body).toContain(RATE_LIMITED);
    expect(count(`audit_log where ip like '203.0.113.%' or ip like '198.51.100.%'`)).toBe(0);
    expect(count(`audit_log where action = 'login.failure' and ip = ?`, from)).toBe(30);

    // A limited address cannot go on counting failures against a real account with a new header.
    const before = query<{ failed_attempts: number }>(`select failed_attempts from users where username = 'demo-viewer'`)[0]!;
    const blocked = await postLogin(from, { username: 'demo-viewer', password: 'Wrong-pass-1' }, forged(99));
    expect(blocked.body).toContain(RATE_LIMITED);
    expect(query<{ failed_attempts: number }>(`select failed_attempts from users where username = 'demo-viewer'`)[0]).toEqual(before);
  });

  test('behind a configured proxy, the address it saw is used (the rightmost one it did not add)', async () => {
    const res = await postLogin(
      '127.0.0.9',
      { username: 'nobody-proxied', password: 'Wrong-pass-1' },
      { 'X-Forwarded-For': '6.6.6.6, 192.0.2.10', 'X-Real-IP': '6.6.6.6' },
    );
    expect(res.body).toContain('用户名或密码错误');
    expect(query<{ ip: string }>(`select ip from audit_log where username = 'nobody-proxied'`)).toEqual([{ ip: '192.0.2.10' }]);
  });
});

test.describe('4. lockout under a burst', () => {
  test('forty parallel guesses get exactly five password checks; the right password inside the burst is refused', async ({ as }) => {
    const admin = await as('admin');
    const password = await createAccountThroughPage(admin, 'e2e-burst', 'viewer');
    const locked = () => query<{ l: string | null }>(`select locked_until as l from users where username = 'e2e-burst'`)[0]!.l !== null;
    const wrong = Array.from({ length: 39 }, (_, i) =>
      postLogin(`127.0.4.${i + 1}`, { username: 'e2e-burst', password: `Wrong-pass-${i}` }),
    );
    let settled = false;
    void Promise.allSettled(wrong).then(() => (settled = true));
    while (!locked() && !settled) await new Promise((r) => setTimeout(r, 5));
    const right = await postLogin('127.0.4.100', { username: 'e2e-burst', password });
    const answers = await Promise.all(wrong);
    expect(sessionSet(right), 'the right password after five reserved guesses must not log in').toBeNull();
    expect(right.body).toContain('已被锁定');
    expect(answers.filter((a) => sessionSet(a) !== null)).toHaveLength(0);
    expect(failures('e2e-burst', '密码错误'), 'password checks before the lock held').toBe(5);
    expect(count(`audit_log where action = 'login.locked' and username = 'e2e-burst'`)).toBe(1);
    expect(count(`sessions join users on users.id = sessions.user_id where username = 'e2e-burst'`)).toBe(0);
  });
});

test.describe('5. password changes and accounts that must change', () => {
  test('an account that must change its password is refused by every action and every download', async ({ as, browser }) => {
    const admin = await as('admin');
    const temp = await createAccountThroughPage(admin, 'e2e-mustchange', 'admin');
    const ctx = await browser.newContext(CONTEXT_OPTIONS);
    const page = await ctx.newPage();
    await loginThroughPage(page, 'e2e-mustchange', temp);
    await expect(page).toHaveURL(/\/account\/password/);
    const skip = new Set(['loginAction', 'logoutAction', 'changePasswordAction']);
    const actions = listBuiltActions().filter((a) => !skip.has(a.name));
    expect(actions.length).toBeGreaterThan(5);
    for (const a of actions) {
      const body = await (await callAction(page.request, a.path, a.id, [null, {}])).text();
      expect(body, `${a.file}#${a.name}`).toContain('请先修改密码');
    }
    const create = actions.find((a) => a.name === 'createUserAction')!;
    await callAction(page.request, '/admin/users', create.id, [null, { username: 'made-by-mustchange', displayName: 'x', role: 'admin' }]);
    expect(count(`users where username = 'made-by-mustchange'`)).toBe(0);
    // /api/health answers a process monitor without a session (nothing in it is the account's).
    const routes = listBuiltRoutes().filter(
      (r) => r.kind === 'route' && r.path !== '/api/health' && !/\.(svg|ico|png|txt|xml)$/.test(r.path),
    );
    for (const r of [...routes.map((x) => x.path), '/api/export/competitions?period=2020-09', '/api/meetings/1/pptx']) {
      const res = await page.request.get(r, { maxRedirects: 0 });
      expect(res.status(), r).toBe(403);
      expect(((await res.json()) as { message: string }).message, r).toContain('请先修改密码');
    }
    await ctx.close();
  });

  test('changing the password ends every other session and rotates this one', async ({ as, browser }) => {
    const admin = await as('admin');
    const temp = await createAccountThroughPage(admin, 'e2e-rotate', 'viewer');
    const [a, b] = [await browser.newContext(CONTEXT_OPTIONS), await browser.newContext(CONTEXT_OPTIONS)];
    const [pa, pb] = [await a.newPage(), await b.newPage()];
    await loginThroughPage(pa, 'e2e-rotate', temp);
    await expect(pa).toHaveURL(/\/account\/password/);
    await loginThroughPage(pb, 'e2e-rotate', temp);
    await expect(pb).toHaveURL(/\/account\/password/);
    const tokenOf = async () => (await a.cookies()).find((c) => c.name === 'saima_session')?.value;
    const old = await tokenOf();
    await submitPasswordChange(pa, temp, 'Rotate-Pass-2020');
    await expect(pa.getByText('密码已修改')).toBeVisible();
    expect(await tokenOf()).not.toBe(old);
    await pa.goto('/');
    await expect(pa.getByRole('heading', { level: 1 })).toContainText('总览');
    await pb.goto('/');
    await expect(pb, 'the other session ends').toHaveURL(/\/login/);
    const stale = await browser.newContext({
      ...CONTEXT_OPTIONS,
      storageState: {
        cookies: [
          {
            name: 'saima_session',
            value: old!,
            domain: '127.0.0.1',
            path: '/',
            expires: -1,
            httpOnly: true,
            secure: false,
            sameSite: 'Lax',
          },
        ],
        origins: [],
      },
    });
    const ps = await stale.newPage();
    await ps.goto('/');
    await expect(ps, 'the token from before the change is refused').toHaveURL(/\/login/);
    expect(count(`sessions join users on users.id = sessions.user_id where username = 'e2e-rotate'`)).toBe(1);
    for (const c of [a, b, stale]) await c.close();
  });

  test('guessing the current password on the change form locks the account after five and is audited', async ({ as, browser }) => {
    const admin = await as('admin');
    const temp = await createAccountThroughPage(admin, 'e2e-guess', 'viewer');
    const ctx = await browser.newContext(CONTEXT_OPTIONS);
    const page = await ctx.newPage();
    await loginThroughPage(page, 'e2e-guess', temp);
    await expect(page).toHaveURL(/\/account\/password/);
    await submitPasswordChange(page, temp, 'Guess-Pass-2020');
    await expect(page.getByText('密码已修改')).toBeVisible();
    for (let i = 0; i < 5; i++) {
      await submitPasswordChange(page, `Wrong-current-${i}`, 'Other-Pass-2021');
      await expect(page.getByText(i < 4 ? '当前密码不正确' : '已被锁定').first()).toBeVisible();
    }
    await submitPasswordChange(page, 'Guess-Pass-2020', 'Other-Pass-2021');
    await expect(page.getByText('已被锁定').first()).toBeVisible();
    expect(count(`audit_log where action = 'password.change_failure' and username = 'e2e-guess'`)).toBe(5);
    expect(count(`audit_log where action = 'login.locked' and username = 'e2e-guess'`)).toBe(1);
    expect(count(`audit_log where action = 'password.change' and username = 'e2e-guess'`)).toBe(1);
    await ctx.close();
  });
});

test.describe('7. where a login leads', () => {
  const leaving = [
    '/%09/example.com',
    '/%0a/example.com',
    '//example.com',
    '/%2F%2Fexample.com',
    '/\\example.com',
    '/%5Cexample.com',
    'https://example.com',
    '%2F%2Fexample.com',
    '/%20/example.com',
    '/%0d%0aSet-Cookie:%20x=1',
  ];

  test('a next that leaves the site (or holds a newline) leads to /, never elsewhere and never a 500', async () => {
    for (const raw of leaving) {
      const next = decodeURIComponent(raw);
      const res = await postLogin('127.0.0.7', { username: 'demo-viewer', password: DEMO_PASSWORD, next });
      expect(res.status, JSON.stringify(next)).toBeLessThan(500);
      expect(sessionSet(res), JSON.stringify(next)).not.toBeNull();
      expect(res.headers['x-action-redirect'], JSON.stringify(next)).toMatch(/^\/(;|$)/);
    }
    const inside = await postLogin('127.0.0.7', { username: 'demo-viewer', password: DEMO_PASSWORD, next: '/rankings?period=2020-09' });
    expect(inside.headers['x-action-redirect']).toMatch(/^\/rankings\?period=2020-09(;|$)/);
  });

  test('through the page, /%09/example.com and //example.com stay on the site', async ({ browser }) => {
    for (const raw of ['/%09/example.com', '%2F%2Fexample.com', '/rankings%3Fperiod%3D2020-09']) {
      const ctx = await browser.newContext(CONTEXT_OPTIONS);
      const page = await ctx.newPage();
      await loginThroughPage(page, 'demo-viewer', DEMO_PASSWORD, raw);
      await expect(page).not.toHaveURL(/\/login/);
      expect(new URL(page.url()).origin).toBe(ORIGIN);
      expect(new URL(page.url()).pathname).toBe(raw.startsWith('/rankings') ? '/rankings' : '/');
      await ctx.close();
    }
  });
});

test.describe('8. audit rows of a rate-limited address', () => {
  test('once limited, an address adds one aggregate row per window, not one per request', async () => {
    const from = '127.0.0.8';
    for (let i = 0; i < 30; i++) await postLogin(from, { username: `nobody-flood-${i}`, password: 'Wrong-pass-1' });
    const flood = await Promise.all(
      Array.from({ length: 60 }, (_, i) => postLogin(from, { username: `nobody-flood-x${i}`, password: 'Wrong-pass-1' })),
    );
    for (const r of flood) expect(r.body).toContain(RATE_LIMITED);
    expect(count(`audit_log where ip like ? and action = 'login.failure'`, `%${from}`)).toBe(30);
    expect(count(`audit_log where ip like ? and action = 'login.rate_limited'`, `%${from}`)).toBe(1);
    expect(count(`audit_log where ip like ?`, `%${from}`)).toBe(31);
  });
});

test.describe('11. session lifetime', () => {
  test('lowering the absolute lifetime ends older sessions at once, and expired sessions are pruned', async ({ as, browser }) => {
    const admin = await as('admin');
    const [old, other] = [await browser.newContext(CONTEXT_OPTIONS), await browser.newContext(CONTEXT_OPTIONS)];
    const [po, pother] = [await old.newPage(), await other.newPage()];
    await loginThroughPage(po, 'demo-reviewer', DEMO_PASSWORD);
    await expect(po).toHaveURL(`${ORIGIN}/`);
    await loginThroughPage(pother, 'demo-lead', DEMO_PASSWORD);
    await expect(pother).toHaveURL(`${ORIGIN}/`);
    const tokens = await Promise.all([old, other].map(async (c) => (await c.cookies()).find((k) => k.name === 'saima_session')!.value));
    const db = openE2eDbWritable();
    const threeHoursAgo = new Date(Date.now() - 3 * 3600_000).toISOString();
    const age = db.prepare(`update sessions set created_at = ? where id = ?`);
    const aged = tokens.reduce((n, t) => n + age.run(threeHoursAgo, createHash('sha256').update(t).digest('hex')).changes, 0);
    db.close();
    expect(aged).toBe(2);
    await po.goto('/');
    await expect(po.getByRole('heading', { level: 1 }), 'three hours old is inside 12 h').toContainText('总览');
    try {
      await admin.goto('/admin/users');
      await admin.getByLabel('最长有效期（小时）').fill('2');
      await admin.getByRole('button', { name: '保存设置' }).click();
      await expect(admin.getByText('会话设置已保存')).toBeVisible();
      await po.goto('/');
      await expect(po, 'a session older than the new lifetime ends').toHaveURL(/\/login/);
      const fresh = await browser.newContext(CONTEXT_OPTIONS);
      const pf = await fresh.newPage();
      await loginThroughPage(pf, 'demo-viewer', DEMO_PASSWORD);
      await expect(pf).toHaveURL(`${ORIGIN}/`);
      await fresh.close();
      expect(count(`sessions where created_at <= ?`, threeHoursAgo), 'expired sessions are deleted without being presented').toBe(0);
    } finally {
      await admin.goto('/admin/users');
      await admin.getByLabel('最长有效期（小时）').fill('12');
      await admin.getByRole('button', { name: '保存设置' }).click();
      await expect(admin.getByText('会话设置已保存')).toBeVisible();
    }
    for (const c of [old, other]) await c.close();
  });
});
