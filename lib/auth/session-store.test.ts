import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { appMeta, sessions, users } from '@/db/schema';
import { createSession, invalidateUserSessions, validateSessionToken } from './session-store';
import { hashToken } from './tokens';

let db: Db;
let userId: number;
const t0 = new Date('2020-10-09T01:00:00Z');
const plus = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

beforeEach(() => {
  db = openDb(':memory:');
  runMigrations(db);
  userId = db.insert(users).values({ username: 'u', displayName: 'U', passwordHash: 'x', role: 'viewer' }).returning().get().id;
});

describe('database sessions', () => {
  it('stores only the hash of the token', () => {
    const { token } = createSession(db, userId, {}, t0);
    const row = db.select().from(sessions).get()!;
    expect(row.id).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('expires after 30 idle minutes, but activity keeps it alive', () => {
    const { token } = createSession(db, userId, {}, t0);
    expect(validateSessionToken(db, token, plus(25))).not.toBeNull();
    expect(validateSessionToken(db, token, plus(50))).not.toBeNull();
    expect(validateSessionToken(db, token, plus(81))).toBeNull();
    expect(db.select().from(sessions).all()).toHaveLength(0);
  });

  it('ends after the absolute lifetime (12 h) however active', () => {
    const { token } = createSession(db, userId, {}, t0);
    for (let m = 20; m < 12 * 60; m += 20) expect(validateSessionToken(db, token, plus(m))).not.toBeNull();
    expect(validateSessionToken(db, token, plus(12 * 60 + 1))).toBeNull();
  });

  it('reads the timeouts from the settings', () => {
    db.insert(appMeta).values({ key: 'session_idle_minutes', value: '5' }).run();
    const { token } = createSession(db, userId, {}, t0);
    expect(validateSessionToken(db, token, plus(6))).toBeNull();
  });

  it('a disabled user is refused at once, and disabling can end all sessions', () => {
    const a = createSession(db, userId, {}, t0).token;
    const b = createSession(db, userId, {}, t0).token;
    db.update(users).set({ disabled: true }).where(eq(users.id, userId)).run();
    expect(validateSessionToken(db, a, plus(1))).toBeNull();
    invalidateUserSessions(db, userId);
    expect(validateSessionToken(db, b, plus(1))).toBeNull();
  });

  it('unknown and absurd tokens are refused', () => {
    expect(validateSessionToken(db, 'nope', t0)).toBeNull();
    expect(validateSessionToken(db, 'x'.repeat(500), t0)).toBeNull();
  });
});
