'use server';

import { getNow } from '@/db/queries/clock';
import type { Actor } from '@/db/mutations/context';
import {
  deleteSession,
  insertUser,
  replaceUserScopes,
  resetUserPassword,
  toggleUserDisabled,
  updateSessionSettings,
  updateUserRole,
} from '@/db/mutations/users';
import { action, type ActionContext } from '@/lib/actions/action';
import { hashPassword } from '@/lib/auth/password';
import { generatePassword } from '@/lib/auth/tokens';
import {
  ChangeRoleInput,
  CreateUserInput,
  RevokeSessionInput,
  SessionSettingsInput,
  SetScopesInput,
  UserIdInput,
} from '@/lib/validation/user';

function actor<I>(ctx: ActionContext<I>): Actor {
  return { user: ctx.user, now: getNow(), audit: ctx.audit };
}

/** A one-time password and its hash (hashing is slow: done before the transaction). */
async function oneTimePassword() {
  const password = generatePassword();
  return { password, hash: await hashPassword(password) };
}

export const createUserAction = action({
  name: 'user.create',
  schema: CreateUserInput,
  permission: 'user:manage',
  prepare: oneTimePassword,
  run: (ctx, { password, hash }) => {
    const row = insertUser(ctx.db, actor(ctx), { ...ctx.input, passwordHash: hash });
    return { id: row.id, notice: `已创建账号 ${ctx.input.username}。初始密码（仅显示这一次）：${password}　首次登录须修改密码。` };
  },
  revalidate: ['/admin/users'],
});

export const setDisabledAction = action({
  name: 'user.disable',
  schema: UserIdInput,
  permission: 'user:manage',
  run: (ctx) => {
    const t = toggleUserDisabled(ctx.db, actor(ctx), ctx.input.userId);
    return { notice: t.disabled ? `已停用 ${t.username}，其所有会话已注销。` : `已启用 ${t.username}。` };
  },
  revalidate: ['/admin/users'],
});

export const resetPasswordAction = action({
  name: 'password.reset',
  schema: UserIdInput,
  permission: 'user:manage',
  prepare: oneTimePassword,
  run: (ctx, { password, hash }) => {
    const t = resetUserPassword(ctx.db, actor(ctx), ctx.input.userId, hash);
    return { notice: `已重置 ${t.username} 的密码并解除锁定。新密码（仅显示这一次）：${password}　登录后须修改。` };
  },
  revalidate: ['/admin/users'],
});

export const changeRoleAction = action({
  name: 'user.role',
  schema: ChangeRoleInput,
  permission: 'user:manage',
  run: (ctx) => ({
    notice: updateUserRole(ctx.db, actor(ctx), ctx.input.userId, ctx.input.role) ? '角色已变更，下一次请求起生效。' : '角色未变化。',
  }),
  revalidate: ['/admin/users'],
});

export const setScopesAction = action({
  name: 'user.scopes',
  schema: SetScopesInput,
  permission: 'user:manage',
  run: (ctx) => {
    const { userId, ...ids } = ctx.input;
    const r = replaceUserScopes(ctx.db, actor(ctx), userId, ids);
    return { notice: r.changed ? `授权范围已更新（共 ${r.count} 项），下一次请求起生效。` : `授权范围未变化（共 ${r.count} 项）。` };
  },
  revalidate: ['/admin/users'],
});

export const revokeSessionAction = action({
  name: 'session.revoke',
  schema: RevokeSessionInput,
  permission: 'user:manage',
  run: (ctx) => {
    deleteSession(ctx.db, actor(ctx), ctx.input.sessionId);
    return { notice: '会话已注销。' };
  },
  revalidate: ['/admin/users'],
});

export const updateSessionSettingsAction = action({
  name: 'settings.update',
  schema: SessionSettingsInput,
  permission: 'user:manage',
  run: (ctx) => ({ notice: updateSessionSettings(ctx.db, actor(ctx), ctx.input) ? '会话设置已保存。' : '会话设置未变化。' }),
  revalidate: ['/admin/users'],
});
