/**
 * A user's own account: changing the password (every session ends, the caller continues in a new
 * one) and logging out. The login itself (lockout, rate limit, session) is lib/auth/login.ts.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { AuthUser } from '@/lib/auth/permissions';
import { invalidateSession, rotateUserSessions } from '@/lib/auth/session-store';
import type { Actor } from './context';

/**
 * Stores the new password hash (the must-change flag cleared), ends every session of the user and
 * opens a new one for this device; returns its token for the cookie.
 */
export function changeOwnPassword(
  db: Db,
  actor: Actor,
  input: { passwordHash: string; meta: { ip: string | null; userAgent: string | null } },
): { token: string; expiresAt: Date } {
  db.update(users)
    .set({ passwordHash: input.passwordHash, mustChangePassword: false, passwordChangedAt: new Date().toISOString() })
    .where(eq(users.id, actor.user.id))
    .run();
  const session = rotateUserSessions(db, actor.user.id, input.meta);
  actor.audit({ action: 'password.change', entityType: 'user', entityId: actor.user.id });
  return session;
}

/** Ends the session of `token` (if any) and audits the logout of `user` (if the session was valid). */
export function logout(db: Db, input: { token: string | undefined; user: AuthUser | null; ip: string | null }): void {
  db.$client.transaction(() => {
    if (input.token) invalidateSession(db, input.token);
    if (input.user) writeAudit(db, { action: 'logout', userId: input.user.id, username: input.user.username, ip: input.ip });
  })();
}
