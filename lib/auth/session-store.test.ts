import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { appMeta, sessions, users } from '@/db/schema';
import { createSession, invalidateUserSessions, pruneExpiredSessions, rotateUserSessions, validateSessionToken } from './session-store';
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

  it('lowering the absolute lifetime ends existing sessions older than the new one', () => {
    const { token } = createSession(db, userId, {}, t0);
    for (let m = 20; m <= 180; m += 20) expect(validateSessionToken(db, token, plus(m))).not.toBeNull();
    db.insert(appMeta).values({ key: 'session_absolute_hours', value: '2' }).run();
    expect(validateSessionToken(db, token, plus(181))).toBeNull();
  });

  it('prunes expired sessions (idle or past the lifetime) in bounded batches, keeping live ones', () => {
    const live = createSession(db, userId, {}, plus(100)).token;
    const at = (m: number) => plus(m).toISOString();
    for (let i = 0; i < 5; i++) {
      const [created, seen] = i < 3 ? [0, 0] : [-13 * 60, 100];
      db.insert(sessions)
        .values({ id: `old-${i}`, userId, createdAt: at(created), lastSeenAt: at(seen), expiresAt: at(24 * 60) })
        .run();
    }
    expect(db.select().from(sessions).all()).toHaveLength(6);
    expect(pruneExpiredSessions(db, plus(110), 3)).toBe(3);
    expect(pruneExpiredSessions(db, plus(110), 3)).toBe(2);
    expect(pruneExpiredSessions(db, plus(110), 3)).toBe(0);
    expect(validateSessionToken(db, live, plus(110))).not.toBeNull();
  });

  it('a login prunes what has expired', () => {
    createSession(db, userId, {}, t0);
    createSession(db, userId, {}, plus(13 * 60));
    expect(db.select().from(sessions).all()).toHaveLength(1);
  });

  it('rotating ends every session of the user and returns a new one', () => {
    const a = createSession(db, userId, {}, t0).token;
    const b = createSession(db, userId, {}, t0).token;
    const other = db.insert(users).values({ username: 'v', displayName: 'V', passwordHash: 'x', role: 'viewer' }).returning().get().id;
    const c = createSession(db, other, {}, t0).token;
    const next = rotateUserSessions(db, userId, {}, plus(1)).token;
    expect(validateSessionToken(db, a, plus(2))).toBeNull();
    expect(validateSessionToken(db, b, plus(2))).toBeNull();
    expect(validateSessionToken(db, next, plus(2))).not.toBeNull();
    expect(validateSessionToken(db, c, plus(2))).not.toBeNull();
  });

  it('unknown and absurd tokens are refused', () => {
    expect(validateSessionToken(db, 'nope', t0)).toBeNull();
    expect(validateSessionToken(db, 'x'.repeat(500), t0)).toBeNull();
  });
});
