/**
 * Campaign administration writes: a new campaign, and a structure import into a new or an
 * existing campaign. Synchronous, inside the action's transaction; each audits what it changed.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { campaigns, competitions, indicators, regions, taskForces, type Campaign } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { DEFAULT_SETTINGS, type CampaignSettings } from '@/lib/metrics/settings';
import { DEFAULT_PERIOD_SCHEDULE } from '@/lib/reporting/schedule';
import { IMPORT_TEXT } from '@/lib/structure/sheets';
import { newYearStructure } from '@/lib/structure/new-year';
import { planStructure, type StructurePlan } from '@/lib/structure/plan';
import { TARGET_PLAN_TEXT } from '@/lib/structure/target-plan';
import { changePhasedTarget } from './phased-target-changes';
import { updateIndicatorTarget } from './targets';
import { carryAssignments } from './scope-carry';
import { readStructure } from './structure-snapshot';
import type { Actor } from './context';
import { writeStructure } from './structure-write';

export interface NewCampaign {
  name: string;
  year: number;
  regionName: string;
  regionCode: string;
}

/**
 * Creates an empty campaign of `year` for the district `regionCode` (its county-level region row
 * is added when missing), with the default settings and January as its current period. Refuses a
 * second campaign of the same name and year.
 */
export function insertCampaign(db: Db, actor: Actor, input: NewCampaign): Campaign {
  const clash = db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.name, input.name), eq(campaigns.year, input.year)))
    .get();
  if (clash) throw new ActionError(IMPORT_TEXT.campaignExists(input.name, input.year), 'invalid', { name: ['活动名称已被使用'] });
  if (!db.select().from(regions).where(eq(regions.code, input.regionCode)).get()) {
    db.insert(regions).values({ code: input.regionCode, name: input.regionName, level: 'county' }).run();
  }
  const row = db
    .insert(campaigns)
    .values({
      name: input.name,
      year: input.year,
      homeRegionCode: input.regionCode,
      currentPeriod: `${input.year}-01`,
      settings: { ...DEFAULT_SETTINGS } as unknown as Record<string, unknown>,
    })
    .returning()
    .get();
  actor.audit({ action: 'campaign.create', entityType: 'campaign', entityId: row.id, after: { name: row.name, year: row.year } });
  return row;
}

/**
 * Writes a plan without errors into `campaign` (all or nothing: the caller's transaction). Its
 * 目标调整 of reported indicators go through updateIndicatorTarget (annual target, target rank) or
 * changePhasedTarget (a month's phased target) with `targetReason` (required then, at least 2
 * characters): one history row and one audit row per change.
 */
export function applyStructure(db: Db, actor: Actor, campaign: Campaign, plan: StructurePlan, fileName: string, targetReason = ''): void {
  if (plan.counts.error > 0) throw new ActionError(IMPORT_TEXT.hasErrors(plan.counts.error), 'invalid');
  const reason = targetReason.trim();
  if (plan.targetChanges.length > 0 && reason.length < 2)
    throw new ActionError(TARGET_PLAN_TEXT.reasonRequired, 'invalid', { targetReason: ['请填写调整理由'] });
  writeStructure(db, campaign, plan.writes);
  for (const c of plan.targetChanges) {
    const indicatorId = indicatorIdByName(db, campaign.id, c.taskForce, c.indicator);
    if (c.field === 'phasedTarget' && c.period)
      changePhasedTarget(db, actor, { indicatorId, period: c.period, to: c.to, reason }, 'targetReason');
    else updateIndicatorTarget(db, actor, { indicatorId, target: String(c.to), reason });
  }
  actor.audit({
    action: 'structure.import',
    entityType: 'campaign',
    entityId: campaign.id,
    after: { add: plan.counts.add, change: plan.counts.change, same: plan.counts.same, targetChanges: plan.targetChanges.length },
    detail: fileName,
  });
}

function indicatorIdByName(db: Db, campaignId: number, taskForce: string, name: string): number {
  return db
    .select({ id: indicators.id })
    .from(indicators)
    .innerJoin(taskForces, eq(taskForces.id, indicators.taskForceId))
    .innerJoin(competitions, eq(competitions.id, taskForces.competitionId))
    .where(and(eq(competitions.campaignId, campaignId), eq(taskForces.name, taskForce), eq(indicators.name, name)))
    .get()!.id;
}

/** Renames a campaign and replaces its settings; audits both versions. */
export function updateCampaign(db: Db, actor: Actor, campaignId: number, input: { name: string; settings: CampaignSettings }): Campaign {
  const before = db.select().from(campaigns).where(eq(campaigns.id, campaignId)).get();
  if (!before) throw new ActionError(IMPORT_TEXT.noCampaign, 'not_found');
  const clash = db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.name, input.name), eq(campaigns.year, before.year)))
    .all()
    .some((c) => c.id !== campaignId);
  if (clash) throw new ActionError(IMPORT_TEXT.campaignExists(input.name, before.year), 'invalid', { name: ['活动名称已被使用'] });
  // Keys the settings form does not edit (the period schedule) are kept.
  const settings = { ...before.settings, ...(input.settings as unknown as Record<string, unknown>) };
  const row = db.update(campaigns).set({ name: input.name, settings }).where(eq(campaigns.id, campaignId)).returning().get();
  actor.audit({
    action: 'campaign.update',
    entityType: 'campaign',
    entityId: campaignId,
    before: { name: before.name, settings: before.settings },
    after: { name: row.name, settings },
  });
  return row;
}

/**
 * Copies the structure of `source` into a new campaign of `input.year` (targets carried over or
 * blank); the source campaign and its entries are only read. Refuses an existing name and year.
 */
export function copyCampaignToYear(
  db: Db,
  actor: Actor,
  source: Campaign,
  input: { name: string; year: number; targets: 'carry' | 'blank' },
) {
  const region = db.select().from(regions).where(eq(regions.code, source.homeRegionCode)).get();
  const copy = insertCampaign(db, actor, {
    name: input.name,
    year: input.year,
    regionName: region?.name ?? '',
    regionCode: source.homeRegionCode,
  });
  // The new year's rounds open by themselves on schedule (lib/reporting/schedule.ts).
  const settings = { ...source.settings, periodSchedule: { ...DEFAULT_PERIOD_SCHEDULE } };
  db.update(campaigns).set({ settings }).where(eq(campaigns.id, copy.id)).run();
  const structure = newYearStructure(readStructure(db, source.id), input.year - source.year, input.targets);
  const plan = planStructure(structure, readStructure(db, null), input.year);
  writeStructure(db, copy, plan.writes);
  carryAssignments(db, actor, source.id, copy.id);
  actor.audit({
    action: 'campaign.copy',
    entityType: 'campaign',
    entityId: copy.id,
    after: { from: source.id, year: input.year, targets: input.targets, add: plan.counts.add },
  });
  return copy;
}
