/**
 * Database sessions (after the Lucia guide): the cookie holds a random token, the table holds its
 * SHA-256. A session ends after `idleMinutes` without a request or `absoluteHours` after login,
 * whichever comes first, both read from the settings at every check (lowering them shortens
 * existing sessions); disabling a user or changing a password deletes their sessions. Expired rows
 * are pruned as logins and requests arrive, a bounded number at a time. Plain module (no
 * 'server-only') so scripts can use it.
 */
import { and, eq, inArray, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { appMeta, sessions, users, type Session, type User } from '@/db/schema';
import { storageFailure } from '@/db/storage-errors';
import { generateSessionToken, hashToken } from './tokens';

export const SESSION_COOKIE = 'saima_session';

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = { idleMinutes: 30, absoluteHours: 12 };

/**
 * The two reads of every request's session check, prepared once per connection: building a
 * drizzle query costs some twenty times running it, and the whole-page cache runs this check for
 * every page it sends.
 */
function prepareReads(db: Db) {
  return {
    meta: db.select().from(appMeta).prepare(),
    session: db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(sessions.userId, users.id))
      .where(eq(sessions.id, sql.placeholder('id')))
      .prepare(),
  };
}

const preparedReads = new WeakMap<Db, ReturnType<typeof prepareReads>>();

function reads(db: Db): ReturnType<typeof prepareReads> {
  let r = preparedReads.get(db);
  if (!r) preparedReads.set(db, (r = prepareReads(db)));
  return r;
}

/** Session timeouts from app_meta (`session_idle_minutes`, `session_absolute_hours`), else defaults. */
export function getSessionSettings(db: Db): SessionSettings {
  const rows = reads(db).meta.all();
  const read = (key: string, fallback: number, max: number) => {
    const n = Number(rows.find((r) => r.key === key)?.value);
    return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
  };
  return {
    idleMinutes: read('session_idle_minutes', DEFAULT_SESSION_SETTINGS.idleMinutes, 24 * 60),
    absoluteHours: read('session_absolute_hours', DEFAULT_SESSION_SETTINGS.absoluteHours, 24 * 30),
  };
}

/** Creates a session and returns the token for the cookie (never stored). */
export function createSession(
  db: Db,
  userId: number,
  meta: { ip?: string | null; userAgent?: string | null } = {},
  now = new Date(),
): { token: string; expiresAt: Date } {
  pruneExpiredSessions(db, now);
  const token = generateSessionToken();
  const settings = getSessionSettings(db);
  const expiresAt = new Date(now.getTime() + settings.absoluteHours * 3600_000);
  db.insert(sessions)
    .values({
      id: hashToken(token),
      userId,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .run();
  return { token, expiresAt };
}

/** For benchmarks and tools: a session for a user, returning the cookie token. */
export function createSessionForUser(db: Db, userId: number): string {
  return createSession(db, userId).token;
}

/** Rows deleted per pruning pass, so that no request pays for a large backlog. */
export const PRUNE_BATCH = 200;
const PRUNE_EVERY_MS = 60_000;
const pruneClock = globalThis as unknown as { saimaSessionPrunedAt?: number };

/**
 * Deletes up to `limit` sessions that are past the idle timeout or the absolute lifetime under the
 * current settings. Returns how many were deleted.
 */
export function pruneExpiredSessions(db: Db, now = new Date(), limit = PRUNE_BATCH): number {
  const settings = getSessionSettings(db);
  const idleCutoff = new Date(now.getTime() - settings.idleMinutes * 60_000).toISOString();
  const absoluteCutoff = new Date(now.getTime() - settings.absoluteHours * 3600_000).toISOString();
  const expired = db
    .select({ id: sessions.id })
    .from(sessions)
    .where(or(lte(sessions.lastSeenAt, idleCutoff), lte(sessions.createdAt, absoluteCutoff)))
    .limit(limit);
  return db.delete(sessions).where(inArray(sessions.id, expired)).run().changes;
}

/**
 * The housekeeping writes of a request that only reads (pruning, the last-seen time, deleting an
 * expired row): when the storage refuses them (disk full, read-only file) reading goes on. The idle
 * timer then counts from the last touch that could be written, so a session ends sooner, never later.
 */
function housekeeping(write: () => void): void {
  try {
    write();
  } catch (e) {
    if (!storageFailure(e)) throw e;
  }
}

/** Prunes at most once a minute per process (called on every validated request). */
function maybePrune(db: Db, now: Date): void {
  if (now.getTime() - (pruneClock.saimaSessionPrunedAt ?? 0) < PRUNE_EVERY_MS) return;
  pruneClock.saimaSessionPrunedAt = now.getTime();
  pruneExpiredSessions(db, now);
}

/**
 * The session and its (fresh) user for a token, or null when unknown, expired or the user is
 * disabled. Expiry uses the current settings: idle since `lastSeenAt`, absolute since `createdAt`
 * (the `expiresAt` stored at login only dates the cookie). Expired sessions are deleted. Touches
 * lastSeenAt at most once a minute.
 */
export function validateSessionToken(db: Db, token: string, now = new Date()): { session: Session; user: User } | null {
  if (!token || token.length > 100) return null;
  housekeeping(() => maybePrune(db, now));
  const id = hashToken(token);
  const row = reads(db).session.get({ id });
  if (!row) return null;
  const settings = getSessionSettings(db);
  const idleLimit = Date.parse(row.session.lastSeenAt) + settings.idleMinutes * 60_000;
  const absoluteLimit = Date.parse(row.session.createdAt) + settings.absoluteHours * 3600_000;
  const t = now.getTime();
  if (!(t < idleLimit && t < absoluteLimit) || row.user.disabled) {
    housekeeping(() => db.delete(sessions).where(eq(sessions.id, id)).run());
    return null;
  }
  if (t - Date.parse(row.session.lastSeenAt) > 60_000) {
    housekeeping(() => db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, id)).run());
  }
  return row;
}

/**
 * After a password change: deletes every session of the user and opens a new one for the caller
 * (a new token: the one used before the change no longer works). Returns the new session.
 */
export function rotateUserSessions(
  db: Db,
  userId: number,
  meta: { ip?: string | null; userAgent?: string | null } = {},
  now = new Date(),
): { token: string; expiresAt: Date } {
  const next = createSession(db, userId, meta, now);
  db.delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, hashToken(next.token))))
    .run();
  return next;
}

export function invalidateSession(db: Db, token: string): void {
  db.delete(sessions)
    .where(eq(sessions.id, hashToken(token)))
    .run();
}

export function invalidateUserSessions(db: Db, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}
