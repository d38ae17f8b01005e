import 'server-only';
import { asc, desc, eq, inArray, like, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, sessions, userScopes, users } from '@/db/schema';
import type { AuthUser } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/permissions';
import { getSessionSettings, type SessionSettings } from '@/lib/auth/session-store';

function assertAdmin(viewer: AuthUser) {
  if (!can(viewer, 'user:manage')) throw new Error('forbidden: user:manage');
}

/** All accounts with their scopes and open-session counts. Admin only (checked here too). */
export function listUsers(viewer: AuthUser) {
  assertAdmin(viewer);
  const db = getDb();
  const rows = db.select().from(users).orderBy(asc(users.id)).all();
  const scopes = db.select().from(userScopes).all();
  const sess = db.select({ userId: sessions.userId }).from(sessions).all();
  return rows.map(({ passwordHash: _hash, ...u }) => ({
    ...u,
    scopes: scopes.filter((s) => s.userId === u.id),
    sessionCount: sess.filter((s) => s.userId === u.id).length,
    locked: u.lockedUntil !== null && Date.parse(u.lockedUntil) > Date.now(),
  }));
}

/** The session limits in force (idle minutes, absolute hours). Admin only. */
export function getSessionSettingsFor(viewer: AuthUser): SessionSettings {
  assertAdmin(viewer);
  return getSessionSettings(getDb());
}

/** One account with its scopes and sessions, or null. Admin only. */
export function getUserDetail(viewer: AuthUser, userId: number) {
  assertAdmin(viewer);
  const db = getDb();
  const row = db.select().from(users).where(eq(users.id, userId)).get();
  if (!row) return null;
  const { passwordHash: _hash, ...user } = row;
  return {
    user,
    scopes: db.select().from(userScopes).where(eq(userScopes.userId, userId)).all(),
    sessions: db.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(desc(sessions.lastSeenAt)).all(),
  };
}

export const SECURITY_ACTIONS = [
  'login.success',
  'login.failure',
  'login.locked',
  'login.rate_limited',
  'logout',
  'password.change',
  'password.reset',
  'user.create',
  'user.disable',
  'user.enable',
  'user.role',
  'user.scopes',
  'session.revoke',
  'access.denied',
  'settings.update',
];

/** The latest security events (newest first), optionally filtered by username. Admin only. */
export function listSecurityEvents(viewer: AuthUser, opts: { username?: string; limit?: number } = {}) {
  assertAdmin(viewer);
  const q = getDb().select().from(auditLog);
  const filtered = opts.username
    ? q.where(or(like(auditLog.username, `%${opts.username}%`)))
    : q.where(inArray(auditLog.action, SECURITY_ACTIONS));
  return filtered
    .orderBy(desc(auditLog.id))
    .limit(opts.limit ?? 200)
    .all();
}
