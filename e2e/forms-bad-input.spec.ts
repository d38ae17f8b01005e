/**
 * Bad input is answered in Chinese, never with a 500 and never in English: query parameters of
 * every page and download, county codes outside the prefecture's six counties, and the zod messages
 * of every action.
 */
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { statePath } from './env';
import { callAction, ORIGIN } from './support/actions';
import { listBuiltActions, listBuiltRoutes } from './support/build';
import { dataFingerprint } from './support/db';
import { countyValuesOf, indicatorsOf } from './support/reporting';

const BAD_VALUES = ['2020-13', '2020-02-31', 'abc', '-1', '0', '1e3', '99999999999999999999', '%E0%A4%A', '\'"<x>', '2020-13-01'];
const PARAMS = ['period', 'date', 'tf', 'slide', 'q', 'all', 'weak', 'user', 'theme', 'kiosk', 'next'];
/** zod's own English messages (the codes in the answer, such as "invalid", are lower case). */
const ENGLISH = /Invalid |expected |received |Too small|Too big|Unrecognized|Required/;
/**
 * Inside `npm test` each parameter of each page gets a rotating twentieth of the bad values (a
 * subset of the tenth sent before, to keep CI shorter: each page gets about half the values, and
 * the rotation over pages sends every value to many pages); `npm run test:hostile` asks every URL.
 */
const SHARE = process.env.HOSTILE_ALL === '1' ? 1 : 20;
const SEGMENTS = ['abc', '0', '99999999', '1e3', '-1', '1.5'];

async function expectAnswered(request: APIRequestContext, url: string) {
  const res = await request.get(url, { maxRedirects: 0 });
  expect(res.status(), `${url} answered ${res.status()}`).toBeLessThan(500);
  return res;
}

test('every page and download answers bad query parameters and ids without a 500', async ({ playwright }) => {
  test.setTimeout(600_000);
  const admin = await playwright.request.newContext({ baseURL: ORIGIN, storageState: statePath('admin') });
  const routes = listBuiltRoutes().filter((r) => !/\.(svg|ico|png|txt|xml)$/.test(r.path));
  expect(routes.length).toBeGreaterThan(10);
  const urls: string[] = [];
  routes.forEach((r, ri) => {
    PARAMS.forEach((key, ki) => {
      BAD_VALUES.forEach((value, vi) => {
        if ((vi + ki + ri) % SHARE === 0) urls.push(`${r.path}?${key}=${value}`);
      });
      urls.push(`${r.path}?${key}=1&${key}=2`);
    });
    if (r.worker.includes('[')) {
      for (const seg of SEGMENTS) urls.push(r.path.replace(/\/1(?=\/|$)/, `/${seg}`));
    }
  });
  // A few requests at a time, as a handful of users would send them: every URL is still asked once.
  let next = 0;
  const worker = async () => {
    while (next < urls.length) await expectAnswered(admin, urls[next++]!);
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  await admin.dispose();
});

// Next answers a malformed percent-encoding in a dynamic path segment with its own 500 before any
// page code runs; only the request proxy (proxy.ts) can refuse it first.
test('a malformed percent-encoding in a path segment is refused with 400, not 500', async ({ playwright }) => {
  const admin = await playwright.request.newContext({ baseURL: ORIGIN, storageState: statePath('admin') });
  for (const path of ['/competitions/%E0%A4%A', '/entries/%E0%A4%A', '/admin/users/%E0%A4%A'])
    expect((await admin.get(path, { maxRedirects: 0 })).status(), path).toBe(400);
  await admin.dispose();
});

test('/bulletin?date= with a date that does not exist says so in Chinese', async ({ page }) => {
  for (const date of ['2020-13-01', '2020-02-30', '2020-9-1']) {
    const res = await page.goto(`/bulletin?period=2020-09&date=${date}`);
    expect(res!.status()).toBeLessThan(500);
    const alert = page.getByRole('alert').filter({ hasText: '无法按该日期生成通报' });
    await expect(alert).toContainText(`日期“${date}”不存在或格式不正确`);
    await expect(alert).toContainText('2020-10-09');
  }
});

test('county values: only the six counties of the prefecture; an unknown code or the prefecture itself is refused', async ({ as }) => {
  const lead = await as('lead');
  const save = listBuiltActions().find((a) => a.name === 'saveCountyAction')!;
  const target = indicatorsOf('招商引资专班').find((i) => i.county)!;
  const before = dataFingerprint();
  const stored = countyValuesOf(target.id, '2020-09');
  for (const code of ['999999', '330800', '330802005', '110101']) {
    const res = await callAction(lead.request, '/report', save.id, [
      null,
      { indicatorId: String(target.id), period: '2020-09', county_330802: '10', [`county_${code}`]: '99' },
    ]);
    expect(res.status(), code).toBeLessThan(500);
    const body = await res.text();
    expect(body, code).toContain('"code":"invalid"');
    expect(body, code).toContain('不是衢州市的县（市、区）');
  }
  expect(countyValuesOf(target.id, '2020-09')).toEqual(stored);
  expect(dataFingerprint()).toBe(before);
});

test('no action answers in English, whatever it is sent', async ({ playwright }) => {
  const admin = await playwright.request.newContext({ baseURL: ORIGIN, storageState: statePath('admin') });
  const inputs: unknown[] = [
    {},
    { entries: 'x', userId: [], competitionIds: 'x', period: 5, version: 'abc', indicatorId: {}, stepId: null, meetingId: 'x' },
    { entries: [1, 2], userId: 'x', taskForceIds: ['a'], role: 'king', decision: 'maybe', doneDate: '2020-02-31', slides: '[{}]' },
  ];
  const before = dataFingerprint();
  for (const a of listBuiltActions()) {
    // createBackupAction takes no input: any body is its one valid call (hostile.spec covers it).
    if (a.name === 'loginAction' || a.name === 'logoutAction' || a.name === 'createBackupAction') continue;
    for (const input of inputs) {
      const res = await callAction(admin, a.path, a.id, [null, input]);
      expect(res.status(), `${a.name} ${JSON.stringify(input)}`).toBeLessThan(500);
      const body = await res.text();
      expect(body, `${a.name} ${JSON.stringify(input)}`).toContain('"ok":false');
      expect(body, `${a.name} ${JSON.stringify(input)}`).not.toMatch(ENGLISH);
    }
  }
  expect(dataFingerprint()).toBe(before);
  await admin.dispose();
});
