import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { formatBeijingTimeShort } from '@/lib/format';
import { dummyVerify, verifyPassword } from './password';
import { createSession } from './session-store';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
const IP_WINDOW_MS = 15 * 60_000;
const IP_MAX_FAILURES = 30;

export const LOGIN_FAILED = `用户名或密码错误。连续输错 ${MAX_FAILURES} 次，账号将被锁定 ${LOCK_MINUTES} 分钟。`;

type Memory = { ip: Map<string, number[]>; unknown: Map<string, { count: number; until: number }> };
const mem = globalThis as unknown as { saimaLogin?: Memory };
function memory(): Memory {
  mem.saimaLogin ??= { ip: new Map(), unknown: new Map() };
  return mem.saimaLogin;
}

function lockedMessage(until: Date): string {
  return `该账号因连续输错密码已被锁定，请于 ${formatBeijingTimeShort(until)}（北京时间）后再试，或联系系统管理员解锁。`;
}

/** Per-IP limit on failed logins (sliding 15-minute window, per process): true while under the limit. */
function allowIp(ip: string, now: number): boolean {
  const list = (memory().ip.get(ip) ?? []).filter((t) => now - t < IP_WINDOW_MS);
  memory().ip.set(ip, list);
  return list.length < IP_MAX_FAILURES;
}

function recordIpFailure(ip: string, now: number): void {
  const list = memory().ip.get(ip);
  if (list) list.push(now);
  else memory().ip.set(ip, [now]);
}

export type LoginOutcome = { ok: true; token: string; expiresAt: Date; mustChangePassword: boolean } | { ok: false; message: string };

/**
 * Checks a username and password. Unknown users and wrong passwords get the same message and
 * similar timing (a dummy argon2 verify); 5 failures lock the account for 15 minutes (unknown
 * usernames are "locked" alike, in memory, so the answer does not reveal which names exist).
 * Every outcome is audited.
 */
export async function attemptLogin(
  username: string,
  password: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<LoginOutcome> {
  const db = getDb();
  const now = Date.now();
  const audit = (action: string, userId: number | null, detail?: string) =>
    writeAudit(db, { action, userId, username, ip: meta.ip, detail });
  const ipKey = meta.ip ?? 'unknown';
  if (!allowIp(ipKey, now)) {
    audit('login.rate_limited', null);
    return { ok: false, message: '该网络地址登录失败次数过多，请 15 分钟后再试。' };
  }
  const user = db.select().from(users).where(eq(users.username, username)).get();
  if (!user) {
    await dummyVerify(password);
    recordIpFailure(ipKey, now);
    const u = memory().unknown.get(username) ?? { count: 0, until: 0 };
    if (u.until > now) return { ok: false, message: lockedMessage(new Date(u.until)) };
    u.count += 1;
    if (u.count >= MAX_FAILURES) Object.assign(u, { count: 0, until: now + LOCK_MINUTES * 60_000 });
    memory().unknown.set(username, u);
    audit('login.failure', null, 'unknown user');
    return { ok: false, message: LOGIN_FAILED };
  }
  const valid = await verifyPassword(user.passwordHash, password);
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) {
    audit('login.failure', user.id, 'account locked');
    return { ok: false, message: lockedMessage(new Date(user.lockedUntil)) };
  }
  if (!valid) {
    recordIpFailure(ipKey, now);
    const failures = user.failedAttempts + 1;
    if (failures >= MAX_FAILURES) {
      const until = new Date(now + LOCK_MINUTES * 60_000);
      db.update(users).set({ failedAttempts: 0, lockedUntil: until.toISOString() }).where(eq(users.id, user.id)).run();
      audit('login.failure', user.id, 'wrong password');
      audit('login.locked', user.id, `locked until ${until.toISOString()}`);
      return { ok: false, message: lockedMessage(until) };
    }
    db.update(users).set({ failedAttempts: failures }).where(eq(users.id, user.id)).run();
    audit('login.failure', user.id, 'wrong password');
    return { ok: false, message: LOGIN_FAILED };
  }
  if (user.disabled) {
    audit('login.failure', user.id, 'disabled');
    return { ok: false, message: '该账号已停用，请联系系统管理员。' };
  }
  db.update(users).set({ failedAttempts: 0, lockedUntil: null }).where(eq(users.id, user.id)).run();
  const session = createSession(db, user.id, meta);
  audit('login.success', user.id);
  return { ok: true, token: session.token, expiresAt: session.expiresAt, mustChangePassword: user.mustChangePassword };
}
