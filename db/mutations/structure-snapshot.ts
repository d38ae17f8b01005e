/**
 * A campaign's structure as named records (lib/structure/types), read on a given handle: what the
 * export writes and what an import is compared with, inside the import's own transaction.
 * Archived rows (lib/structure/archive) are left out: they are no longer offered as references.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import {
  competitions,
  indicators,
  indicatorSteps,
  people,
  phasedTargets,
  progressEntries,
  taskForceMembers,
  taskForces,
  units,
} from '@/db/schema';
import { isCurrent } from '@/lib/structure/archive';
import type { ExistingStructure } from '@/lib/structure/plan';
import type { ArchivedNames } from '@/lib/structure/target-plan';
import { emptyStructure, RECORD_KEY, type IndicatorRecord, type StructureData } from '@/lib/structure/types';

/** The district's units and people, in their list order. */
export function readOrganisation(db: Db): Pick<StructureData, 'units' | 'people'> {
  const us = db.select().from(units).orderBy(asc(units.sortOrder), asc(units.id)).all().filter(isCurrent);
  const unitName = new Map(us.map((u) => [u.id, u.name]));
  const ps = db.select().from(people).orderBy(asc(people.sortOrder), asc(people.id)).all().filter(isCurrent);
  return {
    units: us.map((u) => ({ name: u.name, shortName: u.shortName, kind: u.kind, regionCode: u.regionCode })),
    people: ps.map((p) => ({ name: p.name, title: p.title, unit: p.unitId ? (unitName.get(p.unitId) ?? null) : null })),
  };
}

/** The whole structure of `campaignId` (null: none, only the organisation), references by name. */
export function readStructure(db: Db, campaignId: number | null): StructureData {
  const out: StructureData = { ...emptyStructure(), ...readOrganisation(db) };
  if (campaignId === null) return out;
  const unitName = new Map(
    db
      .select()
      .from(units)
      .all()
      .filter(isCurrent)
      .map((u) => [u.id, u.name]),
  );
  const personName = new Map(
    db
      .select()
      .from(people)
      .all()
      .filter(isCurrent)
      .map((p) => [p.id, p.name]),
  );
  const u = (id: number | null) => (id ? (unitName.get(id) ?? null) : null);
  const p = (id: number | null) => (id ? (personName.get(id) ?? null) : null);
  const comps = db
    .select()
    .from(competitions)
    .where(eq(competitions.campaignId, campaignId))
    .orderBy(asc(competitions.sortOrder), asc(competitions.id))
    .all()
    .filter(isCurrent);
  const compName = new Map(comps.map((c) => [c.id, c.name]));
  out.competitions = comps.map((c) => ({
    name: c.name,
    shortName: c.shortName,
    description: c.description,
    leadPerson: p(c.leadPersonId),
    leadUnit: u(c.leadUnitId),
  }));
  const compOrder = new Map(comps.map((c, i) => [c.id, i]));
  const tfs = comps.length
    ? db
        .select()
        .from(taskForces)
        .where(inArray(taskForces.competitionId, [...compName.keys()]))
        .all()
        .filter(isCurrent)
    : [];
  tfs.sort((a, b) => compOrder.get(a.competitionId)! - compOrder.get(b.competitionId)! || a.sortOrder - b.sortOrder || a.id - b.id);
  const tfName = new Map(tfs.map((t) => [t.id, t.name]));
  const members = tfs.length
    ? db
        .select()
        .from(taskForceMembers)
        .where(inArray(taskForceMembers.taskForceId, [...tfName.keys()]))
        .all()
    : [];
  out.taskForces = tfs.map((t) => ({
    name: t.name,
    competition: compName.get(t.competitionId)!,
    goal: t.goal,
    leadPerson: p(t.leadPersonId),
    leadUnit: u(t.leadUnitId),
    members: members.flatMap((m) => (m.taskForceId === t.id && unitName.has(m.unitId) ? [unitName.get(m.unitId)!] : [])),
  }));
  const tfOrder = new Map(tfs.map((t, i) => [t.id, i]));
  const inds = tfs.length
    ? db
        .select()
        .from(indicators)
        .where(inArray(indicators.taskForceId, [...tfName.keys()]))
        .all()
        .filter(isCurrent)
    : [];
  inds.sort((a, b) => tfOrder.get(a.taskForceId)! - tfOrder.get(b.taskForceId)! || a.sortOrder - b.sortOrder || a.id - b.id);
  const indOf = new Map(inds.map((i) => [i.id, { taskForce: tfName.get(i.taskForceId)!, indicator: i.name }]));
  out.indicators = inds.map((i) => ({
    taskForce: tfName.get(i.taskForceId)!,
    name: i.name,
    kind: i.kind,
    direction: i.direction,
    unit: i.unit,
    annualTarget: i.annualTarget,
    targetRank: i.targetRank,
    weight: i.weight,
    responsibleUnit: u(i.responsibleUnitId),
    lagMonths: i.lagMonths,
    combinedJanFeb: i.combinedJanFeb,
    hasCountyComparison: i.hasCountyComparison,
  }));
  const ids = [...indOf.keys()];
  const indOrder = new Map(inds.map((i, n) => [i.id, n]));
  const targets = ids.length ? db.select().from(phasedTargets).where(inArray(phasedTargets.indicatorId, ids)).all() : [];
  targets.sort((a, b) => indOrder.get(a.indicatorId)! - indOrder.get(b.indicatorId)! || a.period.localeCompare(b.period));
  out.phasedTargets = targets.map((t) => ({ ...indOf.get(t.indicatorId)!, period: t.period, target: t.target }));
  const steps = ids.length ? db.select().from(indicatorSteps).where(inArray(indicatorSteps.indicatorId, ids)).all() : [];
  steps.sort((a, b) => indOrder.get(a.indicatorId)! - indOrder.get(b.indicatorId)! || a.sortOrder - b.sortOrder || a.id - b.id);
  out.steps = steps.map((s) => ({ ...indOf.get(s.indicatorId)!, title: s.title, plannedDate: s.plannedDate }));
  return out;
}

