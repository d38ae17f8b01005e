/**
 * Writes the 新增 and 修改 records of a structure plan, sheet by sheet, resolving every name to
 * its row (units and people of the district; competitions, task forces and indicators of the
 * campaign). Synchronous, inside the import's transaction; nothing is ever deleted.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import {
  competitions,
  indicators,
  indicatorSteps,
  people,
  phasedTargets,
  regions,
  taskForceMembers,
  taskForces,
  units,
  type Campaign,
} from '@/db/schema';
import type { StructurePlan } from '@/lib/structure/plan';

type Writes = StructurePlan['writes'];

/** Name → id lookups within the campaign, read fresh (the writes of earlier sheets included). */
export function lookups(db: Db, campaignId: number) {
  const unitId = (name: string | null) =>
    name ? (db.select({ id: units.id }).from(units).where(eq(units.name, name)).get()?.id ?? null) : null;
  const personId = (name: string | null) =>
    name ? (db.select({ id: people.id }).from(people).where(eq(people.name, name)).orderBy(people.id).get()?.id ?? null) : null;
  const competitionId = (name: string) =>
    db
      .select({ id: competitions.id })
      .from(competitions)
      .where(and(eq(competitions.campaignId, campaignId), eq(competitions.name, name)))
      .get()?.id ?? null;
  const compIds = () =>
    db
      .select({ id: competitions.id })
      .from(competitions)
      .where(eq(competitions.campaignId, campaignId))
      .all()
      .map((c) => c.id);
  const taskForceId = (name: string) => {
    const ids = compIds();
    if (ids.length === 0) return null;
    return (
      db
        .select({ id: taskForces.id })
        .from(taskForces)
        .where(and(inArray(taskForces.competitionId, ids), eq(taskForces.name, name)))
        .get()?.id ?? null
    );
  };
  const indicatorId = (taskForce: string, name: string) => {
    const tf = taskForceId(taskForce);
    return tf === null
      ? null
      : (db
          .select({ id: indicators.id })
          .from(indicators)
          .where(and(eq(indicators.taskForceId, tf), eq(indicators.name, name)))
          .get()?.id ?? null);
  };
  return { unitId, personId, competitionId, taskForceId, indicatorId };
}

type Lookups = ReturnType<typeof lookups>;
const must = (id: number | null, what: string): number => {
  if (id === null) throw new Error(`structure import: ${what} not found after validation`);
  return id;
};

export function ensureRegion(db: Db, code: string, name: string, parentCode: string) {
  if (db.select().from(regions).where(eq(regions.code, code)).get()) return;
  db.insert(regions).values({ code, name, level: 'township', parentCode }).run();
}

function writeOrganisation(db: Db, campaign: Campaign, w: Writes, l: Lookups) {
  const base = db
    .select({ n: sql<number>`coalesce(max(${units.sortOrder}), 0)` })
    .from(units)
    .get()!.n;
  for (const { record: r, isNew } of w.units) {
    if (r.regionCode) ensureRegion(db, r.regionCode, r.name, campaign.homeRegionCode);
    const values = { shortName: r.shortName, kind: r.kind, regionCode: r.regionCode };
    if (isNew)
      db.insert(units)
        .values({ name: r.name, ...values, sortOrder: base + r.row })
        .run();
    else db.update(units).set(values).where(eq(units.name, r.name)).run();
  }
  const pBase = db
    .select({ n: sql<number>`coalesce(max(${people.sortOrder}), 0)` })
    .from(people)
    .get()!.n;
  for (const { record: r, isNew } of w.people) {
    const values = { title: r.title, unitId: l.unitId(r.unit) };
    if (isNew)
      db.insert(people)
        .values({ name: r.name, ...values, sortOrder: pBase + r.row })
        .run();
    else
      db.update(people)
        .set(values)
        .where(eq(people.id, must(l.personId(r.name), r.name)))
        .run();
  }
}

function writeHierarchy(db: Db, campaign: Campaign, w: Writes, l: Lookups) {
  for (const { record: r, isNew } of w.competitions) {
    const values = {
      shortName: r.shortName,
      description: r.description,
      leadPersonId: l.personId(r.leadPerson),
      leadUnitId: l.unitId(r.leadUnit),
    };
    if (isNew)
      db.insert(competitions)
        .values({ campaignId: campaign.id, name: r.name, ...values, sortOrder: r.row })
        .run();
    else
      db.update(competitions)
        .set(values)
        .where(eq(competitions.id, must(l.competitionId(r.name), r.name)))
        .run();
  }
  for (const { record: r, isNew } of w.taskForces) {
    const values = {
      competitionId: must(l.competitionId(r.competition), r.competition),
      goal: r.goal,
      leadPersonId: l.personId(r.leadPerson),
      leadUnitId: l.unitId(r.leadUnit),
    };
    let id = l.taskForceId(r.name);
    if (isNew || id === null)
      id = db
        .insert(taskForces)
        .values({ name: r.name, ...values, sortOrder: r.row })
        .returning({ id: taskForces.id })
        .get().id;
    else db.update(taskForces).set(values).where(eq(taskForces.id, id)).run();
    db.delete(taskForceMembers).where(eq(taskForceMembers.taskForceId, id)).run();
    const memberIds = [...new Set(r.members.map((m) => must(l.unitId(m), m)))];
    if (memberIds.length)
      db.insert(taskForceMembers)
        .values(memberIds.map((unitId) => ({ taskForceId: id, unitId })))
        .run();
  }
}

function writeIndicators(db: Db, w: Writes, l: Lookups) {
  for (const { record: r, isNew } of w.indicators) {
    const { taskForce, name, row, responsibleUnit, ...fields } = r;
    const values = { ...fields, responsibleUnitId: l.unitId(responsibleUnit) };
    const tf = must(l.taskForceId(taskForce), taskForce);
    if (isNew)
      db.insert(indicators)
        .values({ taskForceId: tf, name, ...values, sortOrder: row })
        .run();
    else
      db.update(indicators)
        .set(values)
        .where(eq(indicators.id, must(l.indicatorId(taskForce, name), name)))
        .run();
  }
  for (const { record: r } of w.phasedTargets) {
    const indicatorId = must(l.indicatorId(r.taskForce, r.indicator), r.indicator);
    db.insert(phasedTargets)
      .values({ indicatorId, period: r.period, target: r.target })
      .onConflictDoUpdate({ target: [phasedTargets.indicatorId, phasedTargets.period], set: { target: r.target } })
      .run();
  }
  for (const { record: r, isNew } of w.steps) {
    const indicatorId = must(l.indicatorId(r.taskForce, r.indicator), r.indicator);
    if (isNew) db.insert(indicatorSteps).values({ indicatorId, title: r.title, plannedDate: r.plannedDate, sortOrder: r.row }).run();
    else
      db.update(indicatorSteps)
        .set({ plannedDate: r.plannedDate })
        .where(and(eq(indicatorSteps.indicatorId, indicatorId), eq(indicatorSteps.title, r.title)))
        .run();
  }
}

/** Writes every record of `w` into `campaign`, in reference order (organisation, hierarchy, indicators). */
export function writeStructure(db: Db, campaign: Campaign, w: Writes): void {
  const l = lookups(db, campaign.id);
  writeOrganisation(db, campaign, w, l);
  writeHierarchy(db, campaign, w, l);
  writeIndicators(db, w, l);
}
