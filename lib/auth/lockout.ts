/**
 * The per-account lockout, counted in the database in one statement: each password check first
 * reserves an attempt (UPDATE … RETURNING), and the 5th reservation sets the lock at once, so
 * parallel requests get exactly 5 checks and every later one is refused without verifying. A
 * correct password clears the count. Plain module (no 'server-only') so unit tests can use it.
 */
import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { users } from '@/db/schema';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export type Reservation = { ok: true; attempt: number; locksNow: boolean } | { ok: false; lockedUntil: Date };

/**
 * Reserves one password check for the user. `attempt` counts the reservations since the last
 * success or lock (1–5); `locksNow` is true for the 5th, whose lock holds unless it succeeds.
 * Refused (`ok: false`) while the account is locked. An expired lock starts the count again.
 */
export function reserveAttempt(db: Db, userId: number, now = new Date()): Reservation {
  const nowIso = now.toISOString();
  const until = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
  const previous = sql`(case when ${users.lockedUntil} is not null then 0 else ${users.failedAttempts} end)`;
  const row = db
    .update(users)
    .set({
      failedAttempts: sql`${previous} + 1`,
      lockedUntil: sql`case when ${previous} + 1 >= ${MAX_FAILURES} then ${until} else null end`,
    })
    .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, nowIso))))
    .returning({ attempt: users.failedAttempts, lockedUntil: users.lockedUntil })
    .get();
  if (row) return { ok: true, attempt: row.attempt, locksNow: row.lockedUntil !== null };
  const locked = db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, userId)).get();
  return { ok: false, lockedUntil: new Date(locked?.lockedUntil ?? until) };
}

/** After a correct password: no failures, no lock. */
export function clearAttempts(db: Db, userId: number): void {
  db.update(users).set({ failedAttempts: 0, lockedUntil: null }).where(eq(users.id, userId)).run();
}
