import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { taskForceMembers, units, workItemMilestones, workItems } from '@/db/schema';
import type { TaskForceRows } from '@/lib/views/rows';
import type { DashboardContext } from './dashboard-context';
import { listMonthlyValues } from './indicator-series';
import { getCampaignStructure } from './structure';

/**
 * The rows of the task force `id`'s page beyond the structure and the snapshot: member units (in
 * the official order), the values of its indicators January → period, and its work items with
 * their milestones. null when `id` is not a task force of the active campaign.
 */
export function getTaskForceRows(ctx: DashboardContext, id: number): TaskForceRows | null {
  const s = getCampaignStructure(ctx.campaign.id);
  if (!s.taskForces.some((t) => t.id === id)) return null;
  const db = getDb();
  const members = db
    .select({ name: units.name })
    .from(taskForceMembers)
    .innerJoin(units, eq(units.id, taskForceMembers.unitId))
    .where(eq(taskForceMembers.taskForceId, id))
    .orderBy(asc(units.sortOrder))
    .all();
  const items = db.select().from(workItems).where(eq(workItems.taskForceId, id)).orderBy(asc(workItems.id)).all();
  const milestones = items.length
    ? db
        .select()
        .from(workItemMilestones)
        .where(
          inArray(
            workItemMilestones.workItemId,
            items.map((w) => w.id),
          ),
        )
        .orderBy(asc(workItemMilestones.sortOrder))
        .all()
    : [];
  return {
    members: members.map((m) => m.name),
    values: listMonthlyValues(
      s.indicators.filter((i) => i.taskForceId === id).map((i) => i.id),
      ctx.period,
    ),
    workItems: items.map((w) => ({ ...w, milestones: milestones.filter((m) => m.workItemId === w.id) })),
  };
}
