import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { users } from '@/db/schema';
import { clearAttempts, LOCK_MINUTES, reserveAttempt } from './lockout';

let db: Db;
let userId: number;
const t0 = new Date('2020-10-09T01:00:00Z');
const plus = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

beforeEach(() => {
  db = openDb(':memory:');
  runMigrations(db);
  userId = db.insert(users).values({ username: 'u', displayName: 'U', passwordHash: 'x', role: 'viewer' }).returning().get().id;
});

describe('the account lockout', () => {
  it('reserves exactly five checks; the fifth sets the lock; later ones are refused', () => {
    const r = Array.from({ length: 8 }, () => reserveAttempt(db, userId, t0));
    expect(r.slice(0, 5)).toEqual([1, 2, 3, 4, 5].map((attempt) => ({ ok: true, attempt, locksNow: attempt === 5 })));
    for (const x of r.slice(5)) expect(x).toEqual({ ok: false, lockedUntil: plus(LOCK_MINUTES) });
    expect(db.select().from(users).where(eq(users.id, userId)).get()!.lockedUntil).toBe(plus(LOCK_MINUTES).toISOString());
  });

  it('a correct password clears the count (and a lock set by its own reservation)', () => {
    for (let i = 0; i < 5; i++) reserveAttempt(db, userId, t0);
    clearAttempts(db, userId);
    expect(reserveAttempt(db, userId, t0)).toEqual({ ok: true, attempt: 1, locksNow: false });
  });

  it('an expired lock starts the count again', () => {
    for (let i = 0; i < 5; i++) reserveAttempt(db, userId, t0);
    expect(reserveAttempt(db, userId, plus(LOCK_MINUTES - 1)).ok).toBe(false);
    expect(reserveAttempt(db, userId, plus(LOCK_MINUTES))).toEqual({ ok: true, attempt: 1, locksNow: false });
  });
});
