import 'server-only';
import { desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { currentCampaignRow } from '@/db/mutations/campaign-years';
import { readStructure } from '@/db/mutations/structure-snapshot';
import { campaigns, competitions, indicators, regions, taskForces, type Campaign } from '@/db/schema';
import type { StructureData } from '@/lib/structure/types';

export interface CampaignListRow {
  campaign: Campaign;
  regionName: string | null;
  competitions: number;
  taskForces: number;
  indicators: number;
}

/** Every campaign, newest year first, with the size of its structure. For administrators' pages. */
export function listCampaignsForAdmin(): CampaignListRow[] {
  const db = getDb();
  const rows = db.select().from(campaigns).orderBy(desc(campaigns.year), desc(campaigns.id)).all();
  const regionName = new Map(
    db
      .select()
      .from(regions)
      .all()
      .map((r) => [r.code, r.name]),
  );
  return rows.map((c) => {
    const compIds = db
      .select({ id: competitions.id })
      .from(competitions)
      .where(eq(competitions.campaignId, c.id))
      .all()
      .map((r) => r.id);
    const tfIds = compIds.length
      ? db
          .select({ id: taskForces.id })
          .from(taskForces)
          .where(inArray(taskForces.competitionId, compIds))
          .all()
          .map((r) => r.id)
      : [];
    const inds = tfIds.length
      ? db
          .select({ n: sql<number>`count(*)` })
          .from(indicators)
          .where(inArray(indicators.taskForceId, tfIds))
          .get()!.n
      : 0;
    return {
      campaign: c,
      regionName: regionName.get(c.homeRegionCode) ?? null,
      competitions: compIds.length,
      taskForces: tfIds.length,
      indicators: inds,
    };
  });
}

/** One campaign by id, or undefined. */
export function findCampaign(id: number): Campaign | undefined {
  return getDb().select().from(campaigns).where(eq(campaigns.id, id)).get();
}

/** The structure of a campaign (null: only the district's units and people, for the blank template). */
export function getStructureForExport(campaignId: number | null): StructureData {
  return readStructure(getDb(), campaignId);
}

/** The district (name and code) of the most recent campaign, to prefill a new one; null in an empty installation. */
export function getHomeRegion(): { code: string; name: string } | null {
  const db = getDb();
  const c = db.select().from(campaigns).orderBy(desc(campaigns.year), desc(campaigns.id)).get();
  if (!c) return null;
  const r = db.select().from(regions).where(eq(regions.code, c.homeRegionCode)).get();
  return { code: c.homeRegionCode, name: r?.name ?? '' };
}

/**
 * The campaigns a structure import may write into: the current campaign only (the action refuses
 * every other, lib/campaign/choice pastYearMessage), and how many other (past) campaigns are left out.
 */
export function listImportTargets(): { targets: { id: number; label: string }[]; leftOut: number } {
  const db = getDb();
  const current = currentCampaignRow(db);
  const all = db
    .select({ n: sql<number>`count(*)` })
    .from(campaigns)
    .get()!.n;
  return {
    targets: current ? [{ id: current.id, label: `${current.year}年“${current.name}”` }] : [],
    leftOut: current ? all - 1 : 0,
  };
}
