import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { periods, progressEntries, users, type Campaign, type Indicator, type ProgressEntry } from '@/db/schema';
import { can, type AuthUser } from '@/lib/auth/permissions';
import { isFigureLate, roundOwing } from '@/lib/metrics';
import { getCampaignStructure } from './structure';

export interface ReviewItem {
  entry: ProgressEntry;
  indicator: Indicator;
  taskForceName: string;
  competitionName: string;
  previousValue: number | null;
  submittedByName: string | null;
  /** The reporting round that owes the figure (错月: data month + lag). */
  round: string;
  /** The round is locked: only an administrator may still review it (audited). */
  periodLocked: boolean;
  /** First submitted after the deadline of that round (isFigureLate). */
  late: boolean;
}

function userNames(): Map<number, string> {
  return new Map(
    getDb()
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .all()
      .map((u) => [u.id, u.name]),
  );
}

function approvedOf(indicatorIds: number[]) {
  return getDb()
    .select({ indicatorId: progressEntries.indicatorId, period: progressEntries.period, value: progressEntries.value })
    .from(progressEntries)
    .where(and(inArray(progressEntries.indicatorId, indicatorIds), eq(progressEntries.status, 'approved')))
    .all();
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
  const names = userNames();
  const approved = approvedOf([...new Set(visible.map((e) => e.indicatorId))]);
  const rounds = db.select().from(periods).where(eq(periods.campaignId, campaign.id)).all();
  const locked = new Set(rounds.filter((p) => p.locked).map((p) => p.period));
  return visible.map((entry) => {
    const indicator = indById.get(entry.indicatorId)!;
    const tf = tfById.get(indicator.taskForceId)!;
    const prev = approved
      .filter((a) => a.indicatorId === entry.indicatorId && a.period < entry.period && a.period.slice(0, 4) === entry.period.slice(0, 4))
      .sort((a, b) => b.period.localeCompare(a.period))[0];
    const round = roundOwing(indicator, entry.period) ?? entry.period;
    return {
      entry,
      indicator,
      taskForceName: tf.name,
      competitionName: compById.get(tf.competitionId)?.name ?? '',
      previousValue: prev?.value ?? null,
      submittedByName: entry.submittedBy ? (names.get(entry.submittedBy) ?? null) : null,
      round,
      periodLocked: locked.has(round),
      late: isFigureLate(indicator, entry.period, entry.firstSubmittedAt, rounds) === true,
    };
  });
}
