import 'server-only';
import { notFound } from 'next/navigation';
import { isDemoDatabase, listPeriods } from '@/db/queries/campaign';
import { getShownCampaign } from '@/db/queries/shown-campaign';
import { getCampaignSettings, getPeriodSnapshot } from '@/db/queries/snapshot';
import { getCampaignStructureIn } from '@/db/queries/structure';
import type { Campaign } from '@/db/schema';
import { resolvePeriodParam } from '@/lib/period-param';
import type { DashboardData, ViewContext } from '@/lib/views/context';

export type SearchParams = Record<string, string | string[] | undefined>;

/** What every dashboard page and export works on: the shown campaign and the selected period. */
export interface DashboardContext extends ViewContext {
  campaign: Campaign;
  demo: boolean;
  /** The shown campaign is a past year: read-only. */
  readOnly: boolean;
}

export type Resolved = { ok: true; ctx: DashboardContext } | { ok: false; message: string };

/**
 * The campaign shown to this request (the year chosen in the header, else the current one) and
 * `?period=` (default: the campaign's current period). An invalid or unopened period gives
 * `{ ok: false, message }` in Chinese, for the PeriodError component; a chosen year that does not
 * exist is not found (404).
 */
export async function resolveDashboard(params: SearchParams): Promise<Resolved> {
  const r = await getShownCampaign();
  if (r.kind !== 'shown') notFound();
  return resolveDashboardFor(r.shown.campaign, params, r.shown.readOnly);
}

/** {@link resolveDashboard} for a given campaign (routes that answer a missing year themselves). */
export function resolveDashboardFor(campaign: Campaign, params: SearchParams, readOnly: boolean): Resolved {
  const opened = listPeriods(campaign.id).map((p) => p.period);
  const resolved = resolvePeriodParam(params.period, opened, campaign.currentPeriod);
  if (!resolved.ok) return resolved;
  return {
    ok: true,
    ctx: { campaign, period: resolved.period, settings: getCampaignSettings(campaign), demo: isDemoDatabase(), readOnly },
  };
}

/**
 * The loaded inputs of the dashboard's view builders for the context: the campaign structure and
 * the period snapshot (both cached until the next write); `ctx` keeps only the period and settings.
 */
export function getDashboardData(ctx: DashboardContext): DashboardData {
  return {
    ctx: { period: ctx.period, settings: ctx.settings },
    structure: getCampaignStructureIn(ctx.campaign.id, ctx.period),
    snapshot: getPeriodSnapshot(ctx.campaign, ctx.period),
  };
}

/** A positive integer id from a route segment or query value (`"12"`), else null (no `"1e3"`, `"01"`). */
export function parseId(raw: string | string[] | undefined): number | null {
  const v = Array.isArray(raw) ? raw[0] : raw;
  if (typeof v !== 'string' || !/^[1-9]\d{0,9}$/.test(v)) return null;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : null;
}

/** First value of a search parameter, or ''. */
export function paramText(params: SearchParams, key: string): string {
  const v = params[key];
  return (Array.isArray(v) ? v[0] : v) ?? '';
}
