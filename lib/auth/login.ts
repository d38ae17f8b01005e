import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db';
import { users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { formatBeijingTime, formatBeijingTimeShort } from '@/lib/format';
import { rateLimitKey } from './client-address';
import { clearAttempts, LOCK_MINUTES, MAX_FAILURES, reserveAttempt } from './lockout';
import {
  newLoginMemory,
  noteRefusal,
  pruneLoginMemory,
  releaseAddress,
  reserveAddress,
  reserveUnknown,
  type LoginMemory,
} from './login-memory';
import { dummyVerify, verifyPassword } from './password';
import { createSession } from './session-store';

export { LOCK_MINUTES, MAX_FAILURES } from './lockout';

/** Failed logins (wrong, unknown or locked) allowed per address in a sliding 15-minute window. */
const ADDRESS_LIMIT = { windowMs: 15 * 60_000, maxFailures: 30 };

export const LOGIN_FAILED = `用户名或密码错误。连续输错 ${MAX_FAILURES} 次，账号将被锁定 ${LOCK_MINUTES} 分钟。`;
export const ADDRESS_LIMITED = '该网络地址登录失败次数过多，请 15 分钟后再试。';

const mem = globalThis as unknown as { saimaLoginMemory?: LoginMemory };
function memory(): LoginMemory {
  mem.saimaLoginMemory ??= newLoginMemory();
  return mem.saimaLoginMemory;
}

/** The refusal shown while an account (or an unknown username) is locked. */
export function lockedMessage(until: Date): string {
  return `该账号因连续输错密码已被锁定，请于 ${formatBeijingTimeShort(until)}（北京时间）后再试，或联系系统管理员解锁。`;
}

export type LoginOutcome = { ok: true; token: string; expiresAt: Date; mustChangePassword: boolean } | { ok: false; message: string };
type Meta = { ip: string | null; userAgent: string | null };

/** Writes the aggregate rows of finished refusal windows (at most once a minute). */
function pruneCounters(db: Db, now: number): void {
  for (const w of pruneLoginMemory(memory(), now, ADDRESS_LIMIT.windowMs)) {
    writeAudit(db, { action: 'login.rate_limited', ip: w.address, detail: `限制期内另有 ${w.refused} 次登录请求被拒绝（未逐条记录）` });
  }
}

/** A request from a limited address: one audit row per address per window, the rest only counted. */
function refuseLimited(db: Db, key: string, meta: Meta, username: string, now: number): LoginOutcome {
  const note = noteRefusal(memory(), key, meta.ip, now, ADDRESS_LIMIT.windowMs);
  if (note.write) {
    const previous = note.previous ? `；上一限制期另有 ${note.previous.refused} 次请求被拒绝` : '';
    const detail = `该地址 15 分钟内登录失败 ${ADDRESS_LIMIT.maxFailures} 次，暂停其登录；之后 15 分钟内的请求只计数，不逐条记录${previous}`;
    writeAudit(db, { action: 'login.rate_limited', username, ip: meta.ip, detail });
  }
  return { ok: false, message: ADDRESS_LIMITED };
}

async function refuseUnknown(db: Db, username: string, password: string, meta: Meta, now: number): Promise<LoginOutcome> {
  const check = reserveUnknown(memory(), username, now, MAX_FAILURES, LOCK_MINUTES * 60_000);
  if (!check.ok) {
    writeAudit(db, { action: 'login.failure', username, ip: meta.ip, detail: '账号已锁定' });
    return { ok: false, message: lockedMessage(new Date(check.until)) };
  }
  await dummyVerify(password);
  writeAudit(db, { action: 'login.failure', username, ip: meta.ip, detail: '用户名不存在' });
  return { ok: false, message: check.locksNow ? lockedMessage(new Date(now + LOCK_MINUTES * 60_000)) : LOGIN_FAILED };
}

/**
 * Checks a username and password. Every attempt first reserves its slot in the per-address limit
 * (30 failures in 15 minutes) and in the account's lockout (5 checks, then 15 minutes locked),
 * both before the password is verified, so parallel requests cannot exceed either. Unknown users
 * and wrong passwords get the same message and similar timing (a dummy argon2 verify); unknown
 * usernames are "locked" alike, in memory. Every outcome is audited, except that a limited address
 * writes one aggregate row per window.
 */
export async function attemptLogin(username: string, password: string, meta: Meta): Promise<LoginOutcome> {
  const db = getDb();
  const now = Date.now();
  const audit = (action: string, userId: number | null, detail?: string) =>
    writeAudit(db, { action, userId, username, ip: meta.ip, detail });
  pruneCounters(db, now);
  const key = rateLimitKey(meta.ip);
  if (!reserveAddress(memory(), key, now, ADDRESS_LIMIT)) return refuseLimited(db, key, meta, username, now);
  const user = db.select().from(users).where(eq(users.username, username)).get();
  if (!user) return refuseUnknown(db, username, password, meta, now);
  const reservation = reserveAttempt(db, user.id, new Date(now));
  if (!reservation.ok) {
    audit('login.failure', user.id, '账号已锁定');
    return { ok: false, message: lockedMessage(reservation.lockedUntil) };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    audit('login.failure', user.id, '密码错误');
    if (!reservation.locksNow) return { ok: false, message: LOGIN_FAILED };
    const until = new Date(now + LOCK_MINUTES * 60_000);
    audit('login.locked', user.id, `连续输错密码，锁定至${formatBeijingTime(until)}`);
    return { ok: false, message: lockedMessage(until) };
  }
  clearAttempts(db, user.id);
  releaseAddress(memory(), key);
  if (user.disabled) {
    audit('login.failure', user.id, '账号已停用');
    return { ok: false, message: '该账号已停用，请联系系统管理员。' };
  }
  const session = createSession(db, user.id, meta);
  audit('login.success', user.id);
  return { ok: true, token: session.token, expiresAt: session.expiresAt, mustChangePassword: user.mustChangePassword };
}

/**
 * Checks the current password on the change-password form under the same lockout as logins (5
 * checks, then locked): each wrong answer is audited as `password.change_failure`, the 5th locks.
 * Returns null when correct, else the refusal to show (`locked` when the account is locked).
 */
export async function checkCurrentPassword(
  userId: number,
  username: string,
  password: string,
  ip: string | null,
): Promise<{ message: string; locked: boolean } | null> {
  const db = getDb();
  const now = new Date();
  const reservation = reserveAttempt(db, userId, now);
  if (!reservation.ok) return { message: lockedMessage(reservation.lockedUntil), locked: true };
  const row = db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
  if (row && (await verifyPassword(row.hash, password))) {
    clearAttempts(db, userId);
    return null;
  }
  writeAudit(db, {
    action: 'password.change_failure',
    userId,
    username,
    ip,
    entityType: 'user',
    entityId: userId,
    detail: '当前密码错误',
  });
  if (!reservation.locksNow) return { message: '当前密码不正确，请重新输入。', locked: false };
  const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  writeAudit(db, { action: 'login.locked', userId, username, ip, detail: `修改密码时连续输错当前密码，锁定至${formatBeijingTime(until)}` });
  return { message: lockedMessage(until), locked: true };
}
