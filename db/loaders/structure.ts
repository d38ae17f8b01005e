/**
 * Loaders that read with a given database handle, shared by db/queries (the app: getDb(), cached,
 * server-only) and the scripts that cannot import 'server-only' (the seed publishes its locked
 * months through them). No caching here.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { competitions, indicators, indicatorSteps, people, phasedTargets, taskForces, units } from '@/db/schema';
import { groupBy } from '@/lib/metrics';
import type { CampaignStructure } from '@/lib/views/structure';

/** Competitions, task forces and indicators of a campaign in display order, with lookups. */
export function loadCampaignStructure(db: Db, campaignId: number): CampaignStructure {
  const comps = db.select().from(competitions).where(eq(competitions.campaignId, campaignId)).orderBy(asc(competitions.sortOrder)).all();
  const compIds = comps.map((c) => c.id);
  const tfs = compIds.length ? db.select().from(taskForces).where(inArray(taskForces.competitionId, compIds)).all() : [];
  const order = new Map(comps.map((c, i) => [c.id, i]));
  tfs.sort((a, b) => order.get(a.competitionId)! - order.get(b.competitionId)! || a.sortOrder - b.sortOrder);
  const tfIds = new Set(tfs.map((t) => t.id));
  const inds = db
    .select()
    .from(indicators)
    .orderBy(asc(indicators.taskForceId), asc(indicators.sortOrder))
    .all()
    .filter((i) => tfIds.has(i.taskForceId));
  const indIds = new Set(inds.map((i) => i.id));
  const targets = db
    .select()
    .from(phasedTargets)
    .all()
    .filter((t) => indIds.has(t.indicatorId));
  const steps = db
    .select()
    .from(indicatorSteps)
    .orderBy(asc(indicatorSteps.sortOrder))
    .all()
    .filter((s) => indIds.has(s.indicatorId));
  return {
    competitions: comps,
    taskForces: tfs,
    indicators: inds,
    phasedTargets: new Map(
      [...groupBy(targets, (t) => t.indicatorId)].map(([k, v]) => [k, v.map((t) => ({ period: t.period, target: t.target }))]),
    ),
    steps: groupBy(steps, (s) => s.indicatorId),
    units: new Map(
      db
        .select()
        .from(units)
        .orderBy(asc(units.sortOrder))
        .all()
        .map((u) => [u.id, u]),
    ),
    people: new Map(
      db
        .select()
        .from(people)
        .all()
        .map((p) => [p.id, p]),
    ),
  };
}
