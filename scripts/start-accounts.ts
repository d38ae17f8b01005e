import { sql } from 'drizzle-orm';
import { hashSync } from '@node-rs/argon2';
import type { Db } from '../db/connection';
import { auditLog, users } from '../db/schema';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed/users';
import { ARGON2_OPTIONS } from '../lib/auth/password';
import { generatePassword } from '../lib/auth/tokens';

/**
 * No default admin password: outside demo mode, a first start with no users creates `admin` with a
 * random password printed once (it must be changed at first login). Returns the lines telling how
 * to log in.
 */
export function prepareAccounts(db: Db, opts: { demo: boolean }): string[] {
  const count = db
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .get()!.n;
  if (count === 0) {
    const password = generatePassword();
    const row = db
      .insert(users)
      .values({
        username: 'admin',
        displayName: '系统管理员',
        role: 'admin',
        passwordHash: hashSync(password, ARGON2_OPTIONS),
        mustChangePassword: true,
      })
      .returning({ id: users.id })
      .get();
    db.insert(auditLog)
      .values({
        action: 'user.create',
        userId: null,
        username: 'system',
        entityType: 'user',
        entityId: String(row.id),
        detail: 'first start: initial administrator',
      })
      .run();
    return ['已创建初始管理员账号（仅显示这一次，请立即记下）：', `  用户名：admin`, `  密码：  ${password}`, '首次登录后须修改密码。'];
  }
  const demoUsers = db
    .select({ username: users.username })
    .from(users)
    .all()
    .map((u) => u.username);
  if (opts.demo && DEMO_ACCOUNTS.every((a) => demoUsers.includes(a.username))) {
    return [`演示账号（密码均为 ${DEMO_PASSWORD}）：${DEMO_ACCOUNTS.map((a) => a.username).join('、')}`];
  }
  return ['请使用管理员分配的账号登录。'];
}
