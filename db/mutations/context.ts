/**
 * What every reporting write needs first: the actor, the object's full scope, and the period lock.
 * A locked period refuses every write except an administrator's (period:edit-locked), which is
 * audited by the write itself.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { perConnection } from '@/db/prepared';
import { campaigns, competitions, indicators, periods, progressEntries, taskForces, users, type Indicator, type Period } from '@/db/schema';
import type { AuditEvent } from '@/lib/audit';
import { ActionError, type ConflictInfo } from '@/lib/actions/result';
import { can, type AuthUser, type Scope } from '@/lib/auth/permissions';
import { ENTRY_STATUS_LABELS, formatBeijingTime, formatPeriodZh } from '@/lib/format';
import { owedDataPeriod, parsePeriod, roundOwing } from '@/lib/metrics';
import { refusalText, type Refusal } from '@/lib/reporting/refusals';
import { roundGate } from '@/lib/reporting/save';
import type { RoundState, WorkflowActor } from '@/lib/reporting/status';
import { archivedWriteRefusal, type ArchivedWrite } from '@/lib/structure/archive';

export interface Actor {
  user: AuthUser;
  now: Date;
  /** Writes an audit row for this user (the action wrapper's `ctx.audit`). */
  audit: (e: Omit<AuditEvent, 'userId' | 'username' | 'ip'>) => void;
}

export type IndicatorScope = Scope & {
  campaignId: number;
  /** The campaign year: a round owes only figures of its months. */
  year: number;
  homeRegionCode: string;
  kind: Indicator['kind'];
  name: string;
  unit: string;
  lagMonths: number;
  combinedJanFeb: boolean;
  /** The archive marks of the indicator, its task force and its competition (null: not archived). */
  archivedFrom: { indicator: string | null; taskForce: string | null; competition: string | null };
};

const scopeRead = perConnection((db: Db) =>
  db
    .select({
      indicatorId: indicators.id,
      taskForceId: taskForces.id,
      competitionId: competitions.id,
      campaignId: competitions.campaignId,
      year: campaigns.year,
      homeRegionCode: campaigns.homeRegionCode,
      kind: indicators.kind,
      name: indicators.name,
      unit: indicators.unit,
      lagMonths: indicators.lagMonths,
      combinedJanFeb: indicators.combinedJanFeb,
      indicatorArchivedFrom: indicators.archivedFrom,
      taskForceArchivedFrom: taskForces.archivedFrom,
      competitionArchivedFrom: competitions.archivedFrom,
    })
    .from(indicators)
    .innerJoin(taskForces, eq(indicators.taskForceId, taskForces.id))
    .innerJoin(competitions, eq(taskForces.competitionId, competitions.id))
    .innerJoin(campaigns, eq(competitions.campaignId, campaigns.id))
    .where(eq(indicators.id, sql.placeholder('id')))
    .prepare(),
);

/** The indicator with its task force and competition (its full scope), or null. */
export function indicatorScope(db: Db, indicatorId: number): IndicatorScope | null {
  const row = scopeRead(db).get({ id: indicatorId });
  if (!row) return null;
  const { indicatorArchivedFrom, taskForceArchivedFrom, competitionArchivedFrom, ...rest } = row;
  return {
    ...rest,
    archivedFrom: { indicator: indicatorArchivedFrom, taskForce: taskForceArchivedFrom, competition: competitionArchivedFrom },
  };
}

/** The refusal of a write for an archived indicator (or one under an archived task force or competition), or null. */
export function archivedRefusal(scope: IndicatorScope, write?: ArchivedWrite): string | null {
  const a = scope.archivedFrom;
  return archivedWriteRefusal(
    { indicator: { archivedFrom: a.indicator }, taskForce: { archivedFrom: a.taskForce }, competition: { archivedFrom: a.competition } },
    write,
  );
}

/** Refuses every write for an archived indicator (lib/structure/archive archivedWriteRefusal), in any period. */
export function requireNotArchived(scope: IndicatorScope, write?: ArchivedWrite): void {
  const message = archivedRefusal(scope, write);
  if (message) throw new ActionError(message, 'locked');
}

/** An entry with its indicator's full scope, or null. */
export function entryScope(db: Db, entryId: number) {
  const entry = db.select().from(progressEntries).where(eq(progressEntries.id, entryId)).get();
  if (!entry) return null;
  const scope = indicatorScope(db, entry.indicatorId);
  return scope ? { ...scope, entry } : null;
}

