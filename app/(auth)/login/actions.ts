'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from '@/lib/validation/zod-zh';
import { getDb } from '@/db';
import { logout } from '@/db/mutations/account';
import { attemptLogin } from '@/lib/auth/login';
import { safeNext } from '@/lib/auth/safe-next';
import { getSessionUser, requestIp } from '@/lib/auth/session';
import { sessionCookieSetter } from '@/lib/auth/session-cookie';
import { SESSION_COOKIE } from '@/lib/auth/session-store';

export interface LoginState {
  message?: string;
  username?: string;
}

const LoginInput = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64, '用户名过长'),
  password: z.string().min(1, '请输入密码').max(256, '密码过长'),
  next: z.unknown().optional(),
});

export async function loginAction(_prev: LoginState, formData: FormData | Record<string, unknown>): Promise<LoginState> {
  const get = (k: string) =>
    (formData instanceof FormData ? formData.get(k) : formData && typeof formData === 'object' ? formData[k] : undefined) ?? undefined;
  const parsed = LoginInput.safeParse({ username: get('username'), password: get('password'), next: get('next') });
  const typed = typeof get('username') === 'string' ? String(get('username')) : '';
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? '请输入用户名和密码', username: typed };
  const h = await headers();
  const outcome = await attemptLogin(parsed.data.username, parsed.data.password, { ip: await requestIp(), userAgent: h.get('user-agent') });
  if (!outcome.ok) return { message: outcome.message, username: typed };
  (await sessionCookieSetter())(outcome.token, outcome.expiresAt);
  redirect(outcome.mustChangePassword ? '/account/password' : safeNext(parsed.data.next));
}

export async function logoutAction(): Promise<void> {
  const jar = await cookies();
  const user = await getSessionUser();
  logout(getDb(), { token: jar.get(SESSION_COOKIE)?.value, user, ip: await requestIp() });
  jar.delete(SESSION_COOKIE);
  redirect('/login');
}
