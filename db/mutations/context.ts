/**
 * What every reporting write needs first: the actor, the object's full scope, and the period lock.
 * A locked period refuses every write except an administrator's (period:edit-locked), which is
 * audited by the write itself.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { campaigns, competitions, indicators, periods, progressEntries, taskForces, users, type Period } from '@/db/schema';
import type { AuditEvent } from '@/lib/audit';
import { ActionError } from '@/lib/actions/result';
import { can, type AuthUser, type Scope } from '@/lib/auth/permissions';
import { formatPeriodZh } from '@/lib/format';

export interface Actor {
  user: AuthUser;
  now: Date;
  /** Writes an audit row for this user (the action wrapper's `ctx.audit`). */
  audit: (e: Omit<AuditEvent, 'userId' | 'username' | 'ip'>) => void;
}

export type IndicatorScope = Scope & { campaignId: number; homeRegionCode: string; kind: string; name: string; unit: string };

/** The indicator with its task force and competition (its full scope), or null. */
export function indicatorScope(db: Db, indicatorId: number): IndicatorScope | null {
  const row = db
    .select({
      indicatorId: indicators.id,
      taskForceId: taskForces.id,
      competitionId: competitions.id,
      campaignId: competitions.campaignId,
      homeRegionCode: campaigns.homeRegionCode,
      kind: indicators.kind,
      name: indicators.name,
      unit: indicators.unit,
    })
    .from(indicators)
    .innerJoin(taskForces, eq(indicators.taskForceId, taskForces.id))
    .innerJoin(competitions, eq(taskForces.competitionId, competitions.id))
    .innerJoin(campaigns, eq(competitions.campaignId, campaigns.id))
    .where(eq(indicators.id, indicatorId))
    .get();
  return row ?? null;
}

/** An entry with its indicator's full scope, or null. */
export function entryScope(db: Db, entryId: number) {
  const entry = db.select().from(progressEntries).where(eq(progressEntries.id, entryId)).get();
  if (!entry) return null;
  const scope = indicatorScope(db, entry.indicatorId);
  return scope ? { ...scope, entry } : null;
}

function periodRow(db: Db, campaignId: number, period: string): Period | undefined {
  return db
    .select()
    .from(periods)
    .where(and(eq(periods.campaignId, campaignId), eq(periods.period, period)))
    .get();
}

const lockedMessage = (period: string) => `${formatPeriodZh(period)}已锁定，不能再修改。如确需更正，请联系系统管理员解锁或代为修改。`;

/** The opened period, refusing one not opened, or locked for this actor. */
export function requirePeriodOpen(db: Db, actor: Actor, campaignId: number, period: string): Period {
  const p = periodRow(db, campaignId, period);
  if (!p) throw new ActionError(`${formatPeriodZh(period)}尚未开放填报，请联系系统管理员开放该统计期。`, 'invalid');
  if (p.locked && !can(actor.user, 'period:edit-locked')) throw new ActionError(lockedMessage(period), 'locked');
  return p;
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