const periodRead = perConnection((db: Db) =>
  db
    .select()
    .from(periods)
    .where(and(eq(periods.campaignId, sql.placeholder('campaignId')), eq(periods.period, sql.placeholder('period'))))
    .prepare(),
);

function periodRow(db: Db, campaignId: number, period: string): Period | undefined {
  return periodRead(db).get({ campaignId, period });
}

/** The actor as the workflow rules see it: an administrator overrides (audited). */
export function workflowActor(actor: Actor): WorkflowActor {
  return { userId: actor.user.id, override: can(actor.user, 'period:edit-locked') };
}

/** The reporting round `period` of the campaign as the workflow rules see it (opened or not, locked, deadline). */
export function roundState(db: Db, campaignId: number, period: string): RoundState {
  const p = periodRow(db, campaignId, period);
  return p ? { period, opened: true, locked: p.locked, deadline: p.deadline } : { period, opened: false, locked: false, deadline: null };
}

/** Throws the workflow's refusal as an ActionError (Chinese message, action code, field errors). */
/** A stored village or project figure as a refusal names it: who saved it, when, its value and status. */
export interface StoredFigure {
  updatedBy: number | null;
  updatedAt: string | null;
  value: number;
  status: keyof typeof ENTRY_STATUS_LABELS;
}

/** Refuses a save with the facts of the stored figure (when there is one), the value in `unit`. */
export function refuseFigure(db: Db, refusal: Refusal, current: StoredFigure | undefined, unit: string): never {
  const facts = current && {
    by: nameOf(db, current.updatedBy),
    at: formatBeijingTime(current.updatedAt),
    value: `${current.value}${unit}`,
    status: ENTRY_STATUS_LABELS[current.status],
  };
  return refuse(refusal, facts);
}

export function refuse(refusal: Refusal, facts?: Parameters<typeof refusalText>[1], conflict?: ConflictInfo): never {
  const t = refusalText(refusal, facts);
  throw new ActionError(t.message, t.code, t.fieldErrors, conflict);
}

/**
 * The figure an indicator owes in reporting round `round` (错月: the data month round − lag), with
 * the round's state: that round's lock locks the figure, its deadline makes it late. Refuses when
 * the indicator owes nothing in that round (a milestone, January of a 1—2月 combined indicator, a
 * month of another campaign year).
 */
export function owedFigure(db: Db, scope: IndicatorScope, round: string): { dataPeriod: string; round: RoundState } {
  const dataPeriod = owedDataPeriod(scope, round);
  if (dataPeriod === null || parsePeriod(dataPeriod)?.year !== scope.year) refuse({ reason: 'not_owed', round });
  return { dataPeriod, round: roundState(db, scope.campaignId, round) };
}

/** The state of the round that owes the figure of `dataPeriod` (错月: data month + lag). */
export function owingRound(db: Db, scope: IndicatorScope, dataPeriod: string): RoundState {
  return roundState(db, scope.campaignId, roundOwing(scope, dataPeriod) ?? dataPeriod);
}

/** The opened period, refusing one not opened, or locked for this actor (see roundGate). */
export function requirePeriodOpen(db: Db, actor: Actor, campaignId: number, period: string): Period {
  const refusal = roundGate(roundState(db, campaignId, period), workflowActor(actor));
  if (refusal) refuse(refusal);
  return periodRow(db, campaignId, period)!;
}

/**
 * Refuses a date whose month is a locked period of the campaign (a month never opened is not
 * locked). `what` names the date in the message, e.g. "完成日期 2020-08-15".
 */
export function requireMonthOpen(db: Db, actor: Actor, campaignId: number, date: string, what: string): void {
  const month = date.slice(0, 7);
  const p = periodRow(db, campaignId, month);
  if (p?.locked && !can(actor.user, 'period:edit-locked')) {
    throw new ActionError(`${what}属于${formatPeriodZh(month)}，该统计期已锁定，不能再修改。如确需更正，请联系系统管理员。`, 'locked', {
      doneDate: [`${formatPeriodZh(month)}已锁定`],
    });
  }
}

/** The display name of a user, or 他人. */
export function nameOf(db: Db, userId: number | null): string {
  if (userId === null) return '他人';
  return db.select({ n: users.displayName }).from(users).where(eq(users.id, userId)).get()?.n ?? '他人';
}
