/**
 * Hostile input, against a server of its own (support/hostile-app.ts). Every action of the build
 * and every route and page is sent wrong types, missing and extra fields, prototype keys and the
 * hostile numbers and texts of the issue (NaN, 1e309, -0, １２３, 一百, 1,234, 1 MB, NUL, RTL
 * override …). The rule, the same everywhere: answered without a 500 and without a stack trace,
 * a refusal in Chinese that changes no data, and nothing non-finite, NUL or bidi-controlled stored.
 * Numbers typed by people are read one way wherever they are typed (lib/validation/number.ts).
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import { listBuiltActions, listBuiltRoutes } from './support/build';
import { HOSTILE_DB, HOSTILE_ORIGIN, startHostileApp, stateWith, type HostileWorld } from './support/hostile-app';
import { garbageStored, judge, judgePage, postAction, WriteWatcher } from './support/hostile-check';
import { BODIES, CALLER, EXTRA_FIELDS, HOSTILE_VALUES, SKIPPED, WRONG_ARGS, type Who } from './support/hostile-inputs';
import { openE2eDb } from './support/db';

test.describe.configure({ mode: 'serial' });

let world: HostileWorld;
const contexts: Partial<Record<Who | 'lead', APIRequestContext>> = {};

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(300_000);
  world = await startHostileApp();
  const ctx = (token?: string) =>
    playwright.request.newContext({ baseURL: HOSTILE_ORIGIN, storageState: token ? stateWith(token) : undefined });
  contexts.admin = await ctx(world.tokens.admin);
  contexts.self = await ctx(world.tokens.self);
  contexts.lead = await ctx(world.tokens.lead);
  contexts.anon = await ctx();
});

test.afterAll(async () => {
  for (const c of Object.values(contexts)) await c?.dispose();
  await world?.server.stop();
});

/** The variants sent to one action: whole wrong argument lists, each field missing or replaced, then extra fields. */
function variants(name: string): { label: string; args: unknown[] }[] {
  const base = BODIES[name]?.(world.ids) ?? {};
  const out = WRONG_ARGS.map((args) => ({ label: `args ${JSON.stringify(args).slice(0, 40)}`, args }));
  for (const field of Object.keys(base)) {
    const { [field]: _dropped, ...missing } = base;
    out.push({ label: `${field} missing`, args: [null, missing] });
    for (const [what, value] of Object.entries(HOSTILE_VALUES))
      out.push({ label: `${field} = ${what}`, args: [null, { ...base, [field]: value }] });
  }
  out.push({ label: 'extra fields', args: [null, { ...EXTRA_FIELDS, ...base }] });
  return out;
}

test('every action: wrong types, missing and extra fields, hostile numbers and texts → one rule', async () => {
  test.setTimeout(900_000);
  const actions = listBuiltActions().filter((a) => !SKIPPED.has(a.name));
  expect(actions.length).toBeGreaterThan(15);
  const watcher = new WriteWatcher();
  const accepted: string[] = [];
  let calls = 0;
  try {
    for (const a of actions) {
      const request = contexts[CALLER[a.name] ?? 'admin']!;
      for (const v of variants(a.name)) {
        const label = `${a.name}: ${v.label}`;
        const res = await postAction(request, a.path, a.id, v.args);
        const { refused } = judge(label, res.status(), await res.text());
        watcher.settle(label, refused);
        if (!refused) accepted.push(label);
        calls++;
      }
    }
  } finally {
    watcher.close();
  }
  expect(garbageStored(), 'stored values that the rule forbids').toEqual([]);
  const prototype = ({} as Record<string, unknown>).polluted;
  expect(prototype).toBeUndefined();
  const inTable = actions.filter((a) => BODIES[a.name]).map((a) => a.name);
  console.log(
    `hostile actions: ${calls} calls to ${actions.length} actions (${inTable.length} with a valid-looking body), accepted ${accepted.length}:`,
  );
  for (const line of accepted) console.log(`  accepted ${line}`);
  expect(
    actions.filter((a) => !BODIES[a.name]).map((a) => a.name),
    'actions without a valid-looking body in support/hostile-inputs.ts',
  ).toEqual([]);
});

/** Free numeric indicators of 2020-10, for saves that must each start a new entry. */
function freeIndicators(n: number): number[] {
  const db = openE2eDb(HOSTILE_DB);
  try {
    return (
      db
        .prepare(
          "select id from indicators i where kind != 'milestone' and unit not in ('%', '％', '百分点') and not exists (select 1 from progress_entries e where e.indicator_id = i.id and e.period = '2020-10') order by id desc limit ?",
        )
        .all(n) as { id: number }[]
    ).map((r) => r.id);
  } finally {
    db.close();
  }
}

