/**
 * Single-item writes of the structure pages: add or edit one competition, task force or indicator.
 * Each record is checked by the import's rules (lib/structure/single.ts) against the campaign's
 * current structure, then written (new records through the import's own writer). Synchronous,
 * inside the action's transaction; each audits before and after.
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { campaigns, competitions, indicators, taskForceMembers, taskForces, type Campaign } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { ITEM_TEXT, type ItemKind } from '@/lib/structure/admin-text';
import { checkRecord, withoutRecord, type RecordCheck } from '@/lib/structure/single';
import { SHEET_KEYS, type SheetKey } from '@/lib/structure/sheets';
import { IMPORT_TEXT } from '@/lib/structure/sheets';
import type { CompetitionRecord, IndicatorRecord, TaskForceRecord } from '@/lib/structure/types';
import type { StructurePlan } from '@/lib/structure/plan';
import type { Actor } from './context';
import { findItem } from './structure-archive';
import { readStructure } from './structure-snapshot';
import { entryCount } from './structure-usage';
import { lookups, writeStructure } from './structure-write';

type Values = Record<string, unknown>;

export function requireCampaign(db: Db, campaignId: number): Campaign {
  const c = db.select().from(campaigns).where(eq(campaigns.id, campaignId)).get();
  if (!c) throw new ActionError(IMPORT_TEXT.noCampaign, 'not_found');
  return c;
}

function checked<K extends SheetKey>(check: RecordCheck<K>) {
  if (!check.ok) throw new ActionError(check.message, 'invalid', check.fieldErrors);
  return check.record;
}

/** Writes one new record with the import's writer, as the last of its siblings. */
function insertWithWriter<K extends SheetKey>(db: Db, campaign: Campaign, key: K, record: unknown, sortOrder: number) {
  const writes = Object.fromEntries(SHEET_KEYS.map((k) => [k, []])) as unknown as StructurePlan['writes'];
  (writes[key] as unknown[]).push({ record: { ...(record as object), row: sortOrder }, isNew: true });
  writeStructure(db, campaign, writes);
}

function compIdsOf(db: Db, campaignId: number): number[] {
  return db
    .select({ id: competitions.id })
    .from(competitions)
    .where(eq(competitions.campaignId, campaignId))
    .all()
    .map((c) => c.id);
}

/** Refuses a name another row of the campaign already has, archived ones included. */
function refuseClash(kind: ItemKind, name: string, other: { archivedFrom: string | null } | undefined) {
  if (other)
    throw new ActionError(ITEM_TEXT.duplicate(kind, name, other.archivedFrom !== null), 'invalid', {
      name: [ITEM_TEXT.duplicate(kind, name, other.archivedFrom !== null)],
    });
}

/** Adds (`id` null) or edits a competition of `campaign`. Returns its id. */
export function saveCompetition(db: Db, actor: Actor, campaign: Campaign, id: number | null, values: Values): number {
  const old =
    id === null
      ? null
      : db
          .select()
          .from(competitions)
          .where(and(eq(competitions.id, id), eq(competitions.campaignId, campaign.id)))
          .get();
  if (id !== null && !old) throw new ActionError(ITEM_TEXT.notFound('competition'), 'not_found');
  const existing = readStructure(db, campaign.id);
  const base = old ? withoutRecord(existing, 'competitions', old.name) : existing;
  const r = checked(
    checkRecord('competitions', values, base, campaign.year, ITEM_TEXT.duplicate('competition', String(values.name), false)),
  ) as CompetitionRecord;
  const where = and(
    eq(competitions.campaignId, campaign.id),
    eq(competitions.name, r.name),
    id === null ? undefined : ne(competitions.id, id),
  );
  refuseClash('competition', r.name, db.select().from(competitions).where(where).get());
  const l = lookups(db, campaign.id);
  if (!old) {
    const max = db
      .select({ n: sql<number>`coalesce(max(${competitions.sortOrder}), 0)` })
      .from(competitions)
      .where(eq(competitions.campaignId, campaign.id))
      .get()!.n;
    insertWithWriter(db, campaign, 'competitions', r, max + 1);
    const newId = l.competitionId(r.name)!;
    actor.audit({ action: 'structure.competition_create', entityType: 'competition', entityId: newId, after: r });
    return newId;
  }
  const set = {
    name: r.name,
    shortName: r.shortName,
    description: r.description,
    leadPersonId: l.personId(r.leadPerson),
    leadUnitId: l.unitId(r.leadUnit),
  };
  db.update(competitions).set(set).where(eq(competitions.id, old.id)).run();
  actor.audit({ action: 'structure.competition_update', entityType: 'competition', entityId: old.id, before: old, after: set });
  return old.id;
}

