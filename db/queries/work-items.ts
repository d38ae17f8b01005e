import 'server-only';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  taskForces,
  units,
  users,
  workItemExtensions,
  workItemMilestones,
  workItems,
  type WorkItem,
  type WorkItemExtension,
  type WorkItemMilestone,
} from '@/db/schema';
import { escalationList, periodEndDate } from '@/lib/metrics';

export interface WorkItemRow {
  item: WorkItem;
  taskForce: { id: number; name: string; competitionId: number } | null;
  ownerUnit: string | null;
  /** The scope the item is asked about: its task force, competition and owning township. */
  scope: { taskForceId: number | null; competitionId: number | null; townshipId: number | null };
  milestones: WorkItemMilestone[];
  /** 延期申请, newest first, with the names of who asked and who decided. */
  extensions: (WorkItemExtension & { requestedByName: string | null; decidedByName: string | null })[];
  closedByName: string | null;
}

function names(ids: (number | null)[]): Map<number, string> {
  const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
  if (wanted.length === 0) return new Map();
  return new Map(
    getDb()
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(inArray(users.id, wanted))
      .all()
      .map((u) => [u.id, u.name]),
  );
}

/**
 * Work items (of the given task forces, or one by id, or all) with their task force, owner unit,
 * milestones in order, extension requests and who closed them. Readable by every logged-in user
 * (dashboard:read is checked by the page); what a user may change is asked of `can` per item.
 */
export function listWorkItems(opts: { id?: number; taskForceIds?: number[] } = {}): WorkItemRow[] {
  if (opts.taskForceIds && opts.taskForceIds.length === 0) return [];
  const db = getDb();
  const rows = db
    .select({
      item: workItems,
      tf: { id: taskForces.id, name: taskForces.name, competitionId: taskForces.competitionId },
      unit: units.name,
      unitKind: units.kind,
    })
    .from(workItems)
    .leftJoin(taskForces, eq(taskForces.id, workItems.taskForceId))
    .leftJoin(units, eq(units.id, workItems.ownerUnitId))
    .where(
      opts.id !== undefined ? eq(workItems.id, opts.id) : opts.taskForceIds ? inArray(workItems.taskForceId, opts.taskForceIds) : undefined,
    )
    .orderBy(asc(workItems.id))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.item.id);
  const milestones = db
    .select()
    .from(workItemMilestones)
    .where(inArray(workItemMilestones.workItemId, ids))
    .orderBy(asc(workItemMilestones.sortOrder), asc(workItemMilestones.id))
    .all();
  const extensions = db
    .select()
    .from(workItemExtensions)
    .where(inArray(workItemExtensions.workItemId, ids))
    .orderBy(desc(workItemExtensions.id))
    .all();
  const who = names([...extensions.flatMap((e) => [e.requestedBy, e.decidedBy]), ...rows.map((r) => r.item.closedBy)]);
  const name = (id: number | null) => (id === null ? null : (who.get(id) ?? null));
  return rows.map((r) => ({
    item: r.item,
    taskForce: r.tf?.id ? r.tf : null,
    ownerUnit: r.unit,
    scope: {
      taskForceId: r.tf?.id ?? null,
      competitionId: r.tf?.competitionId ?? null,
      townshipId: r.unitKind === 'township' ? r.item.ownerUnitId : null,
    },
    milestones: milestones.filter((m) => m.workItemId === r.item.id),
    extensions: extensions
      .filter((e) => e.workItemId === r.item.id)
      .map((e) => ({ ...e, requestedByName: name(e.requestedBy), decidedByName: name(e.decidedBy) })),
    closedByName: name(r.item.closedBy),
  }));
}

/** Units that may own a work item (departments and townships), in their order. */
export function listOwnerUnits(): { id: number; name: string }[] {
  return getDb().select({ id: units.id, name: units.name }).from(units).orderBy(asc(units.sortOrder)).all();
}

/** The competition of a task force (its scope for creating work items), or null. */
export function getTaskForceCompetition(taskForceId: number): number | null {
  return getDb().select({ c: taskForces.competitionId }).from(taskForces).where(eq(taskForces.id, taskForceId)).get()?.c ?? null;
}

/** Work items red-flagged (overdue, not 销号) as of the end of `period` (lib/metrics escalationList). */
export function countOverdueWorkItems(period: string): number {
  const items = listWorkItems().map((r) => ({ ...r.item, milestones: r.milestones }));
  return escalationList(items, periodEndDate(period)).filter((e) => e.flag === 'red').length;
}
