import 'server-only';
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  countyValues,
  periods,
  progressEntries,
  regions,
  users,
  type Campaign,
  type Indicator,
  type IndicatorStep,
  type Period,
  type ProgressEntry,
} from '@/db/schema';
import { can, type AuthUser } from '@/lib/auth/permissions';
import { getNow } from './clock';
import { getCampaignStructure } from './structure';

/** Periods open for reporting (not locked), oldest first. */
export function listOpenPeriods(campaignId: number): Period[] {
  return getDb()
    .select()
    .from(periods)
    .where(and(eq(periods.campaignId, campaignId), eq(periods.locked, false)))
    .orderBy(asc(periods.period))
    .all();
}

/** Whether the period's deadline has passed (submissions now are marked late). */
export function isPastDeadline(p: Period, now = getNow()): boolean {
  return now.getTime() > Date.parse(p.deadline);
}

export interface ReportRow {
  indicator: Indicator;
  taskForceId: number;
  taskForceName: string;
  competitionId: number;
  phasedTargets: { period: string; target: number }[];
  steps: IndicatorStep[];
  entry: ProgressEntry | null;
  /** Approved values of the year before this period (for the status preview and 上期数值). */
  history: { period: string; value: number | null }[];
  county: { regionCode: string; name: string; value: number | null }[] | null;
  canEditCounty: boolean;
}

/**
 * The indicators this user may report for, with this period's entry. Scope is checked here with
 * `can(user, 'progress:edit', …)`; an administrator sees one task force at a time (`taskForceId`).
 */
export function getReportRows(user: AuthUser, campaign: Campaign, period: string, taskForceId?: number): ReportRow[] {
  const s = getCampaignStructure(campaign.id);
  const tfById = new Map(s.taskForces.map((t) => [t.id, t]));
  const mine = s.indicators.filter((i) => {
    const tf = tfById.get(i.taskForceId)!;
    if (taskForceId !== undefined && i.taskForceId !== taskForceId) return false;
    return can(user, 'progress:edit', { indicatorId: i.id, taskForceId: tf.id, competitionId: tf.competitionId });
  });
  if (mine.length === 0) return [];
  const ids = mine.map((i) => i.id);
  const db = getDb();
  const year = period.slice(0, 4);
  const entries = db
    .select()
    .from(progressEntries)
    .where(and(inArray(progressEntries.indicatorId, ids), gte(progressEntries.period, `${year}-01`), lte(progressEntries.period, period)))
    .all();
  const counties = db.select().from(regions).where(eq(regions.level, 'county')).orderBy(asc(regions.sortOrder)).all();
  const cv = db
    .select()
    .from(countyValues)
    .where(and(inArray(countyValues.indicatorId, ids), eq(countyValues.period, period)))
    .all();
  return mine.map((indicator) => {
    const tf = tfById.get(indicator.taskForceId)!;
    const own = entries.filter((e) => e.indicatorId === indicator.id);
    return {
      indicator,
      taskForceId: tf.id,
      taskForceName: tf.name,
      competitionId: tf.competitionId,
      phasedTargets: s.phasedTargets.get(indicator.id) ?? [],
      steps: s.steps.get(indicator.id) ?? [],
      entry: own.find((e) => e.period === period) ?? null,
      history: own.filter((e) => e.period < period && e.status === 'approved').map((e) => ({ period: e.period, value: e.value })),
      county: indicator.hasCountyComparison
        ? counties.map((c) => ({
            regionCode: c.code,
            name: c.name,
            value: cv.find((v) => v.indicatorId === indicator.id && v.regionCode === c.code)?.value ?? null,
          }))
        : null,
      canEditCounty:
        indicator.hasCountyComparison &&
        can(user, 'county:edit', { indicatorId: indicator.id, taskForceId: tf.id, competitionId: tf.competitionId }),
    };
  });
}

export interface Todo {
  period: string;
  deadline: string;
  overdue: boolean;
  missing: number;
  returned: number;
  total: number;
}

/**
 * 待办 for a lead: per open period, how many of their (non-milestone) indicators still lack a
 * submission, how many were returned, and whether the deadline has passed.
 */
export function getLeadTodos(user: AuthUser, campaign: Campaign, now = getNow()): Todo[] {
  return listOpenPeriods(campaign.id)
    .map((p) => {
      const rows = getReportRows(user, campaign, p.period).filter((r) => r.indicator.kind !== 'milestone');
      const missing = rows.filter((r) => !r.entry || r.entry.status === 'draft' || r.entry.status === 'returned').length;
      return {
        period: p.period,
        deadline: p.deadline,
        overdue: now.getTime() > Date.parse(p.deadline),
        missing,
        returned: rows.filter((r) => r.entry?.status === 'returned').length,
        total: rows.length,
      };
    })
    .filter((t) => t.total > 0);
}

export interface ReviewItem {
  entry: ProgressEntry;
  indicator: Indicator;
  taskForceName: string;
  competitionName: string;
  previousValue: number | null;
  submittedByName: string | null;
  /** The entry's period is locked: only an administrator may still review it (audited). */
  periodLocked: boolean;
}

/** Submitted entries in the reviewer's scope (checked here), oldest submission first. */
export function listReviewQueue(user: AuthUser, campaign: Campaign): ReviewItem[] {
  const s = getCampaignStructure(campaign.id);
  const tfById = new Map(s.taskForces.map((t) => [t.id, t]));
  const compById = new Map(s.competitions.map((c) => [c.id, c]));
  const indById = new Map(s.indicators.map((i) => [i.id, i]));
  const db = getDb();
  const submitted = db
    .select()
    .from(progressEntries)
    .where(eq(progressEntries.status, 'submitted'))
    .orderBy(asc(progressEntries.submittedAt))
    .all();
  const visible = submitted.filter((e) => {
    const ind = indById.get(e.indicatorId);
    const tf = ind && tfById.get(ind.taskForceId);
    return tf ? can(user, 'progress:review', { indicatorId: ind.id, taskForceId: tf.id, competitionId: tf.competitionId }) : false;
  });
  if (visible.length === 0) return [];
  const names = new Map(
    db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .all()
      .map((u) => [u.id, u.name]),
  );
  const approved = db
    .select({ indicatorId: progressEntries.indicatorId, period: progressEntries.period, value: progressEntries.value })
    .from(progressEntries)
    .where(
      and(
        inArray(
          progressEntries.indicatorId,
          visible.map((e) => e.indicatorId),
        ),
        eq(progressEntries.status, 'approved'),
      ),
    )
    .all();
  const locked = new Set(
    db
      .select({ period: periods.period })
      .from(periods)
      .where(and(eq(periods.campaignId, campaign.id), eq(periods.locked, true)))
      .all()
      .map((p) => p.period),
  );
  return visible.map((entry) => {
    const indicator = indById.get(entry.indicatorId)!;
    const tf = tfById.get(indicator.taskForceId)!;
    const prev = approved
      .filter((a) => a.indicatorId === entry.indicatorId && a.period < entry.period && a.period.slice(0, 4) === entry.period.slice(0, 4))
      .sort((a, b) => b.period.localeCompare(a.period))[0];
    return {
      entry,
      indicator,
      taskForceName: tf.name,
      competitionName: compById.get(tf.competitionId)?.name ?? '',
      previousValue: prev?.value ?? null,
      submittedByName: entry.submittedBy ? (names.get(entry.submittedBy) ?? null) : null,
      periodLocked: locked.has(entry.period),
    };
  });
}
