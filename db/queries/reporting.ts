import 'server-only';
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  countyValues,
  periods,
  progressEntries,
  regions,
  type Campaign,
  type Indicator,
  type IndicatorStep,
  type Period,
  type ProgressEntry,
} from '@/db/schema';
import { can, roleHas, type AuthUser } from '@/lib/auth/permissions';
import { isFigureLate, owedDataPeriod, parsePeriod, roundTodo, type RoundTodo } from '@/lib/metrics';
import { listReviewQueue } from './review-queue';
import { getCampaignStructure, getCampaignStructureIn, type CampaignStructure } from './structure';
import { countOverdueWorkItems } from './work-items';

/** Periods open for reporting (not locked), oldest first. */
export function listOpenPeriods(campaignId: number): Period[] {
  return getDb()
    .select()
    .from(periods)
    .where(and(eq(periods.campaignId, campaignId), eq(periods.locked, false)))
    .orderBy(asc(periods.period))
    .all();
}

export interface ReportRow {
  indicator: Indicator;
  taskForceId: number;
  taskForceName: string;
  competitionId: number;
  phasedTargets: { period: string; target: number }[];
  steps: IndicatorStep[];
  /**
   * The data month whose figure the round owes (错月: round − lag); null when it owes none (a
   * milestone, January of a 1—2月 combined indicator, a month of another year).
   */
  dataPeriod: string | null;
  /** The entry of `dataPeriod`. */
  entry: ProgressEntry | null;
  /** The entry's first submission was after the deadline of the round that owes it (isFigureLate). */
  late: boolean;
  /** Approved values of the year before the data month (for the status preview and 上期数值). */
  history: { period: string; value: number | null }[];
  /** The counties' values of the data month. */
  county: { regionCode: string; name: string; value: number | null }[] | null;
  canEditCounty: boolean;
}

/** The indicators of the campaign this user may report for (scope checked with can), optionally one task force. */
export function reportableIndicators(user: AuthUser, s: CampaignStructure, taskForceId?: number): Indicator[] {
  const tfById = new Map(s.taskForces.map((t) => [t.id, t]));
  return s.indicators.filter((i) => {
    const tf = tfById.get(i.taskForceId)!;
    if (taskForceId !== undefined && i.taskForceId !== taskForceId) return false;
    return can(user, 'progress:edit', { indicatorId: i.id, taskForceId: tf.id, competitionId: tf.competitionId });
  });
}

/** The data month reporting round `round` owes for `ind` (错月: round − lag) in the campaign year `year`, or null. */
export function owedMonth(ind: Indicator, round: string, year: number): string | null {
  const month = owedDataPeriod(ind, round);
  return month !== null && parsePeriod(month)?.year === year ? month : null;
}

function yearEntries(ids: number[], year: number): ProgressEntry[] {
  if (ids.length === 0) return [];
  return getDb()
    .select()
    .from(progressEntries)
    .where(
      and(inArray(progressEntries.indicatorId, ids), gte(progressEntries.period, `${year}-01`), lte(progressEntries.period, `${year}-12`)),
    )
    .all();
}

function countyOf(ids: number[], months: string[]) {
  if (ids.length === 0 || months.length === 0) return [];
  return getDb()
    .select()
    .from(countyValues)
    .where(and(inArray(countyValues.indicatorId, ids), inArray(countyValues.period, months)))
    .all();
}

/**
 * The indicators this user may report for in reporting round `round`, each with the data month it
 * owes (错月), that month's entry, lateness and county values. Scope is checked here with
 * `can(user, 'progress:edit', …)`; an administrator sees one task force at a time (`taskForceId`).
 */
