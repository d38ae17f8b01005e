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

/**
 * Remembers the ids found, never a miss: nothing is deleted during an import, so a found id stays
 * right, while a name missing now may be inserted by a later sheet (a new task force's indicators).
 */
function remembered<A extends unknown[]>(find: (...args: A) => number | null): (...args: A) => number | null {
  const found = new Map<string, number>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    const hit = found.get(key);
    if (hit !== undefined) return hit;
    const id = find(...args);
    if (id !== null) found.set(key, id);
    return id;
  };
}

/** Name → id lookups within the campaign, read fresh (the writes of earlier sheets included). */
export function lookups(db: Db, campaignId: number) {
  const unitId = remembered((name: string | null) =>
    name ? (db.select({ id: units.id }).from(units).where(eq(units.name, name)).get()?.id ?? null) : null,
  );
  const personId = remembered((name: string | null) =>
    name ? (db.select({ id: people.id }).from(people).where(eq(people.name, name)).orderBy(people.id).get()?.id ?? null) : null,
  );
  const competitionId = remembered(
    (name: string) =>
      db
        .select({ id: competitions.id })
        .from(competitions)
        .where(and(eq(competitions.campaignId, campaignId), eq(competitions.name, name)))
        .get()?.id ?? null,
  );
  const compIds = () =>
    db
      .select({ id: competitions.id })
      .from(competitions)
      .where(eq(competitions.campaignId, campaignId))
      .all()
      .map((c) => c.id);
  const taskForceId = remembered((name: string) => {
    const ids = compIds();
    if (ids.length === 0) return null;
    return (
      db
        .select({ id: taskForces.id })
        .from(taskForces)
        .where(and(inArray(taskForces.competitionId, ids), eq(taskForces.name, name)))
        .get()?.id ?? null
    );
  });
  const indicatorId = remembered((taskForce: string, name: string) => {
    const tf = taskForceId(taskForce);
    return tf === null
      ? null
      : (db
          .select({ id: indicators.id })
          .from(indicators)
          .where(and(eq(indicators.taskForceId, tf), eq(indicators.name, name)))
          .get()?.id ?? null);
  });
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
    const existing = isNew ? null : l.taskForceId(r.name);
    let id: number;
    if (existing === null)
      id = db
        .insert(taskForces)
        .values({ name: r.name, ...values, sortOrder: r.row })
        .returning({ id: taskForces.id })
        .get().id;
    else {
      id = existing;
      db.update(taskForces).set(values).where(eq(taskForces.id, id)).run();
      db.delete(taskForceMembers).where(eq(taskForceMembers.taskForceId, id)).run();
    }
    const memberIds = [...new Set(r.members.map((m) => must(l.unitId(m), m)))];
    if (memberIds.length)
      db.insert(taskForceMembers)
        .values(memberIds.map((unitId) => ({ taskForceId: id, unitId })))
        .run();
  }
}

/**
 * Runs one prepared statement per row of `rows` (all with the keys of the first): `prepare` gets a
 * placeholder per key. A district's workbook has thousands of rows, and building each insert anew
 * cost more than parsing the file.
 */
function insertEach<T extends Record<string, unknown>>(
  rows: T[],
  prepare: (values: never) => { run: (row: Record<string, unknown>) => unknown },
): void {
  if (rows.length === 0) return;
  const statement = prepare(Object.fromEntries(Object.keys(rows[0]!).map((k) => [k, sql.placeholder(k)])) as never);
  for (const row of rows) statement.run(row);
}

/** Every indicator of the campaign by task force name and indicator name, read once after the indicators are written. */
function indicatorIndex(db: Db, campaignId: number): (taskForce: string, name: string) => number {
  const rows = db
    .select({ id: indicators.id, name: indicators.name, taskForce: taskForces.name })
    .from(indicators)
    .innerJoin(taskForces, eq(indicators.taskForceId, taskForces.id))
    .innerJoin(competitions, eq(taskForces.competitionId, competitions.id))
    .where(eq(competitions.campaignId, campaignId))
    .all();
  const byName = new Map(rows.map((r) => [`${r.taskForce}\u0000${r.name}`, r.id]));
  return (taskForce, name) => must(byName.get(`${taskForce}\u0000${name}`) ?? null, name);
}

function writeIndicators(db: Db, campaignId: number, w: Writes, l: Lookups) {
  const added: (typeof indicators.$inferInsert)[] = [];
  for (const { record: r, isNew } of w.indicators) {
    const { taskForce, name, row, responsibleUnit, ...fields } = r;
    const values = { ...fields, responsibleUnitId: l.unitId(responsibleUnit) };
    const tf = must(l.taskForceId(taskForce), taskForce);
    if (isNew) added.push({ taskForceId: tf, name, ...values, sortOrder: row });
    else
      db.update(indicators)
        .set(values)
        .where(eq(indicators.id, must(l.indicatorId(taskForce, name), name)))
        .run();
  }
  insertEach(added, (values) => db.insert(indicators).values(values).prepare());
  const indicatorId = indicatorIndex(db, campaignId);
  const targets = w.phasedTargets.map(({ record: r }) => ({
    indicatorId: indicatorId(r.taskForce, r.indicator),
    period: r.period,
    target: r.target,
  }));
  insertEach(targets, (values) =>
    db
      .insert(phasedTargets)
      .values(values)
      .onConflictDoUpdate({ target: [phasedTargets.indicatorId, phasedTargets.period], set: { target: sql`excluded.target` } })
      .prepare(),
  );
  const steps: (typeof indicatorSteps.$inferInsert)[] = [];
  for (const { record: r, isNew } of w.steps) {
    const id = indicatorId(r.taskForce, r.indicator);
    if (isNew) steps.push({ indicatorId: id, title: r.title, plannedDate: r.plannedDate, sortOrder: r.row });
    else
      db.update(indicatorSteps)
        .set({ plannedDate: r.plannedDate })
        .where(and(eq(indicatorSteps.indicatorId, id), eq(indicatorSteps.title, r.title)))
        .run();
  }
  insertEach(steps, (values) => db.insert(indicatorSteps).values(values).prepare());
}

/** Writes every record of `w` into `campaign`, in reference order (organisation, hierarchy, indicators). */
export function writeStructure(db: Db, campaign: Campaign, w: Writes): void {
  const l = lookups(db, campaign.id);
  writeOrganisation(db, campaign, w, l);
  writeHierarchy(db, campaign, w, l);
  writeIndicators(db, campaign.id, w, l);
}
