import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  projectFigures,
  projectMilestones,
  projects,
  taskForces,
  users,
  type EntryStatus,
  type Project,
  type ProjectFigure,
  type ProjectMilestone,
} from '@/db/schema';
import { roundState } from '@/db/mutations/context';
import { can, type AuthUser } from '@/lib/auth/permissions';
import type { RoundState } from '@/lib/reporting';

export interface ProjectRow {
  project: Project;
  taskForce: { id: number; name: string; competitionId: number } | null;
  milestones: ProjectMilestone[];
  figures: (ProjectFigure & { submittedByName: string | null })[];
}

/**
 * Projects (one, or all by id) with their linked task force, milestones in order and figures
 * (of the given statuses; all when omitted), figures in name then date order. Readable by every
 * logged-in user (dashboard:read is checked by the page).
 */
export function listProjects(opts: { id?: number; statuses?: EntryStatus[] } = {}): ProjectRow[] {
  const db = getDb();
  const rows = db
    .select({ project: projects, tf: { id: taskForces.id, name: taskForces.name, competitionId: taskForces.competitionId } })
    .from(projects)
    .leftJoin(taskForces, eq(taskForces.id, projects.taskForceId))
    .where(opts.id === undefined ? undefined : eq(projects.id, opts.id))
    .orderBy(asc(projects.isDemo), asc(projects.id))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.project.id);
  const milestones = db
    .select()
    .from(projectMilestones)
    .where(inArray(projectMilestones.projectId, ids))
    .orderBy(asc(projectMilestones.sortOrder), asc(projectMilestones.id))
    .all();
  const figures = db
    .select({ figure: projectFigures, by: users.displayName })
    .from(projectFigures)
    .leftJoin(users, eq(users.id, projectFigures.submittedBy))
    .where(and(inArray(projectFigures.projectId, ids), opts.statuses ? inArray(projectFigures.status, opts.statuses) : undefined))
    .orderBy(asc(projectFigures.id))
    .all();
  return rows.map((r) => ({
    project: r.project,
    taskForce: r.tf?.id ? r.tf : null,
    milestones: milestones.filter((m) => m.projectId === r.project.id),
    figures: figures.filter((f) => f.figure.projectId === r.project.id).map((f) => ({ ...f.figure, submittedByName: f.by })),
  }));
}

/** Submitted project figures the user may review (project:review on the project's task force, checked here), oldest first. */
export function listProjectReviewQueue(user: AuthUser): { row: ProjectRow; figure: ProjectRow['figures'][number] }[] {
  return listProjects({ statuses: ['submitted'] })
    .filter((r) => can(user, 'project:review', { taskForceId: r.taskForce?.id ?? null, competitionId: r.taskForce?.competitionId ?? null }))
    .flatMap((row) => row.figures.map((figure) => ({ row, figure })))
    .sort((a, b) => (a.figure.submittedAt ?? '').localeCompare(b.figure.submittedAt ?? ''));
}

export interface ProjectEntryData {
  /** Figures not yet approved, with the round that owes each (its month). */
  open: (ProjectRow['figures'][number] & { round: RoundState })[];
  /** Names already used for this project's figures (offered when adding one). */
  names: { name: string; unit: string }[];
}

/** What the project page's entry panel needs, for a user who may report for the project (checked here: null otherwise). */
export function getProjectEntry(user: AuthUser, row: ProjectRow, campaignId: number): ProjectEntryData | null {
  if (!can(user, 'project:edit', { taskForceId: row.taskForce?.id ?? null, competitionId: row.taskForce?.competitionId ?? null }))
    return null;
  const db = getDb();
  const names = new Map(row.figures.map((f) => [f.name, f.unit]));
  return {
    open: row.figures.filter((f) => f.status !== 'approved').map((f) => ({ ...f, round: roundState(db, campaignId, f.asOf.slice(0, 7)) })),
    names: [...names.entries()].map(([name, unit]) => ({ name, unit })),
  };
}