export function getReportRows(user: AuthUser, campaign: Campaign, round: string, taskForceId?: number): ReportRow[] {
  const s = getCampaignStructureIn(campaign.id, round);
  const tfById = new Map(s.taskForces.map((t) => [t.id, t]));
  const mine = reportableIndicators(user, s, taskForceId);
  if (mine.length === 0) return [];
  const ids = mine.map((i) => i.id);
  const months = new Map(mine.map((i) => [i.id, owedMonth(i, round, campaign.year)]));
  const entries = yearEntries(ids, campaign.year);
  const rounds = getDb().select().from(periods).where(eq(periods.campaignId, campaign.id)).all();
  const counties = getDb().select().from(regions).where(eq(regions.level, 'county')).orderBy(asc(regions.sortOrder)).all();
  const cv = countyOf(ids, [...new Set([...months.values()].filter((m): m is string => m !== null))]);
  return mine.map((indicator) => {
    const tf = tfById.get(indicator.taskForceId)!;
    const dataPeriod = months.get(indicator.id)!;
    const own = entries.filter((e) => e.indicatorId === indicator.id);
    const entry = dataPeriod === null ? null : (own.find((e) => e.period === dataPeriod) ?? null);
    const scope = { indicatorId: indicator.id, taskForceId: tf.id, competitionId: tf.competitionId };
    const before = dataPeriod ?? round;
    return {
      indicator,
      taskForceId: tf.id,
      taskForceName: tf.name,
      competitionId: tf.competitionId,
      phasedTargets: s.phasedTargets.get(indicator.id) ?? [],
      steps: s.steps.get(indicator.id) ?? [],
      dataPeriod,
      entry,
      late: entry !== null && dataPeriod !== null && isFigureLate(indicator, dataPeriod, entry.firstSubmittedAt, rounds) === true,
      history: own.filter((e) => e.period < before && e.status === 'approved').map((e) => ({ period: e.period, value: e.value })),
      county:
        indicator.hasCountyComparison && dataPeriod !== null
          ? counties.map((c) => ({
              regionCode: c.code,
              name: c.name,
              value: cv.find((v) => v.indicatorId === indicator.id && v.period === dataPeriod && v.regionCode === c.code)?.value ?? null,
            }))
          : null,
      canEditCounty: indicator.hasCountyComparison && can(user, 'county:edit', scope),
    };
  });
}

/**
 * 待办 of the given rounds for what this user reports (optionally one task force): per round, the
 * figures it owes (错月: round − lag), how many are still missing or returned, and whether its
 * deadline has passed at `now` (the reporting clock, an argument). See lib/metrics roundTodo.
 * Rounds that owe this user nothing are left out; an indicator archived from a round owes nothing in it.
 */
export function getRoundTodos(user: AuthUser, campaign: Campaign, rounds: Period[], now: Date, taskForceId?: number): RoundTodo[] {
  const mine = reportableIndicators(user, getCampaignStructure(campaign.id), taskForceId);
  const entries = yearEntries(
    mine.map((i) => i.id),
    campaign.year,
  );
  return rounds
    .map((r) => {
      const counted = new Set(getCampaignStructureIn(campaign.id, r.period).indicators.map((i) => i.id));
      const indicators = mine.filter((i) => counted.has(i.id));
      return roundTodo({ round: r, year: campaign.year, indicators, entries, now: now.toISOString() });
    })
    .filter((t) => t.total > 0);
}

/** 待办 of every open round for what this user reports (the header's 待填报 and the report page's panel). */
export function getLeadTodos(user: AuthUser, campaign: Campaign, now: Date): RoundTodo[] {
  return getRoundTodos(user, campaign, listOpenPeriods(campaign.id), now);
}

/**
 * The header's 待办: for a lead (not an administrator, who reports for everyone) the figures still
 * missing in the open rounds (the sum of roundTodo's `missing`); for a reviewer the length of the
 * review queue. null where the role has no such list; both null without a campaign.
 */
export function getHeaderTodos(
  user: AuthUser,
  campaign: Campaign | undefined,
  now: Date,
): { due: number | null; queue: number | null; overdue?: number | null } {
  if (!campaign) return { due: null, queue: null };
  const due =
    roleHas(user.role, 'progress:edit') && user.role !== 'admin'
      ? getLeadTodos(user, campaign, now).reduce((n, t) => n + t.missing, 0)
      : null;
  const queue = roleHas(user.role, 'progress:review') ? listReviewQueue(user, campaign).length : null;
  return { due, queue, overdue: user.role === 'leader' ? countOverdueWorkItems(campaign.currentPeriod) : null };
}
