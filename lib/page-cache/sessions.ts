/**
 * The session check of the whole-page cache, remembered per token for one generation (data version
 * and minute). A session is changed only by a write: a logout, a password change, disabling the
 * user, new session settings all commit on the app's connection, which changes the data version and
 * so forgets every remembered check; the next request of that session is checked in full again. An
 * expiry needs no write: a remembered check holds only until the session's own idle or absolute
 * limit as read. Writes of the check itself (last-seen time, pruning) run when a token is checked in
 * full, the first time in each generation: the last-seen time then lags by up to a minute more, so an
 * idle session ends sooner, never later.
 */
import type { Db } from '@/db/connection';
import { getSessionSettings, validateSessionToken } from '@/lib/auth/session-store';

export interface CheckedSession {
  userId: number;
  mustChangePassword: boolean;
}

interface Remembered extends CheckedSession {
  /** Epoch milliseconds from which the session is past its idle or absolute limit. */
  until: number;
}

/** Tokens remembered at most per generation; past it the memory starts again. */
const MAX_TOKENS = 10_000;

export interface SessionMemo {
  /** The user of a valid session `token` in `generation`, or null (unknown, expired, disabled user). */
  check(token: string, generation: string): CheckedSession | null;
}

/** A memo over the server's own connection `db`. */
export function createSessionMemo(db: Db): SessionMemo {
  let at = '';
  const known = new Map<string, Remembered>();
  return {
    check(token, generation) {
      if (generation !== at) {
        known.clear();
        at = generation;
      }
      const now = Date.now();
      const hit = known.get(token);
      if (hit && now < hit.until) return hit;
      const found = validateSessionToken(db, token, new Date(now));
      if (!found) {
        known.delete(token);
        return null;
      }
      const settings = getSessionSettings(db);
      const until = Math.min(
        Date.parse(found.session.lastSeenAt) + settings.idleMinutes * 60_000,
        Date.parse(found.session.createdAt) + settings.absoluteHours * 3600_000,
      );
      const checked: Remembered = { userId: found.user.id, mustChangePassword: found.user.mustChangePassword, until };
      if (known.size >= MAX_TOKENS) known.clear();
      known.set(token, checked);
      return checked;
    },
  };
}
