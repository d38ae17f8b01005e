import { describe, expect, it } from 'vitest';
import { openDb } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { sessions, users } from '@/db/schema';
import { createSession, validateSessionToken } from './session-store';

const t0 = new Date('2020-10-09T01:00:00Z');
const plus = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

/** A database that refuses every write from now on, as a read-only file or a full disk does. */
function setup() {
  const db = openDb(':memory:');
  runMigrations(db);
  const userId = db.insert(users).values({ username: 'u', displayName: 'U', passwordHash: 'x', role: 'viewer' }).returning().get().id;
  const { token } = createSession(db, userId, {}, t0);
  db.$client.pragma('query_only = 1');
  return { db, token };
}

describe('sessions when the storage refuses writes', () => {
  it('a valid session still reads although its last-seen time cannot be written', () => {
    const { db, token } = setup();
    expect(validateSessionToken(db, token, plus(5))?.user.username).toBe('u');
    expect(db.select().from(sessions).get()!.lastSeenAt).toBe(t0.toISOString());
  });

  it('an expired session is still refused when it cannot be deleted', () => {
    const { db, token } = setup();
    expect(validateSessionToken(db, token, plus(31))).toBeNull();
  });
});
