/**
 * A new year's assignments: every account assigned to a competition, task force or indicator of the
 * year copied from is assigned to the same one (matched by name) of the new year, so leads and
 * reviewers report and review the new year without being set up again. Inside the copy's transaction.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { competitions, indicators, taskForces, userScopes, type UserScope } from '@/db/schema';
import type { Actor } from './context';

type Kind = Extract<UserScope['scopeType'], 'competition' | 'taskForce' | 'indicator'>;

/** Each structure object of the campaign keyed by its kind and names ("taskForce|竞赛|专班"), with its id. */
function objectsByName(db: Db, campaignId: number): Map<string, { kind: Kind; id: number }> {
  const out = new Map<string, { kind: Kind; id: number }>();
  const cs = db.select().from(competitions).where(eq(competitions.campaignId, campaignId)).all();
  const cName = new Map(cs.map((c) => [c.id, c.name]));
  for (const c of cs) out.set(`competition|${c.name}`, { kind: 'competition', id: c.id });
  const ts =
    cs.length === 0
      ? []
      : db
          .select()
          .from(taskForces)
          .where(inArray(taskForces.competitionId, [...cName.keys()]))
          .all();
  const tName = new Map(ts.map((t) => [t.id, `${cName.get(t.competitionId)}|${t.name}`]));
  for (const t of ts) out.set(`taskForce|${tName.get(t.id)}`, { kind: 'taskForce', id: t.id });
  const is =
    ts.length === 0
      ? []
      : db
          .select()
          .from(indicators)
          .where(inArray(indicators.taskForceId, [...tName.keys()]))
          .all();
  for (const i of is) out.set(`indicator|${tName.get(i.taskForceId)}|${i.name}`, { kind: 'indicator', id: i.id });
  return out;
}

/** Adds to the new campaign the assignments held in the source campaign; returns how many were added (audited once). */
export function carryAssignments(db: Db, actor: Actor, sourceId: number, copyId: number): number {
  const from = objectsByName(db, sourceId);
  const to = objectsByName(db, copyId);
  const key = new Map([...from].map(([name, o]) => [`${o.kind}:${o.id}`, name]));
  const scopes = db
    .select()
    .from(userScopes)
    .where(inArray(userScopes.scopeType, ['competition', 'taskForce', 'indicator']))
    .all();
  let added = 0;
  for (const s of scopes) {
    const name = key.get(`${s.scopeType}:${s.scopeId}`);
    const target = name === undefined ? undefined : to.get(name);
    if (!target) continue;
    const row = db
      .insert(userScopes)
      .values({ userId: s.userId, scopeType: target.kind, scopeId: target.id })
      .onConflictDoNothing()
      .returning()
      .get();
    if (row) added++;
  }
  if (added > 0)
    actor.audit({ action: 'campaign.copy_scopes', entityType: 'campaign', entityId: copyId, after: { carried: added, from: sourceId } });
  return added;
}
