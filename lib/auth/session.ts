import 'server-only';
import { eq } from 'drizzle-orm';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { userScopes } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { can, type AuthUser, type Permission, type Scope } from './permissions';
import { SESSION_COOKIE, validateSessionToken } from './session-store';

export type { AuthUser } from './permissions';

/** Client address as the server sees it: X-Real-IP / X-Forwarded-For set by a trusted reverse proxy. */
export async function requestIp(): Promise<string | null> {
  const h = await headers();
  const real = h.get('x-real-ip');
  if (real) return real.slice(0, 64);
  const fwd = h.get('x-forwarded-for');
  return fwd ? fwd.split(',')[0]!.trim().slice(0, 64) : null;
}

export function loadScopes(userId: number): AuthUser['scopes'] {
  const rows = getDb().select().from(userScopes).where(eq(userScopes.userId, userId)).all();
  const of = (t: string) => rows.filter((r) => r.scopeType === t).map((r) => r.scopeId);
  return { competitionIds: of('competition'), taskForceIds: of('taskForce'), indicatorIds: of('indicator') };
}

/**
 * The logged-in user of this request with role and scopes read fresh from the database (a demoted or
 * disabled user loses access on the next request), or null. Memoised per request.
 */
export const getCurrentUser = cache(async (): Promise<AuthUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const result = validateSessionToken(getDb(), token);
  if (!result) return null;
  const u = result.user;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    mustChangePassword: u.mustChangePassword,
    scopes: loadScopes(u.id),
  };
});

/**
 * For pages: the user, or a redirect to /login. Accounts that must change their password are sent
 * to /account/password first (pass `{ allowPasswordChange: true }` from that page).
 */
export async function requireUser(opts: { allowPasswordChange?: boolean } = {}): Promise<AuthUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  if (user.mustChangePassword && !opts.allowPasswordChange) redirect('/account/password');
  return user;
}

/** Records a refused authorization in the audit log. */
export async function auditDenied(user: AuthUser | null, action: string, scope?: Scope, detail?: string): Promise<void> {
  writeAudit(getDb(), {
    action: 'access.denied',
    userId: user?.id ?? null,
    username: user?.username ?? null,
    ip: await requestIp(),
    entityType: action,
    entityId: scope ? JSON.stringify(scope) : null,
    detail: detail ?? null,
  });
}

/**
 * For pages that need more than reading: the user if `can(user, permission, scope)`, else the denial
 * is audited and the visitor sees the 403 page.
 */
export async function requirePermission(permission: Permission, scope?: Scope): Promise<AuthUser> {
  const user = await requireUser();
  if (!can(user, permission, scope)) {
    await auditDenied(user, permission, scope, 'page');
    redirect('/forbidden');
  }
  return user;
}
