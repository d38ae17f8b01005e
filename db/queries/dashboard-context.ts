import 'server-only';
import { getActiveCampaign, isDemoDatabase, listPeriods } from '@/db/queries/campaign';
import { getCampaignSettings, getPeriodSnapshot } from '@/db/queries/snapshot';
import { getCampaignStructureIn } from '@/db/queries/structure';
import type { Campaign } from '@/db/schema';
import { resolvePeriodParam } from '@/lib/period-param';
import type { DashboardData, ViewContext } from '@/lib/views/context';

export type SearchParams = Record<string, string | string[] | undefined>;

/** What every dashboard page and export works on: the active campaign and the selected period. */
export interface DashboardContext extends ViewContext {
  campaign: Campaign;
  demo: boolean;
}

/**
 * The active campaign and `?period=` (default: the campaign's current period). An invalid or
 * unopened period gives `{ ok: false, message }` in Chinese, for the PeriodError component.
 */
export function resolveDashboard(params: SearchParams): { ok: true; ctx: DashboardContext } | { ok: false; message: string } {
  const campaign = getActiveCampaign();
  const opened = listPeriods(campaign.id).map((p) => p.period);
  const resolved = resolvePeriodParam(params.period, opened, campaign.currentPeriod);
  if (!resolved.ok) return resolved;
  return { ok: true, ctx: { campaign, period: resolved.period, settings: getCampaignSettings(campaign), demo: isDemoDatabase() } };
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
