/**
 * 归档 / 恢复 / 删除 of a competition, task force, indicator, unit or person. Deleting is refused
 * while anything refers to the item (lib/structure/archive deleteRefusal); archiving keeps every
 * row and marks the period from which it no longer counts. Synchronous, inside the action's
 * transaction; each audits what it changed.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { competitions, indicators, people, taskForceMembers, taskForces, units } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { ARCHIVE_TEXT, ITEM_TEXT, type ItemKind } from '@/lib/structure/admin-text';
import { deleteRefusal } from '@/lib/structure/archive';
import type { Actor } from './context';
import { usageOf } from './structure-usage';

const TABLES = { competition: competitions, taskForce: taskForces, indicator: indicators, unit: units, person: people } as const;

export interface ItemRow {
  id: number;
  name: string;
  archivedFrom: string | null;
  /** The campaign of a competition, task force or indicator; null for units and people. */
  campaignId: number | null;
  /** The archive mark of the competition or task force above it, if any. */
  parentArchived: ItemKind | null;
}

function hierarchyRow(db: Db, kind: 'competition' | 'taskForce' | 'indicator', id: number): ItemRow | null {
  const ind = kind === 'indicator' ? db.select().from(indicators).where(eq(indicators.id, id)).get() : undefined;
  if (kind === 'indicator' && !ind) return null;
  const tfId = kind === 'taskForce' ? id : ind?.taskForceId;
  const tf = tfId === undefined ? undefined : db.select().from(taskForces).where(eq(taskForces.id, tfId)).get();
  if (kind !== 'competition' && !tf) return null;
  const comp = db
    .select()
    .from(competitions)
    .where(eq(competitions.id, kind === 'competition' ? id : tf!.competitionId))
    .get();
  if (!comp) return null;
  const own = ind ?? (kind === 'taskForce' ? tf! : comp);
  const parentArchived =
    kind !== 'competition' && comp.archivedFrom ? 'competition' : kind === 'indicator' && tf!.archivedFrom ? 'taskForce' : null;
  return { id, name: own.name, archivedFrom: own.archivedFrom, campaignId: comp.campaignId, parentArchived };
}

/** The item with its campaign; null when it does not exist (or is not of `campaignId`, when given). */
export function findItem(db: Db, kind: ItemKind, id: number, campaignId?: number | null): ItemRow | null {
  if (kind === 'unit' || kind === 'person') {
    const t = TABLES[kind];
    const row = db.select({ id: t.id, name: t.name, archivedFrom: t.archivedFrom }).from(t).where(eq(t.id, id)).get();
    return row ? { ...row, campaignId: null, parentArchived: null } : null;
  }
  const row = hierarchyRow(db, kind, id);
  if (!row || (campaignId != null && row.campaignId !== campaignId)) return null;
  return row;
}

function requireItem(db: Db, kind: ItemKind, id: number, campaignId?: number | null): ItemRow {
  const row = findItem(db, kind, id, campaignId);
  if (!row) throw new ActionError(ITEM_TEXT.notFound(kind), 'not_found');
  return row;
}

function setMark(db: Db, kind: ItemKind, id: number, archivedFrom: string | null, archivedAt: string | null) {
  const t = TABLES[kind];
  db.update(t).set({ archivedFrom, archivedAt }).where(eq(t.id, id)).run();
}

/** Archives the item from period `from` (`YYYY-MM`): it stays in every earlier period. */
export function archiveItem(db: Db, actor: Actor, kind: ItemKind, id: number, campaignId: number | null, from: string): string {
  const row = requireItem(db, kind, id, campaignId);
  if (row.archivedFrom) throw new ActionError(ARCHIVE_TEXT.alreadyArchived(kind), 'conflict');
  setMark(db, kind, id, from, actor.now.toISOString());
  actor.audit({ action: 'structure.archive', entityType: kind, entityId: id, before: { name: row.name }, after: { archivedFrom: from } });
  return ARCHIVE_TEXT.archived(kind, row.name, from);
}

/** Restores an archived item (refused under an archived competition or task force). */
export function restoreItem(db: Db, actor: Actor, kind: ItemKind, id: number, campaignId: number | null): string {
  const row = requireItem(db, kind, id, campaignId);
  if (!row.archivedFrom) throw new ActionError(ARCHIVE_TEXT.notArchived(kind), 'conflict');
  if (row.parentArchived) throw new ActionError(ARCHIVE_TEXT.parentArchived(row.parentArchived), 'conflict');
  setMark(db, kind, id, null, null);
  actor.audit({
    action: 'structure.restore',
    entityType: kind,
    entityId: id,
    before: { archivedFrom: row.archivedFrom },
    after: { name: row.name },
  });
  return ARCHIVE_TEXT.restored(kind, row.name);
}

/** Deletes an item nothing refers to; otherwise refuses with what refers to it and the offer to archive. */
export function deleteItem(db: Db, actor: Actor, kind: ItemKind, id: number, campaignId: number | null): string {
  const row = requireItem(db, kind, id, campaignId);
  const refusal = deleteRefusal(kind, usageOf(db, kind, id));
  if (refusal) throw new ActionError(refusal, 'conflict');
  if (kind === 'taskForce') db.delete(taskForceMembers).where(eq(taskForceMembers.taskForceId, id)).run();
  const t = TABLES[kind];
  db.delete(t).where(eq(t.id, id)).run();
  actor.audit({ action: 'structure.delete', entityType: kind, entityId: id, before: { name: row.name } });
  return ARCHIVE_TEXT.deleted(kind, row.name);
}
