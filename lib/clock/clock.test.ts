import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/connection';
import { saveEntry } from '@/db/mutations/progress';
import { seedDemo } from '@/db/seed';
import { freshDb } from '@/db/seed/test-db';
import type { AuthUser } from '@/lib/auth/permissions';
import { clockNow, readClockBase } from './clock';

const BASE = '2020-10-09T00:00:00+08:00';

describe('clockNow', () => {
  it('is the real clock when no clock is stored', () => {
    const real = new Date('2026-03-01T06:30:00.000Z');
    expect(clockNow(null, real)).toBe(real);
  });

  it('keeps the demo on its Beijing day, at the real Beijing time of day', () => {
    // 06:30 UTC = 14:30 Beijing → 2020-10-09 14:30 Beijing = 06:30 UTC.
    expect(clockNow(BASE, new Date('2026-03-01T06:30:00.000Z')).toISOString()).toBe('2020-10-09T06:30:00.000Z');
    // 17:00 UTC on 28 Feb is 01:00 Beijing on 1 March: still the demo's 9 October, at 01:00.
    expect(clockNow(BASE, new Date('2026-02-28T17:00:00.000Z')).toISOString()).toBe('2020-10-08T17:00:00.000Z');
    // 23:59:59.999 Beijing is the last instant of the demo day.
    expect(clockNow(BASE, new Date('2026-03-01T15:59:59.999Z')).toISOString()).toBe('2020-10-09T15:59:59.999Z');
  });

  it('orders saves made one after another on the same real day', () => {
    const a = clockNow(BASE, new Date('2026-03-01T01:00:00.000Z'));
    const b = clockNow(BASE, new Date('2026-03-01T01:00:00.001Z'));
    expect(b.getTime() - a.getTime()).toBe(1);
  });

  it('takes the day of a base given in another zone as its Beijing day', () => {
    // 2020-10-08T20:00Z is 04:00 on 9 October in Beijing.
    expect(clockNow('2020-10-08T20:00:00Z', new Date('2026-03-01T02:00:00.000Z')).toISOString()).toBe('2020-10-09T02:00:00.000Z');
  });

  it('ignores an unreadable stored clock (real time)', () => {
    const real = new Date('2026-03-01T06:30:00.000Z');
    for (const bad of ['', '2020-10-09', 'soon', '2020-13-40T00:00:00+08:00']) expect(clockNow(bad, real)).toBe(real);
  });
});

describe('the clock stored with a database', () => {
  let demo: Db;
  let real: Db;
  beforeAll(() => {
    demo = freshDb();
    seedDemo(demo);
    real = freshDb();
  });
  afterAll(() => {
    demo.$client.close();
    real.$client.close();
  });

  it('the demo stores its meeting day; an installation without the demo stores none', () => {
    expect(readClockBase(demo)).toBe(BASE);
    expect(readClockBase(real)).toBeNull();
    const now = new Date();
    expect(clockNow(readClockBase(real), now)).toBe(now);
  });

  it('on the demo clock a new 2020-10 submission is on time and a 2020-09 one is late', () => {
    // Two cumulative indicators of this month's round that have no 2020-09 figure yet.
    const [first, second] = demo.$client
      .prepare(
        `select i.id from indicators i where i.kind = 'cumulative' and i.lag_months = 0
           and not exists (select 1 from progress_entries e where e.indicator_id = i.id and e.period = '2020-09')
         order by i.id limit 2`,
      )
      .all() as { id: number }[];
    expect(second).toBeDefined();
    const admin: AuthUser = {
      id: 1,
      username: 'demo-admin',
      displayName: '演示管理员',
      role: 'admin',
      mustChangePassword: false,
      scopes: { competitionIds: [], taskForceIds: [], indicatorIds: [] },
    };
    const actor = { user: admin, now: clockNow(readClockBase(demo), new Date()), audit: () => {} };
    // Somewhere on 9 October 2020, Beijing time.
    expect(actor.now.getTime()).toBeGreaterThanOrEqual(Date.parse('2020-10-09T00:00:00+08:00'));
    expect(actor.now.getTime()).toBeLessThan(Date.parse('2020-10-10T00:00:00+08:00'));
    const entry = { value: 1, workProgress: '', problems: '', nextSteps: '', submit: true, version: 0 };
    const october = saveEntry(demo, actor, { ...entry, indicatorId: first!.id, period: '2020-10' });
    expect(october).toMatchObject({ status: 'submitted', late: false, submittedAt: actor.now.toISOString() });
    const september = saveEntry(demo, actor, { ...entry, indicatorId: second!.id, period: '2020-09' });
    expect(september).toMatchObject({ status: 'submitted', late: true });
  });

  it('migration 0003 gives a demo database made before the clock existed the meeting day', () => {
    const sql = fs.readFileSync(path.resolve(__dirname, '../../db/migrations/0003_demo_facts.sql'), 'utf8');
    const backfill = sql.split('--> statement-breakpoint').find((s) => s.includes('app_meta'))!;
    const old = freshDb();
    try {
      old.$client.prepare(`insert into app_meta (key, value) values ('demo', '1')`).run();
      old.$client.exec(backfill);
      expect(readClockBase(old)).toBe(BASE);
      old.$client.exec(backfill); // applying it twice changes nothing
      expect(old.$client.prepare(`select count(*) as n from app_meta where key = 'clock'`).get()).toEqual({ n: 1 });
      old.$client.exec(backfill.replace(/'2020-10-09T00:00:00\+08:00'/, "'x'"));
      expect(readClockBase(old)).toBe(BASE);
    } finally {
      old.$client.close();
    }
    expect(readClockBase(real)).toBeNull(); // not a demo: no clock
  });
});