const storedValue = (indicatorId: number) => {
  const db = openE2eDb(HOSTILE_DB);
  try {
    return (
      db.prepare("select value from progress_entries where indicator_id = ? and period = '2020-10'").get(indicatorId) as
        { value: number } | undefined
    )?.value;
  } finally {
    db.close();
  }
};

test('numbers typed by people: full-width digits and thousands separators are read, NaN, 1e309 and 一百 refused in Chinese', async () => {
  const save = listBuiltActions().find((a) => a.name === 'saveEntryAction')!;
  const cases: [string, number | null][] = [
    ['１２３', 123],
    ['1,234', 1234],
    ['１，２３４．５', 1234.5],
    ['-0', 0],
    ['  12  ', 12],
    ['NaN', null],
    ['1e309', null],
    ['-1e309', null],
    ['Infinity', null],
    ['一百', null],
    ['0x1F', null],
    ['1,23', null],
  ];
  const ids = freeIndicators(cases.length);
  for (const [i, [typed, expected]] of cases.entries()) {
    const body = {
      indicatorId: String(ids[i]),
      period: '2020-10',
      value: typed,
      workProgress: '',
      problems: '',
      nextSteps: '',
      version: '0',
      intent: 'save',
    };
    const res = await postAction(contexts.admin!, save.path, save.id, [null, body]);
    const { refused, reply } = judge(`value ${typed}`, res.status(), await res.text());
    if (expected === null) {
      expect(refused, `${typed} must be refused`).toBe(true);
      expect(reply!.message).toMatch(/数字|数值/);
      expect(storedValue(ids[i]!), `${typed}: nothing stored`).toBeUndefined();
    } else {
      expect(refused, `${typed} must be read as ${expected}: ${reply?.message}`).toBe(false);
      expect(Object.is(storedValue(ids[i]!), expected), `${typed} stored as ${storedValue(ids[i]!)}`).toBe(true);
    }
  }
  const settings = listBuiltActions().find((a) => a.name === 'updateSessionSettingsAction')!;
  const typed = await postAction(contexts.admin!, settings.path, settings.id, [null, { idleMinutes: '３０', absoluteHours: '１２' }]);
  expect(judge('full-width session settings', typed.status(), await typed.text()).refused, 'full-width digits in 会话设置').toBe(false);
});

const QUERY_VALUES = ['NaN', '1e309', '-0', '１２３', '一百', '1,234', '%00', 'a%00b', '%E2%80%AEexe', '%3Cscript%3E', 'x'.repeat(4000)];
const SEGMENT_VALUES = [
  'NaN',
  '1e309',
  '-0',
  '%EF%BC%91%EF%BC%92%EF%BC%93',
  '%E4%B8%80%E7%99%BE',
  '1,234',
  '%00',
  '__proto__',
  'constructor',
];

test('every route and page: hostile query values, prototype keys and path segments are answered without a 500 or a stack trace', async () => {
  test.setTimeout(600_000);
  const request = contexts.admin!;
  const routes = listBuiltRoutes().filter((r) => !/\.(svg|ico|png|txt|xml)$/.test(r.path));
  const keys = ['period', 'date', 'tf', 'taskForceId', 'id', 'q', 'slide', 'weak', 'next'];
  let calls = 0;
  for (const r of routes) {
    const urls = QUERY_VALUES.map((v) => `${r.path}?${keys.map((k) => `${k}=${v}`).join('&')}`);
    urls.push(`${r.path}?__proto__[polluted]=1&constructor[prototype][x]=1&period[]=2020-09&period[]=2020-10`);
    if (r.worker.includes('[')) for (const seg of SEGMENT_VALUES) urls.push(r.path.replace(/\/1(?=\/|$)/, `/${seg}`));
    for (const url of urls) {
      const res = await request.get(url, { maxRedirects: 0 });
      judgePage(`GET ${url.slice(0, 120)}`, res.status(), await res.text());
      calls++;
    }
    if (r.kind === 'route') {
      for (const body of ['{"__proto__":{"x":1}}', 'null', '[]', 'x'.repeat(10_000)]) {
        const res = await request.post(r.path, {
          data: body,
          headers: { 'Content-Type': 'application/json', Origin: HOSTILE_ORIGIN },
          maxRedirects: 0,
        });
        expect(res.status(), `POST ${r.path}`).toBeLessThan(500);
        calls++;
      }
    }
  }
  console.log(`hostile routes: ${calls} requests to ${routes.length} pages and routes`);
});
