import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb, type Db } from '@/db';
import { perConnection } from '@/db/prepared';
import { userScopes } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { CLIENT_ADDRESS_HEADER, clientAddressHeaderDeclared } from './client-address';
import { can, type AuthUser, type Permission, type Scope } from './permissions';
import { SESSION_COOKIE, validateSessionToken } from './session-store';

export type { AuthUser } from './permissions';

/** The refusal of every action and download while the account must first change its password. */
export const MUST_CHANGE_PASSWORD = '请先修改密码：首次登录或密码被重置后，须在“修改密码”页设置自己的密码，然后才能操作。';

/**
 * The client address of this request as the HTTP server computed it from the socket and the
 * trusted proxies (scripts/server.ts). No header a client sends is read. Null when the app runs
 * without that server (e.g. `next dev`).
 */
export async function requestIp(): Promise<string | null> {
  if (!clientAddressHeaderDeclared()) return null;
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || null;
}

const scopesRead = perConnection((db: Db) =>
  db
    .select()
    .from(userScopes)
    .where(eq(userScopes.userId, sql.placeholder('userId')))
    .prepare(),
);

export function loadScopes(userId: number): AuthUser['scopes'] {
  const rows = scopesRead(getDb()).all({ userId });
  const of = (t: string) => rows.filter((r) => r.scopeType === t).map((r) => r.scopeId);
  return {
    competitionIds: of('competition'),
    taskForceIds: of('taskForce'),
    indicatorIds: of('indicator'),
    villageIds: of('village'),
    townshipIds: of('township'),
  };
}

/**
 * The user of this request's session with role and scopes read fresh from the database (a demoted
 * or disabled user loses access on the next request), including an account that must change its
 * password; or null. Memoised per request. Only the password page, login and logout need this:
 * everything else uses getCurrentUser, requireUser or the action() wrapper.
 */
export const getSessionUser = cache(async (): Promise<AuthUser | null> => {
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

/** The logged-in user who may use the system: null without a session and while the password must be changed. */
export async function getCurrentUser(): Promise<AuthUser | null> {
  const user = await getSessionUser();
  return user && !user.mustChangePassword ? user : null;
}

/**
 * For route handlers (downloads): the user, or the refusal to send — 401 without a session, 403
 * (audited) while the account must change its password.
 */
export async function authenticateRoute(name: string): Promise<{ ok: true; user: AuthUser } | { ok: false; response: Response }> {
  const user = await getSessionUser();
  if (!user) return { ok: false, response: Response.json({ message: '请先登录' }, { status: 401 }) };
  if (user.mustChangePassword) {
    await auditDenied(user, name, undefined, '须先修改密码');
    return { ok: false, response: Response.json({ message: MUST_CHANGE_PASSWORD }, { status: 403 }) };
  }
  return { ok: true, user };
}

/**
 * For pages: the user, or a redirect to /login. Accounts that must change their password are sent
 * to /account/password first (pass `{ allowPasswordChange: true }` from that page).
 */
export async function requireUser(opts: { allowPasswordChange?: boolean } = {}): Promise<AuthUser> {
  const user = await getSessionUser();
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
    await auditDenied(user, permission, scope, '打开页面');
    redirect('/forbidden');
  }
  return user;
}
