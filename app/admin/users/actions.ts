'use server';

import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { appMeta, competitions, indicators, sessions, taskForces, userScopes, users } from '@/db/schema';
import { action } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { hashPassword } from '@/lib/auth/password';
import { getSessionSettings, invalidateUserSessions } from '@/lib/auth/session-store';
import { generatePassword } from '@/lib/auth/tokens';
import type { Db } from '@/db';
import { placeScopeRows } from '@/db/mutations/place-scopes';
import {
  ChangeRoleInput,
  CreateUserInput,
  RevokeSessionInput,
  SessionSettingsInput,
  SetScopesInput,
  UserIdInput,
} from '@/lib/validation/user';

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

export const createUserAction = action({
  name: 'user.create',
  schema: CreateUserInput,
  permission: 'user:manage',
  prepare: async () => {
    const password = generatePassword();
    return { password, hash: await hashPassword(password) };
  },
  run: ({ db, input, audit }, { password, hash }) => {
    if (db.select().from(users).where(eq(users.username, input.username)).get()) {
      throw new ActionError(`用户名“${input.username}”已被使用，请换一个。`, 'invalid', { username: ['用户名已被使用'] });
    }
    const row = db
      .insert(users)
      .values({ ...input, passwordHash: hash, mustChangePassword: true })
      .returning({ id: users.id })
      .get();
    audit({ action: 'user.create', entityType: 'user', entityId: row.id, after: { username: input.username, role: input.role } });
    return { id: row.id, notice: `已创建账号 ${input.username}。初始密码（仅显示这一次）：${password}　首次登录须修改密码。` };
  },
  revalidate: ['/admin/users'],
});

export const setDisabledAction = action({
  name: 'user.disable',
  schema: UserIdInput,
  permission: 'user:manage',
  run: ({ db, input, user, audit }) => {
    const target = getUserOrThrow(db, input.userId);
    const disable = !target.disabled;
    if (disable && target.id === user.id) throw new ActionError('不能停用自己的账号。', 'invalid');
    if (disable && target.role === 'admin') assertAnotherAdminRemains(db, target.id);
    db.update(users).set({ disabled: disable }).where(eq(users.id, target.id)).run();
    if (disable) invalidateUserSessions(db, target.id);
    audit({
      action: disable ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: target.id,
      before: { disabled: target.disabled },
      after: { disabled: disable },
    });
    return { notice: disable ? `已停用 ${target.username}，其所有会话已注销。` : `已启用 ${target.username}。` };
  },
  revalidate: ['/admin/users'],
});

export const resetPasswordAction = action({
  name: 'password.reset',
  schema: UserIdInput,
  permission: 'user:manage',
  prepare: async () => {
    const password = generatePassword();
    return { password, hash: await hashPassword(password) };
  },
  run: ({ db, input, audit }, { password, hash }) => {
    const target = getUserOrThrow(db, input.userId);
    db.update(users)
      .set({ passwordHash: hash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null })
      .where(eq(users.id, target.id))
      .run();
    invalidateUserSessions(db, target.id);
    audit({ action: 'password.reset', entityType: 'user', entityId: target.id });
    return { notice: `已重置 ${target.username} 的密码并解除锁定。新密码（仅显示这一次）：${password}　登录后须修改。` };
  },
  revalidate: ['/admin/users'],
});

export const changeRoleAction = action({
  name: 'user.role',
  schema: ChangeRoleInput,
  permission: 'user:manage',
  run: ({ db, input, audit }) => {
    const target = getUserOrThrow(db, input.userId);
    if (target.role === input.role) return { notice: '角色未变化。' };
    if (target.role === 'admin' && input.role !== 'admin') assertAnotherAdminRemains(db, target.id);
    db.update(users).set({ role: input.role }).where(eq(users.id, target.id)).run();
    audit({ action: 'user.role', entityType: 'user', entityId: target.id, before: { role: target.role }, after: { role: input.role } });
    return { notice: '角色已变更，下一次请求起生效。' };
  },
  revalidate: ['/admin/users'],
});

/** Refuses ids that name no competition, task force or indicator (a forged or stale form). */
function assertScopesExist(db: Db, input: { competitionIds: number[]; taskForceIds: number[]; indicatorIds: number[] }) {
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

export const setScopesAction = action({
  name: 'user.scopes',
  schema: SetScopesInput,
  permission: 'user:manage',
  run: ({ db, input, audit }) => {
    const target = getUserOrThrow(db, input.userId);
    assertScopesExist(db, input);
    const places = placeScopeRows(db, target.id, input);
    const key = (r: { scopeType: string; scopeId: number }) => `${r.scopeType}:${r.scopeId}`;
    const before = db.select().from(userScopes).where(eq(userScopes.userId, target.id)).all().map(key).sort();
    const rows = [
      ...input.competitionIds.map((id) => ({ userId: target.id, scopeType: 'competition' as const, scopeId: id })),
      ...input.taskForceIds.map((id) => ({ userId: target.id, scopeType: 'taskForce' as const, scopeId: id })),
      ...input.indicatorIds.map((id) => ({ userId: target.id, scopeType: 'indicator' as const, scopeId: id })),
      ...places,
    ];
    const after = [...new Set(rows.map(key))].sort();
    const summary = `共 ${after.length} 项`;
    if (before.join() === after.join()) return { notice: `授权范围未变化（${summary}）。` };
    db.delete(userScopes).where(eq(userScopes.userId, target.id)).run();
    if (rows.length) db.insert(userScopes).values(rows).onConflictDoNothing().run();
    audit({ action: 'user.scopes', entityType: 'user', entityId: target.id, before, after });
    return { notice: `授权范围已更新（${summary}），下一次请求起生效。` };
  },
  revalidate: ['/admin/users'],
});

export const revokeSessionAction = action({
  name: 'session.revoke',
  schema: RevokeSessionInput,
  permission: 'user:manage',
  run: ({ db, input, audit }) => {
    const s = db.select().from(sessions).where(eq(sessions.id, input.sessionId)).get();
    if (!s) throw new ActionError('该会话已结束。', 'not_found');
    db.delete(sessions).where(eq(sessions.id, input.sessionId)).run();
    audit({ action: 'session.revoke', entityType: 'user', entityId: s.userId, detail: s.id.slice(0, 12) });
    return { notice: '会话已注销。' };
  },
  revalidate: ['/admin/users'],
});

export const updateSessionSettingsAction = action({
  name: 'settings.update',
  schema: SessionSettingsInput,
  permission: 'user:manage',
  run: ({ db, input, audit }) => {
    const before = getSessionSettings(db);
    if (before.idleMinutes === input.idleMinutes && before.absoluteHours === input.absoluteHours) return { notice: '会话设置未变化。' };
    for (const [key, value] of [
      ['session_idle_minutes', input.idleMinutes],
      ['session_absolute_hours', input.absoluteHours],
    ] as const) {
      db.insert(appMeta)
        .values({ key, value: String(value) })
        .onConflictDoUpdate({ target: appMeta.key, set: { value: String(value) } })
        .run();
    }
    audit({ action: 'settings.update', entityType: 'session', entityId: 'settings', before, after: input });
    return { notice: '会话设置已保存。' };
  },
  revalidate: ['/admin/users'],
});