/**
 * What an import into `campaignId` is compared with: its structure (readStructure), the names
 * archived in it and in the district (an import does not add them again), and the indicators that
 * have entries (their targets change only as 目标调整), both by record key (lib/structure/types).
 */
export function readImportBase(db: Db, campaignId: number | null): ExistingStructure {
  const base = readStructure(db, campaignId);
  const archivedNames = (rows: { name: string; archivedFrom: string | null }[]) =>
    new Set(rows.filter((r) => !isCurrent(r)).map((r) => r.name));
  const archived: ArchivedNames = {
    units: archivedNames(db.select({ name: units.name, archivedFrom: units.archivedFrom }).from(units).all()),
    people: archivedNames(db.select({ name: people.name, archivedFrom: people.archivedFrom }).from(people).all()),
  };
  if (campaignId === null) return { ...base, archived, reported: new Set() };
  const inCampaign = db
    .select({ tf: taskForces.name, tfFrom: taskForces.archivedFrom, comp: competitions.name, compFrom: competitions.archivedFrom })
    .from(taskForces)
    .innerJoin(competitions, eq(competitions.id, taskForces.competitionId))
    .where(eq(competitions.campaignId, campaignId))
    .all();
  const comps = db
    .select({ name: competitions.name, archivedFrom: competitions.archivedFrom })
    .from(competitions)
    .where(eq(competitions.campaignId, campaignId))
    .all();
  archived.competitions = archivedNames(comps);
  archived.taskForces = archivedNames(inCampaign.map((r) => ({ name: r.tf, archivedFrom: r.tfFrom })));
  const inds = db
    .select({ id: indicators.id, name: indicators.name, archivedFrom: indicators.archivedFrom, taskForce: taskForces.name })
    .from(indicators)
    .innerJoin(taskForces, eq(taskForces.id, indicators.taskForceId))
    .innerJoin(competitions, eq(competitions.id, taskForces.competitionId))
    .where(eq(competitions.campaignId, campaignId))
    .all();
  const keyOf = (i: { taskForce: string; name: string }) =>
    RECORD_KEY.indicators({ taskForce: i.taskForce, name: i.name } as IndicatorRecord);
  archived.indicators = new Set(inds.filter((i) => !isCurrent(i)).map(keyOf));
  const withEntries = new Set(
    inds.length
      ? db
          .selectDistinct({ id: progressEntries.indicatorId })
          .from(progressEntries)
          .where(
            inArray(
              progressEntries.indicatorId,
              inds.map((i) => i.id),
            ),
          )
          .all()
          .map((e) => e.id)
      : [],
  );
  return { ...base, archived, reported: new Set(inds.filter((i) => withEntries.has(i.id)).map(keyOf)) };
}
