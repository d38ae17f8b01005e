/**
 * The new-year spec's own Saima: `npm start` on a separate freshly seeded demo database, so that
 * rolling 2020 over to 2021 (which makes 2021 the current year and 2020 read-only) and moving the
 * demo clock into 2021 never reach the other specs. On YEARS_PORT (default E2E_PORT + 53; + 50 is
 * the no-demo installation, + 52 the hostile suite's). Sessions are created directly.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { generateSessionToken, hashToken } from '../../lib/auth/tokens';
import { E2E_DIR, E2E_PORT } from '../env';
import { stateWith } from './hostile-app';
import { startSaima, type StartedServer } from './security';

export const YEARS_PORT = Number(process.env.YEARS_PORT ?? E2E_PORT + 53);
export const YEARS_ORIGIN = `http://127.0.0.1:${YEARS_PORT}`;
export const YEARS_DB = path.join(path.dirname(E2E_DIR), 'e2e-years', 'saima.db');

export type YearsAccount = 'admin' | 'lead' | 'viewer';
const USERNAMES: Record<YearsAccount, string> = { admin: 'demo-admin', lead: 'demo-lead', viewer: 'demo-viewer' };

function session(db: Database.Database, username: string): string {
  const token = generateSessionToken();
  const now = new Date().toISOString();
  const user = db.prepare('select id from users where username = ?').get(username) as { id: number };
  db.prepare('insert into sessions (id, user_id, created_at, last_seen_at, expires_at) values (?, ?, ?, ?, ?)').run(
    hashToken(token),
    user.id,
    now,
    now,
    new Date(Date.now() + 12 * 3600_000).toISOString(),
  );
  return token;
}

export interface YearsWorld {
  server: StartedServer;
  /** A Playwright storage state holding each account's session. */
  states: Record<YearsAccount, ReturnType<typeof stateWith>>;
}

export async function startYearsApp(): Promise<YearsWorld> {
  fs.rmSync(path.dirname(YEARS_DB), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(YEARS_DB), { recursive: true });
  const root = path.resolve(__dirname, '..', '..');
  const seeded = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'seed.ts')],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: YEARS_DB },
      encoding: 'utf8',
    },
  );
  if (seeded.status !== 0) throw new Error(`seeding the new-year database failed:\n${seeded.stdout}${seeded.stderr}`);
  const db = new Database(YEARS_DB);
  let states: YearsWorld['states'];
  try {
    states = {
      admin: stateWith(session(db, USERNAMES.admin)),
      lead: stateWith(session(db, USERNAMES.lead)),
      viewer: stateWith(session(db, USERNAMES.viewer)),
    };
  } finally {
    db.close();
  }
  const server = await startSaima({ DATABASE_URL: YEARS_DB }, YEARS_PORT);
  return { server, states };
}

/** Rows of the new-year database (read-only handle). */
export function yearsQuery<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(YEARS_DB, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/**
 * Moves the demo database's reporting clock (app_meta 'clock', lib/clock/clock.ts) to another day,
 * as a demo installation is set to its meeting day: the running server reads it on every request.
 */
export function setDemoDay(instant: string): void {
  const db = new Database(YEARS_DB, { fileMustExist: true });
  try {
    db.prepare("update app_meta set value = ? where key = 'clock'").run(instant);
  } finally {
    db.close();
  }
}
