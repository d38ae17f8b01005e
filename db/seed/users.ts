import { hashSync } from '@node-rs/argon2';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../connection';
import { competitions, taskForces, userScopes, users, type Role } from '../schema';
import { ARGON2_OPTIONS } from '../../lib/auth/password';

/** The demo accounts' shared password (listed in the README; demo databases only). */
export const DEMO_PASSWORD = 'Kecheng@2020';

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role }[] = [
  { username: 'demo-admin', displayName: '演示管理员', role: 'admin' },
  { username: 'demo-leader', displayName: '演示区领导', role: 'leader' },
  { username: 'demo-reviewer', displayName: '演示审核员', role: 'reviewer' },
  { username: 'demo-lead', displayName: '演示填报员', role: 'lead' },
  { username: 'demo-viewer', displayName: '演示查看员', role: 'viewer' },
];

/**
 * One account per role. demo-reviewer reviews the first competition; demo-lead reports for the
 * first task force of that competition.
 */
export function seedDemoUsers(db: Db): void {
  const firstCompetition = db.select().from(competitions).orderBy(asc(competitions.sortOrder), asc(competitions.id)).limit(1).get();
  const firstTaskForce = firstCompetition
    ? db
        .select()
        .from(taskForces)
        .where(eq(taskForces.competitionId, firstCompetition.id))
        .orderBy(asc(taskForces.sortOrder), asc(taskForces.id))
        .limit(1)
        .get()
    : undefined;
  for (const account of DEMO_ACCOUNTS) {
    const row = db
      .insert(users)
      .values({ ...account, passwordHash: hashSync(DEMO_PASSWORD, ARGON2_OPTIONS), passwordChangedAt: '2020-10-01T00:00:00.000Z' })
      .returning({ id: users.id })
      .get();
    if (account.role === 'reviewer' && firstCompetition)
      db.insert(userScopes).values({ userId: row.id, scopeType: 'competition', scopeId: firstCompetition.id }).run();
    if (account.role === 'lead' && firstTaskForce)
      db.insert(userScopes).values({ userId: row.id, scopeType: 'taskForce', scopeId: firstTaskForce.id }).run();
  }
}
