/**
 * Accounts and their scopes, written by an administrator: create, disable/enable, reset the
 * password, change the role, set the scopes, end a session, the session settings. Synchronous,
 * inside the action's transaction; each audits what it changed. Hashing happens before, in the
 * action's preparation.
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { appMeta, competitions, indicators, sessions, taskForces, userScopes, users, type Role } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { getSessionSettings, invalidateUserSessions, type SessionSettings } from '@/lib/auth/session-store';
import { formatBeijingTime } from '@/lib/format';
import type { Actor } from './context';
import { placeScopeRows } from './place-scopes';

function getUserOrThrow(db: Db, userId: number) {
  const u = db.select().from(users).where(eq(users.id, userId)).get();
  if (!u) throw new ActionError('该账号不存在或已被删除，请刷新页面。', 'not_found');
  return u;
}

function assertAnotherAdminRemains(db: Db, userId: number) {
  const others = db
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false), ne(users.id, userId)))
    .get()!.n;
  if (others === 0) throw new ActionError('系统至少需要保留一个启用的系统管理员账号。', 'invalid');
}

/** Creates an account that must change its password at first login; refuses a username in use. */
export function insertUser(db: Db, actor: Actor, input: { username: string; displayName: string; role: Role; passwordHash: string }) {
  if (db.select().from(users).where(eq(users.username, input.username)).get()) {
    throw new ActionError(`用户名“${input.username}”已被使用，请换一个。`, 'invalid', { username: ['用户名已被使用'] });
  }
  const row = db
    .insert(users)
    .values({ ...input, mustChangePassword: true })
    .returning({ id: users.id })
    .get();
  actor.audit({ action: 'user.create', entityType: 'user', entityId: row.id, after: { username: input.username, role: input.role } });
  return row;
}

/** Disables an enabled account (ending its sessions) or enables a disabled one; never oneself, never the last administrator. */
export function toggleUserDisabled(db: Db, actor: Actor, userId: number) {
  const target = getUserOrThrow(db, userId);
  const disable = !target.disabled;
  if (disable && target.id === actor.user.id) throw new ActionError('不能停用自己的账号。', 'invalid');
  if (disable && target.role === 'admin') assertAnotherAdminRemains(db, target.id);
  db.update(users).set({ disabled: disable }).where(eq(users.id, target.id)).run();
  if (disable) invalidateUserSessions(db, target.id);
  actor.audit({
    action: disable ? 'user.disable' : 'user.enable',
    entityType: 'user',
    entityId: target.id,
    before: { disabled: target.disabled },
    after: { disabled: disable },
  });
  return { username: target.username, disabled: disable };
}

/** Sets a new (one-time) password hash, clears the lockout and ends every session of the account. */
export function resetUserPassword(db: Db, actor: Actor, userId: number, passwordHash: string) {
  const target = getUserOrThrow(db, userId);
  db.update(users)
    .set({ passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null })
    .where(eq(users.id, target.id))
    .run();
  invalidateUserSessions(db, target.id);
  actor.audit({ action: 'password.reset', entityType: 'user', entityId: target.id });
  return { username: target.username };
}

/** Changes the role (the last enabled administrator keeps theirs); false when it was already that role. */
export function updateUserRole(db: Db, actor: Actor, userId: number, role: Role): boolean {
  const target = getUserOrThrow(db, userId);
  if (target.role === role) return false;
  if (target.role === 'admin' && role !== 'admin') assertAnotherAdminRemains(db, target.id);
  db.update(users).set({ role }).where(eq(users.id, target.id)).run();
  actor.audit({ action: 'user.role', entityType: 'user', entityId: target.id, before: { role: target.role }, after: { role } });
  return true;
}

export interface ScopeIds {
  competitionIds: number[];
  taskForceIds: number[];
  indicatorIds: number[];
  /** Administrative villages and township units (村庄经营, work items a township owns). */
  villageIds?: number[];
  townshipIds?: number[];
}

/** Refuses ids that name no competition, task force or indicator (a forged or stale form). */
function assertScopesExist(db: Db, input: ScopeIds) {
  const missing = (table: typeof competitions | typeof taskForces | typeof indicators, ids: number[]) => {
    if (ids.length === 0) return [];
    const found = new Set(
      db
        .select({ id: table.id })
        .from(table)
        .where(inArray(table.id, ids))
        .all()
        .map((r) => r.id),
    );
    return ids.filter((i) => !found.has(i));
  };
  const unknown = [
    ...missing(competitions, input.competitionIds),
    ...missing(taskForces, input.taskForceIds),
    ...missing(indicators, input.indicatorIds),
  ];
  if (unknown.length) throw new ActionError('所选的竞赛或专班已不存在，请刷新页面后重新勾选。', 'invalid');
}

/** Replaces the account's scopes; returns how many it has and whether they changed (nothing is written otherwise). */
export function replaceUserScopes(db: Db, actor: Actor, userId: number, input: ScopeIds): { count: number; changed: boolean } {
  const target = getUserOrThrow(db, userId);
  assertScopesExist(db, input);
  const key = (r: { scopeType: string; scopeId: number }) => `${r.scopeType}:${r.scopeId}`;
  const before = db.select().from(userScopes).where(eq(userScopes.userId, target.id)).all().map(key).sort();
  const rows = [
    ...input.competitionIds.map((id) => ({ userId: target.id, scopeType: 'competition' as const, scopeId: id })),
    ...input.taskForceIds.map((id) => ({ userId: target.id, scopeType: 'taskForce' as const, scopeId: id })),
    ...input.indicatorIds.map((id) => ({ userId: target.id, scopeType: 'indicator' as const, scopeId: id })),
    ...placeScopeRows(db, target.id, { villageIds: input.villageIds ?? [], townshipIds: input.townshipIds ?? [] }),
  ];
  const after = [...new Set(rows.map(key))].sort();
  if (before.join() === after.join()) return { count: after.length, changed: false };
  db.delete(userScopes).where(eq(userScopes.userId, target.id)).run();
  if (rows.length) db.insert(userScopes).values(rows).onConflictDoNothing().run();
  actor.audit({ action: 'user.scopes', entityType: 'user', entityId: target.id, before, after });
  return { count: after.length, changed: true };
}

/** Ends one session (the device is logged out at its next request). */
export function deleteSession(db: Db, actor: Actor, sessionId: string): void {
  const s = db.select().from(sessions).where(eq(sessions.id, sessionId)).get();
  if (!s) throw new ActionError('该会话已结束。', 'not_found');
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
  const from = s.ip ? `，来自 ${s.ip}` : '';
  actor.audit({
    action: 'session.revoke',
    entityType: 'user',
    entityId: s.userId,
    detail: `${formatBeijingTime(s.createdAt)}登录的会话${from}`,
  });
}

/** Saves the idle and absolute session limits; false when nothing changed. */
export function updateSessionSettings(db: Db, actor: Actor, input: SessionSettings): boolean {
  const before = getSessionSettings(db);
  if (before.idleMinutes === input.idleMinutes && before.absoluteHours === input.absoluteHours) return false;
  for (const [key, value] of [
    ['session_idle_minutes', input.idleMinutes],
    ['session_absolute_hours', input.absoluteHours],
  ] as const) {
    db.insert(appMeta)
      .values({ key, value: String(value) })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: String(value) } })
      .run();
  }
  actor.audit({ action: 'settings.update', entityType: 'session', entityId: 'settings', before, after: input });
  return true;
}
