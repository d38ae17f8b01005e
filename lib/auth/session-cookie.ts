import 'server-only';
import { cookies, headers } from 'next/headers';
import { SESSION_COOKIE } from './session-store';

/**
 * Sets the session cookie: HttpOnly, SameSite=Lax, expiring with the session, and Secure when the
 * request came over HTTPS (X-Forwarded-Proto of a trusted proxy: the server removes it from anyone
 * else). Returns a setter usable later in a synchronous transaction.
 */
export async function sessionCookieSetter(): Promise<(token: string, expiresAt: Date) => void> {
  const jar = await cookies();
  const secure = (await headers()).get('x-forwarded-proto') === 'https';
  return (token, expiresAt) => jar.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}
