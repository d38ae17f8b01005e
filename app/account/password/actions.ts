'use server';

import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { action } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '@/lib/auth/password';
import { getDb } from '@/db';
import { ChangePasswordInput } from '@/lib/validation/user';

/** Changes the caller's own password (required at first login for accounts an admin created). */
export const changePasswordAction = action({
  name: 'password.change',
  schema: ChangePasswordInput,
  permission: null,
  prepare: async (input, user) => {
    const row = getDb().select().from(users).where(eq(users.id, user.id)).get();
    if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
      throw new ActionError('当前密码不正确，请重新输入。', 'invalid', { currentPassword: ['当前密码不正确'] });
    }
    const problem = checkPasswordPolicy(input.newPassword, user.username);
    if (problem) throw new ActionError(problem, 'invalid', { newPassword: [problem] });
    if (input.newPassword === input.currentPassword)
      throw new ActionError('新密码不能与当前密码相同。', 'invalid', { newPassword: ['新密码不能与当前密码相同'] });
    return hashPassword(input.newPassword);
  },
  run: ({ db, user, audit }, hash) => {
    db.update(users)
      .set({ passwordHash: hash, mustChangePassword: false, passwordChangedAt: new Date().toISOString() })
      .where(eq(users.id, user.id))
      .run();
    audit({ action: 'password.change', entityType: 'user', entityId: user.id });
    return null;
  },
});
