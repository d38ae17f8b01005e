/**
 * The full scope of a village, venture, village figure, project, project figure or work item, read
 * from the database for `can(user, permission, scope)`: villages by their administrative village
 * and township, projects and work items by their task force and competition (a work item also by
 * the township that owns it).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import {
  competitions,
  operators,
  projectFigures,
  projects,
  taskForces,
  units,
  villageMetricValues,
  villages,
  ventures,
  workItems,
} from '@/db/schema';
import type { Scope } from '@/lib/auth/permissions';

export type VillageScope = Scope & { villageId: number; townshipId: number; name: string };

/** A village (a natural village counts for its administrative village), or null. */
export function villageScope(db: Db, villageId: number): VillageScope | null {
  const v = db.select().from(villages).where(eq(villages.id, villageId)).get();
  if (!v) return null;
  const admin =
    v.kind === 'natural' && v.parentVillageId !== null ? db.select().from(villages).where(eq(villages.id, v.parentVillageId)).get() : v;
  return admin ? { villageId: admin.id, townshipId: admin.townshipUnitId, name: admin.name } : null;
}

/** A venture with its operator's village scope, or null. */
export function ventureScope(db: Db, ventureId: number): (VillageScope & { ventureId: number; kind: string; ventureName: string }) | null {
  const row = db
    .select({ id: ventures.id, kind: ventures.kind, name: ventures.name, villageId: operators.villageId })
    .from(ventures)
    .innerJoin(operators, eq(operators.id, ventures.operatorId))
    .where(eq(ventures.id, ventureId))
    .get();
  const scope = row ? villageScope(db, row.villageId) : null;
  return row && scope ? { ...scope, ventureId: row.id, kind: row.kind, ventureName: row.name } : null;
}

/** A village figure with its venture's scope, or null. */
export function villageFigureScope(db: Db, figureId: number) {
  const f = db.select().from(villageMetricValues).where(eq(villageMetricValues.id, figureId)).get();
  const scope = f ? ventureScope(db, f.ventureId) : null;
  return f && scope ? { ...scope, figure: f } : null;
}

export type ProjectScope = Scope & { projectId: number; name: string; campaignId: number | null };

/** A project with its linked task force and competition, or null. */
export function projectScope(db: Db, projectId: number): ProjectScope | null {
  const row = db
    .select({
      projectId: projects.id,
      name: projects.name,
      taskForceId: taskForces.id,
      competitionId: competitions.id,
      campaignId: competitions.campaignId,
    })
    .from(projects)
    .leftJoin(taskForces, eq(taskForces.id, projects.taskForceId))
    .leftJoin(competitions, eq(competitions.id, taskForces.competitionId))
    .where(eq(projects.id, projectId))
    .get();
  return row ?? null;
}

/** A project figure with its project's scope, or null. */
export function projectFigureScope(db: Db, figureId: number) {
  const f = db.select().from(projectFigures).where(eq(projectFigures.id, figureId)).get();
  const scope = f ? projectScope(db, f.projectId) : null;
  return f && scope ? { ...scope, figure: f } : null;
}

export type WorkItemScope = Scope & { workItemId: number; title: string; campaignId: number | null };

/** A work item with its task force, competition and owning township, or null. */
export function workItemScope(db: Db, workItemId: number): WorkItemScope | null {
  const row = db
    .select({
      workItemId: workItems.id,
      title: workItems.title,
      taskForceId: taskForces.id,
      competitionId: competitions.id,
      campaignId: competitions.campaignId,
      ownerUnitId: units.id,
      ownerKind: units.kind,
    })
    .from(workItems)
    .leftJoin(taskForces, eq(taskForces.id, workItems.taskForceId))
    .leftJoin(competitions, eq(competitions.id, taskForces.competitionId))
    .leftJoin(units, eq(units.id, workItems.ownerUnitId))
    .where(eq(workItems.id, workItemId))
    .get();
  if (!row) return null;
  const { ownerUnitId, ownerKind, ...rest } = row;
  return { ...rest, townshipId: ownerKind === 'township' ? ownerUnitId : null };
}