/** Adds (`id` null) or edits a task force of `campaign` with its member units. Returns its id. */
export function saveTaskForce(db: Db, actor: Actor, campaign: Campaign, id: number | null, values: Values): number {
  const found = id === null ? null : findItem(db, 'taskForce', id, campaign.id);
  if (id !== null && !found) throw new ActionError(ITEM_TEXT.notFound('taskForce'), 'not_found');
  const old = found ? db.select().from(taskForces).where(eq(taskForces.id, found.id)).get()! : null;
  const existing = readStructure(db, campaign.id);
  const base = old ? withoutRecord(existing, 'taskForces', old.name) : existing;
  const r = checked(
    checkRecord('taskForces', values, base, campaign.year, ITEM_TEXT.duplicate('taskForce', String(values.name), false)),
  ) as TaskForceRecord;
  const where = and(
    inArray(taskForces.competitionId, compIdsOf(db, campaign.id)),
    eq(taskForces.name, r.name),
    id === null ? undefined : ne(taskForces.id, id),
  );
  refuseClash('taskForce', r.name, db.select().from(taskForces).where(where).get());
  const l = lookups(db, campaign.id);
  const competitionId = l.competitionId(r.competition)!;
  if (!old) {
    const max = db
      .select({ n: sql<number>`coalesce(max(${taskForces.sortOrder}), 0)` })
      .from(taskForces)
      .where(eq(taskForces.competitionId, competitionId))
      .get()!.n;
    insertWithWriter(db, campaign, 'taskForces', r, max + 1);
    const newId = l.taskForceId(r.name)!;
    actor.audit({ action: 'structure.task_force_create', entityType: 'taskForce', entityId: newId, after: r });
    return newId;
  }
  const set = { name: r.name, competitionId, goal: r.goal, leadPersonId: l.personId(r.leadPerson), leadUnitId: l.unitId(r.leadUnit) };
  db.update(taskForces).set(set).where(eq(taskForces.id, old.id)).run();
  const before = db.select().from(taskForceMembers).where(eq(taskForceMembers.taskForceId, old.id)).all();
  db.delete(taskForceMembers).where(eq(taskForceMembers.taskForceId, old.id)).run();
  const memberIds = [...new Set(r.members.map((m) => l.unitId(m)!))];
  if (memberIds.length)
    db.insert(taskForceMembers)
      .values(memberIds.map((unitId) => ({ taskForceId: old.id, unitId })))
      .run();
  actor.audit({
    action: 'structure.task_force_update',
    entityType: 'taskForce',
    entityId: old.id,
    before: { ...old, members: before.map((m) => m.unitId) },
    after: { ...set, members: memberIds },
  });
  return old.id;
}

/** Adds (`id` null) or edits an indicator; with reported figures its kind and targets stay as they are (目标调整 changes them). */
export function saveIndicator(db: Db, actor: Actor, campaign: Campaign, id: number | null, values: Values): number {
  const found = id === null ? null : findItem(db, 'indicator', id, campaign.id);
  if (id !== null && !found) throw new ActionError(ITEM_TEXT.notFound('indicator'), 'not_found');
  const old = found ? db.select().from(indicators).where(eq(indicators.id, found.id)).get()! : null;
  const oldTf = old ? db.select().from(taskForces).where(eq(taskForces.id, old.taskForceId)).get()! : null;
  const locked = old !== null && entryCount(db, old.id) > 0;
  const input = locked ? { ...values, kind: old.kind, annualTarget: old.annualTarget, targetRank: old.targetRank } : values;
  const existing = readStructure(db, campaign.id);
  const base = old ? withoutRecord(existing, 'indicators', `${oldTf!.name}／${old.name}`) : existing;
  const r = checked(
    checkRecord('indicators', input, base, campaign.year, ITEM_TEXT.duplicate('indicator', String(values.name), false)),
  ) as IndicatorRecord;
  const l = lookups(db, campaign.id);
  const taskForceId = l.taskForceId(r.taskForce)!;
  const where = and(eq(indicators.taskForceId, taskForceId), eq(indicators.name, r.name), id === null ? undefined : ne(indicators.id, id));
  refuseClash('indicator', r.name, db.select().from(indicators).where(where).get());
  if (!old) {
    const max = db
      .select({ n: sql<number>`coalesce(max(${indicators.sortOrder}), 0)` })
      .from(indicators)
      .where(eq(indicators.taskForceId, taskForceId))
      .get()!.n;
    insertWithWriter(db, campaign, 'indicators', r, max + 1);
    const newId = l.indicatorId(r.taskForce, r.name)!;
    actor.audit({ action: 'structure.indicator_create', entityType: 'indicator', entityId: newId, after: r });
    return newId;
  }
  const { taskForce: _tf, responsibleUnit, ...fields } = r;
  const set = { ...fields, taskForceId, responsibleUnitId: l.unitId(responsibleUnit) };
  db.update(indicators).set(set).where(eq(indicators.id, old.id)).run();
  actor.audit({ action: 'structure.indicator_update', entityType: 'indicator', entityId: old.id, before: old, after: set });
  return old.id;
}
