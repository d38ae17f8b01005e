/**
 * What refers to a competition, task force, indicator, unit or person, counted on the write's own
 * handle (lib/structure/archive decides from the counts whether it may be deleted). Archived rows
 * count as well: history refers to them.
 */
import type { Db } from '@/db/connection';
import type { ItemKind } from '@/lib/structure/admin-text';
import type { Usage } from '@/lib/structure/archive';

const count = (db: Db, sqlText: string, id: number): number =>
  (db.$client.prepare(`select (${sqlText}) as n`).get({ id }) as { n: number }).n;

const scopes = (type: string) => `select count(*) from user_scopes where scope_type = '${type}' and scope_id = @id`;

const QUERIES: Record<ItemKind, Partial<Record<keyof Usage, string>>> = {
  competition: {
    taskForces: 'select count(*) from task_forces where competition_id = @id',
    scopes: scopes('competition'),
    meetings:
      'select (select count(*) from meeting_slides where competition_id = @id) + (select count(*) from meeting_reports where competition_id = @id)',
  },
  taskForce: {
    indicators: 'select count(*) from indicators where task_force_id = @id',
    scopes: scopes('taskForce'),
    workItems: 'select count(*) from work_items where task_force_id = @id',
    projects: 'select count(*) from projects where task_force_id = @id',
  },
  indicator: {
    entries: 'select count(*) from progress_entries where indicator_id = @id',
    targetChanges: 'select count(*) from target_changes where indicator_id = @id',
    countyValues: 'select count(*) from county_values where indicator_id = @id',
    phasedTargets: 'select count(*) from phased_targets where indicator_id = @id',
    steps: 'select count(*) from indicator_steps where indicator_id = @id',
    scopes: scopes('indicator'),
  },
  unit: {
    leads:
      'select (select count(*) from competitions where lead_unit_id = @id) + (select count(*) from task_forces where lead_unit_id = @id)',
    members: 'select count(*) from task_force_members where unit_id = @id',
    responsible: 'select count(*) from indicators where responsible_unit_id = @id',
    people: 'select count(*) from people where unit_id = @id',
    users: 'select count(*) from users where unit_id = @id',
    workItems: 'select count(*) from work_items where owner_unit_id = @id',
    villages: 'select count(*) from villages where township_unit_id = @id',
    scopes: scopes('township'),
  },
  person: {
    leads:
      'select (select count(*) from competitions where lead_person_id = @id) + (select count(*) from task_forces where lead_person_id = @id)',
  },
};

/** Every reference to the item `id` of `kind`, counted. */
export function usageOf(db: Db, kind: ItemKind, id: number): Usage {
  const out: Usage = {};
  for (const [k, q] of Object.entries(QUERIES[kind]) as [keyof Usage, string][]) out[k] = count(db, q, id);
  return out;
}

/** How many reported figures an indicator has (its annual target and kind are then changed only through 目标调整). */
export function entryCount(db: Db, indicatorId: number): number {
  return count(db, QUERIES.indicator.entries!, indicatorId);
}
