/**
 * The test database of a scenario: the 2020 demo, freshly migrated and seeded, with the periods
 * 2020-11 and 2020-12 opened (as an administrator would) so that leads have entries to start, and
 * lead accounts created before the server starts (argon2 hash, scopes in user_scopes, a session
 * each). Only the harness writes here, and only while the server is down.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDb, type Db } from '../../db/connection';
import { runMigrations } from '../../db/migrate';
import { seedDemo } from '../../db/seed';
import { hashPassword } from '../../lib/auth/password';
import { createSessionForUser } from '../../lib/auth/session-store';

export interface Lead {
  id: number;
  username: string;
  displayName: string;
  token: string;
  taskForceIds: number[];
}

export function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/** Seeds the demo into a new file and opens 2020-11 and 2020-12 for reporting. */
export function freshDatabase(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  removeDatabase(file);
  const db = openDb(file);
  try {
    runMigrations(db);
    seedDemo(db);
    const campaignId = (db.$client.prepare('select id from campaigns order by id limit 1').get() as { id: number }).id;
    const open = db.$client.prepare('insert into periods (campaign_id, period, deadline, locked) values (?, ?, ?, 0)');
    open.run(campaignId, '2020-11', '2020-12-05T09:00:00.000Z');
    open.run(campaignId, '2020-12', '2021-01-05T09:00:00.000Z');
  } finally {
    db.$client.close();
  }
}

export function withDb<T>(file: string, fn: (db: Db) => T): T {
  const db = openDb(file);
  try {
    return fn(db);
  } finally {
    db.$client.close();
  }
}

/** Task-force ids of the campaign, in order. */
export function taskForceIds(file: string): number[] {
  return withDb(file, (db) => (db.$client.prepare('select id from task_forces order by id').all() as { id: number }[]).map((r) => r.id));
}

/** The task forces in pairs, fewest numeric indicators with most, so every pair has enough entries to fill. */
export function taskForcePairs(file: string): number[][] {
  const rows = withDb(
    file,
    (db) =>
      db.$client
        .prepare(
          "select task_force_id as id, sum(kind != 'milestone') as n from indicators group by task_force_id order by n, task_force_id",
        )
        .all() as { id: number; n: number }[],
  );
  return rows.slice(0, Math.floor(rows.length / 2)).map((r, i) => [r.id, rows[rows.length - 1 - i]!.id]);
}

/** Creates `count` lead accounts; lead i reports for `assign(i)`; each gets a session. */
export async function createLeads(file: string, prefix: string, count: number, assign: (i: number) => number[]): Promise<Lead[]> {
  const hash = await hashPassword('Faults@2020-lead');
  return withDb(file, (db) => {
    const insertUser = db.$client.prepare("insert into users (username, display_name, password_hash, role) values (?, ?, ?, 'lead')");
    const insertScope = db.$client.prepare("insert into user_scopes (user_id, scope_type, scope_id) values (?, 'taskForce', ?)");
    return Array.from({ length: count }, (_, i) => {
      const username = `${prefix}-${String(i + 1).padStart(2, '0')}`;
      const displayName = `填报员${prefix}${i + 1}号`;
      const id = Number(insertUser.run(username, displayName, hash).lastInsertRowid);
      const tfs = assign(i);
      for (const tf of tfs) insertScope.run(id, tf);
      return { id, username, displayName, token: createSessionForUser(db, id), taskForceIds: tfs };
    });
  });
}

/** A session for an existing account (e.g. demo-leader), for readers. */
export function sessionOf(file: string, username: string): string {
  return withDb(file, (db) => {
    const row = db.$client.prepare('select id from users where username = ?').get(username) as { id: number } | undefined;
    if (!row) throw new Error(`no account ${username}`);
    return createSessionForUser(db, row.id);
  });
}

export interface Slot {
  indicatorId: number;
  period: string;
}

/** Numeric (non-milestone) indicator × open period pairs of these task forces that have no entry yet. */
export function freeSlots(file: string, taskForces: number[], periods: string[]): Slot[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const q = db.prepare(
      `select i.id as indicatorId, p.period as period from indicators i join periods p on p.locked = 0
       where i.task_force_id = ? and i.kind != 'milestone' and i.lag_months = 0 and p.period = ?
         and not exists (select 1 from progress_entries e where e.indicator_id = i.id and e.period = p.period)
       order by p.period, i.id`,
    );
    return periods.flatMap((period) => taskForces.flatMap((tf) => q.all(tf, period) as Slot[]));
  } finally {
    db.close();
  }
}
