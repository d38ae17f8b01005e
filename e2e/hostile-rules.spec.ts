/**
 * The two input rules, field by field, on the hostile suite's own server. Numbers typed by people
 * (an entry's value, the session settings) are read one way (lib/validation/number.ts): full-width
 * digits and thousands separators accepted, NaN, 1e309, 一百 … refused in Chinese. Text typed by
 * people (lib/text/user-text.ts): NUL refused in Chinese, control characters, bidi overrides and
 * zero-width marks removed before anything is stored — in every text field of every form.
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import { listBuiltActions } from './support/build';
import { openE2eDb } from './support/db';
import { HOSTILE_DB } from './support/hostile-app';
import { judge, postAction } from './support/hostile-check';
import { useHostileApp } from './support/hostile-fixture';

const h = useHostileApp();

const action = (name: string) => listBuiltActions().find((a) => a.name === name)!;
const one = <T>(sql: string, ...args: unknown[]) => {
  const db = openE2eDb(HOSTILE_DB);
  try {
    return db.prepare(sql).get(...args) as T | undefined;
  } finally {
    db.close();
  }
};

async function call(request: APIRequestContext, name: string, input: Record<string, unknown>) {
  const a = action(name);
  const res = await postAction(request, a.path, a.id, [null, input]);
  return judge(`${name} ${JSON.stringify(input).slice(0, 80)}`, res.status(), await res.text());
}

/** Free numeric indicators of 2020-10 (not percentages), so that each save starts a new entry. */
function freeIndicators(n: number): number[] {
  const db = openE2eDb(HOSTILE_DB);
  try {
    const sql =
      "select id from indicators i where kind != 'milestone' and unit not in ('%', '％', '百分点') and not exists " +
      "(select 1 from progress_entries e where e.indicator_id = i.id and e.period = '2020-10') order by id desc limit ?";
    return (db.prepare(sql).all(n) as { id: number }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

const entry = (indicatorId: string | number, fields: Record<string, string> = {}) => ({
  indicatorId: String(indicatorId),
  period: '2020-10',
  value: '1',
  workProgress: '',
  problems: '',
  nextSteps: '',
  version: '0',
  intent: 'save',
  ...fields,
});

test('numbers typed by people: full-width digits and thousands separators are read; NaN, 1e309, 一百 are refused in Chinese', async () => {
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
    const { refused, reply } = await call(h.as.admin, 'saveEntryAction', entry(ids[i]!, { value: typed }));
    const stored = one<{ value: number }>(
      "select value from progress_entries where indicator_id = ? and period = '2020-10'",
      ids[i],
    )?.value;
    if (expected === null) {
      expect(refused, `${typed} must be refused`).toBe(true);
      expect(reply!.message, typed).toMatch(/数字|数值|写成/);
      expect(stored, `${typed}: nothing stored`).toBeUndefined();
    } else {
      expect(refused, `${typed} must be read as ${expected}: ${reply?.message}`).toBe(false);
      expect(Object.is(stored, expected), `${typed} stored as ${stored}`).toBe(true);
    }
  }
  const typed = await call(h.as.admin, 'updateSessionSettingsAction', { idleMinutes: '４５', absoluteHours: '２４' });
  expect(typed.refused, `full-width digits in 会话设置: ${typed.reply?.message}`).toBe(false);
  expect(one<{ value: string }>("select value from app_meta where key = 'session_idle_minutes'")?.value).toBe('45');
  const bad = await call(h.as.admin, 'updateSessionSettingsAction', { idleMinutes: '一百', absoluteHours: '1e309' });
  expect(bad.refused).toBe(true);
});

const DIRTY = '前\u202E\u0001中\u200B\u0008后';
const CLEAN = '前中后';

/** Every text field of every form: [action, field, body with the text, where it is stored]. */
function textFields(ids: number[], reviewEntry: { id: number; version: number }) {
  const slides = (notes: string, title: string) => JSON.stringify([{ kind: 'cover' }, { kind: 'overview', title, notes }]);
  const meeting = (t: string) => ({ title: t, meetingDate: '2020-10-09', period: '2020-09', slides: slides('备注', '') });
  return [
    [
      'saveEntryAction',
      'workProgress',
      (t: string) => entry(ids[0]!, { workProgress: t }),
      () => one<{ v: string }>("select work_progress as v from progress_entries where indicator_id = ? and period = '2020-10'", ids[0])?.v,
    ],
    [
      'saveEntryAction',
      'problems',
      (t: string) => entry(ids[1]!, { problems: t }),
      () => one<{ v: string }>("select problems as v from progress_entries where indicator_id = ? and period = '2020-10'", ids[1])?.v,
    ],
    [
      'saveEntryAction',
      'nextSteps',
      (t: string) => entry(ids[2]!, { nextSteps: t }),
      () => one<{ v: string }>("select next_steps as v from progress_entries where indicator_id = ? and period = '2020-10'", ids[2])?.v,
    ],
    ['createMeetingAction', 'title', meeting, () => one<{ v: string }>('select title as v from meetings order by id desc limit 1')?.v],
    [
      'createMeetingAction',
      'slide notes',
      (t: string) => ({ ...meeting('会议'), slides: slides(t, '') }),
      () => one<{ v: string }>('select notes as v from meeting_slides order by id desc limit 1')?.v,
    ],
    [
      'createMeetingAction',
      'slide title',
      (t: string) => ({ ...meeting('会议'), slides: slides('', t) }),
      () => one<{ v: string }>('select title as v from meeting_slides order by id desc limit 1')?.v,
    ],
    [
      'createUserAction',
      'displayName',
      (t: string) => ({ username: `text-rule-${t.length}`, displayName: t, role: 'viewer' }),
      () => one<{ v: string }>("select display_name as v from users where username like 'text-rule-%' order by id desc limit 1")?.v,
    ],
    [
      'reviewEntryAction',
      'reason',
      (t: string) => ({ entryId: String(reviewEntry.id), version: String(reviewEntry.version), decision: 'return', reason: t }),
      () => one<{ v: string }>('select return_reason as v from progress_entries where id = ?', reviewEntry.id)?.v,
    ],
  ] as const;
}

test('text typed by people: NUL refused in Chinese everywhere; controls, bidi overrides and zero-width marks removed before storing', async () => {
  const ids = freeIndicators(4);
  const submitted = await call(h.as.admin, 'saveEntryAction', entry(ids[3]!, { value: '5', intent: 'submit' }));
  expect(submitted.refused, submitted.reply?.message).toBe(false);
  const reviewEntry = submitted.reply!.data as { id: number; version: number };
  for (const [name, field, body, stored] of textFields(ids, reviewEntry)) {
    const nul = await call(h.as.admin, name, body('a\u0000b'));
    expect(nul.refused, `${name}.${field} with NUL`).toBe(true);
    expect(nul.reply!.message, `${name}.${field} with NUL`).toContain('空字符（NUL）');
    const huge = await call(h.as.admin, name, body('x'.repeat(1 << 20)));
    expect(huge.refused, `${name}.${field} with 1 MB`).toBe(true);
    expect(huge.reply!.message, `${name}.${field} with 1 MB`).toMatch(/最多 \d+ 个字/);
    const dirty = await call(h.as.admin, name, body(DIRTY));
    expect(dirty.refused, `${name}.${field}: ${dirty.reply?.message}`).toBe(false);
    expect(stored(), `${name}.${field} as stored`).toBe(CLEAN);
  }
});
