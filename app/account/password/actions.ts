'use server';

import { headers } from 'next/headers';
import { changeOwnPassword } from '@/db/mutations/account';
import { action } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { checkCurrentPassword } from '@/lib/auth/login';
import { checkPasswordPolicy, hashPassword } from '@/lib/auth/password';
import { requestIp } from '@/lib/auth/session';
import { sessionCookieSetter } from '@/lib/auth/session-cookie';
import { ChangePasswordInput } from '@/lib/validation/user';

/**
 * Changes the caller's own password (required at first login for accounts an admin created). The
 * current password is checked under the login lockout; on success every session of the user ends
 * and the caller continues in a new one (a new cookie).
 */
export const changePasswordAction = action({
  name: 'password.change',
  schema: ChangePasswordInput,
  permission: null,
  allowPasswordChange: true,
  prepare: async (input, user) => {
    const ip = await requestIp();
    const refused = await checkCurrentPassword(user.id, user.username, input.currentPassword, ip);
    if (refused) {
      throw new ActionError(refused.message, refused.locked ? 'rate_limited' : 'invalid', {
        currentPassword: [refused.locked ? '账号已锁定' : '当前密码不正确'],
      });
    }
    const problem = checkPasswordPolicy(input.newPassword, user.username);
    if (problem) throw new ActionError(problem, 'invalid', { newPassword: [problem] });
    if (input.newPassword === input.currentPassword)
      throw new ActionError('新密码不能与当前密码相同。', 'invalid', { newPassword: ['新密码不能与当前密码相同'] });
    const meta = { ip, userAgent: (await headers()).get('user-agent') };
    return { hash: await hashPassword(input.newPassword), setCookie: await sessionCookieSetter(), meta };
  },
  run: ({ db, user, audit }, { hash, setCookie, meta }) => {
    const session = changeOwnPassword(db, { user, now: new Date(), audit }, { passwordHash: hash, meta });
    setCookie(session.token, session.expiresAt);
    return null;
  },
});
