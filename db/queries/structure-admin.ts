import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { entryCount } from '@/db/mutations/structure-usage';
import { gridIndicators } from '@/db/mutations/structure-targets';
import {
  competitions,
  indicators,
  indicatorSteps,
  people,
  phasedTargets,
  taskForceMembers,
  taskForces,
  units,
  type Competition,
  type Indicator,
  type IndicatorStep,
  type Person,
  type TaskForce,
  type Unit,
} from '@/db/schema';
import { isCurrent } from '@/lib/structure/archive';

export interface StructureTree {
  competitions: (Competition & { taskForces: (TaskForce & { indicators: Indicator[] })[] })[];
}

/**
 * The whole structure of a campaign for its admin page, archived rows included (marked), in
 * display order: competitions → task forces → indicators. Administrators only (the page checks).
 */
export function getStructureTree(campaignId: number): StructureTree {
  const db = getDb();
  const comps = db
    .select()
    .from(competitions)
    .where(eq(competitions.campaignId, campaignId))
    .orderBy(asc(competitions.sortOrder), asc(competitions.id))
    .all();
  const tfs = comps.length
    ? db
        .select()
        .from(taskForces)
        .where(
          inArray(
            taskForces.competitionId,
            comps.map((c) => c.id),
          ),
        )
        .orderBy(asc(taskForces.sortOrder), asc(taskForces.id))
        .all()
    : [];
  const inds = tfs.length
    ? db
        .select()
        .from(indicators)
        .where(
          inArray(
            indicators.taskForceId,
            tfs.map((t) => t.id),
          ),
        )
        .orderBy(asc(indicators.sortOrder), asc(indicators.id))
        .all()
    : [];
  return {
    competitions: comps.map((c) => ({
      ...c,
      taskForces: tfs
        .filter((t) => t.competitionId === c.id)
        .map((t) => ({ ...t, indicators: inds.filter((i) => i.taskForceId === t.id) })),
    })),
  };
}

export interface StructureChoices {
  competitions: string[];
  taskForces: string[];
  units: { name: string; kind: Unit['kind'] }[];
  people: { name: string; title: string }[];
}

/** The names the structure forms offer (archived ones left out): the campaign's competitions and task forces, the district's units and people. */
export function getStructureChoices(campaignId: number): StructureChoices {
  const tree = getStructureTree(campaignId);
  const db = getDb();
  const comps = tree.competitions.filter(isCurrent);
  return {
    competitions: comps.map((c) => c.name),
    taskForces: comps.flatMap((c) => c.taskForces.filter(isCurrent).map((t) => t.name)),
    units: db
      .select()
      .from(units)
      .orderBy(asc(units.sortOrder), asc(units.id))
      .all()
      .filter(isCurrent)
      .map((u) => ({ name: u.name, kind: u.kind })),
    people: db
      .select()
      .from(people)
      .orderBy(asc(people.sortOrder), asc(people.id))
      .all()
      .filter(isCurrent)
      .map((p) => ({ name: p.name, title: p.title })),
  };
}

const nameOf = <T extends { id: number; name: string }>(table: T[], id: number | null) =>
  id === null ? '' : (table.find((r) => r.id === id)?.name ?? '');

function orgNames() {
  const db = getDb();
  return { us: db.select().from(units).all(), ps: db.select().from(people).all() };
}

/** A competition of the campaign as its form shows it (names for ids); null when not the campaign's. */
export function getCompetitionForm(campaignId: number, id: number) {
  const c = getDb()
    .select()
    .from(competitions)
    .where(and(eq(competitions.id, id), eq(competitions.campaignId, campaignId)))
    .get();
  if (!c) return null;
  const { us, ps } = orgNames();
  return { row: c, leadPerson: nameOf(ps, c.leadPersonId), leadUnit: nameOf(us, c.leadUnitId) };
}

function taskForceOf(campaignId: number, id: number): { tf: TaskForce; comp: Competition } | null {
  const db = getDb();
  const tf = db.select().from(taskForces).where(eq(taskForces.id, id)).get();
  const comp = tf && db.select().from(competitions).where(eq(competitions.id, tf.competitionId)).get();
  return tf && comp && comp.campaignId === campaignId ? { tf, comp } : null;
}

/** A task force of the campaign with its competition's name, lead names, member unit names and indicators; null when not the campaign's. */
export function getTaskForceForm(campaignId: number, id: number) {
  const found = taskForceOf(campaignId, id);
  if (!found) return null;
  const db = getDb();
  const { us, ps } = orgNames();
  const members = db.select().from(taskForceMembers).where(eq(taskForceMembers.taskForceId, id)).all();
  return {
    row: found.tf,
    competition: found.comp.name,
    leadPerson: nameOf(ps, found.tf.leadPersonId),
    leadUnit: nameOf(us, found.tf.leadUnitId),
    members: members.map((m) => nameOf(us, m.unitId)).filter(Boolean),
  };
}

/** An indicator of the campaign with its task force's name, responsible unit's name, number of reported figures and steps; null when not the campaign's. */
export function getIndicatorForm(campaignId: number, id: number) {
  const db = getDb();
  const ind = db.select().from(indicators).where(eq(indicators.id, id)).get();
  const found = ind && taskForceOf(campaignId, ind.taskForceId);
  if (!ind || !found) return null;
  const steps: IndicatorStep[] = db
    .select()
    .from(indicatorSteps)
    .where(eq(indicatorSteps.indicatorId, id))
    .orderBy(asc(indicatorSteps.sortOrder), asc(indicatorSteps.id))
    .all();
  return {
    row: ind,
    taskForce: found.tf.name,
    responsibleUnit: nameOf(orgNames().us, ind.responsibleUnitId),
    entries: entryCount(db, id),
    steps,
  };
}

/** The phased-target grid of a task force: its cumulative and level indicators (locked when they have reported figures) and their targets by period. */
export function getTargetGrid(campaignId: number, taskForceId: number) {
  const found = taskForceOf(campaignId, taskForceId);
  if (!found) return null;
  const db = getDb();
  const cols = gridIndicators(db, taskForceId);
  const targets = cols.length
    ? db
        .select()
        .from(phasedTargets)
        .where(
          inArray(
            phasedTargets.indicatorId,
            cols.map((c) => c.indicator.id),
          ),
        )
        .all()
    : [];
  return {
    taskForce: found.tf,
    columns: cols.map((c) => ({
      ...c,
      targets: Object.fromEntries(targets.filter((t) => t.indicatorId === c.indicator.id).map((t) => [t.period, t.target])),
    })),
  };
}

/** Every unit, archived ones included, in list order. */
export function listUnitsForAdmin(): Unit[] {
  return getDb().select().from(units).orderBy(asc(units.sortOrder), asc(units.id)).all();
}

/** Every person with the name of their unit, archived ones included, in list order. */
export function listPeopleForAdmin(): (Person & { unit: string })[] {
  const us = getDb().select().from(units).all();
  return getDb()
    .select()
    .from(people)
    .orderBy(asc(people.sortOrder), asc(people.id))
    .all()
    .map((p) => ({ ...p, unit: nameOf(us, p.unitId) }));
}
