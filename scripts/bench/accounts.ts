/**
 * Sessions for the benchmark: demo-leader reading, `n` task-force leads writing (one task force
 * each), and district officials (区领导), each with their own session, opening the dashboard.
 */
import { openDb } from '../../db/connection';
import { createSessionForUser, SESSION_COOKIE } from '../../lib/auth/session-store';

export interface BenchAccounts {
  leader: string;
  leads: string[];
  officials: string[];
  indicatorPath: string;
}

/** Creates the leads (no password: they log in by the session made here) and one session per account. */
export function prepareAccounts(file: string, leads: number, officials: number): BenchAccounts {
  const db = openDb(file);
  const c = db.$client;
  try {
    const leader = c.prepare(`select id from users where username = 'demo-leader' and disabled = 0`).get() as { id: number } | undefined;
    if (!leader) throw new Error('the seeded database has no demo-leader account');
    const taskForces = c
      .prepare(
        `select t.id from task_forces t where exists (select 1 from indicators i where i.task_force_id = t.id) order by t.id limit ?`,
      )
      .all(leads) as { id: number }[];
    const insertUser = c.prepare(`insert into users (username, display_name, password_hash, role) values (?, ?, '!', 'lead') returning id`);
    const insertOfficial = c.prepare(
      `insert into users (username, display_name, password_hash, role) values (?, ?, '!', 'leader') returning id`,
    );
    const insertScope = c.prepare(`insert into user_scopes (user_id, scope_type, scope_id) values (?, 'taskForce', ?)`);
    const leadIds = c.transaction(() =>
      taskForces.map((t, i) => {
        const u = insertUser.get(`bench-lead-${i + 1}`, `基准填报员${i + 1}`) as { id: number };
        insertScope.run(u.id, t.id);
        return u.id;
      }),
    )();
    const officialIds = c.transaction(() =>
      Array.from(
        { length: officials },
        (_, i) => (insertOfficial.get(`bench-official-${i + 1}`, `基准区领导${i + 1}`) as { id: number }).id,
      ),
    )();
    const indicator = c.prepare(`select id from indicators order by id limit 1`).get() as { id: number };
    const cookie = (id: number) => `${SESSION_COOKIE}=${createSessionForUser(db, id)}`;
    return {
      leader: cookie(leader.id),
      leads: leadIds.map(cookie),
      officials: officialIds.map(cookie),
      indicatorPath: `/indicators/${indicator.id}`,
    };
  } finally {
    c.close();
  }
}
