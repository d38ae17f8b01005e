/**
 * Reporting periods (rounds): opening one with its deadline, locking and unlocking. Synchronous,
 * inside the action's transaction; each audits what it changed.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { periods, type Campaign } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { formatPeriodZh } from '@/lib/format';
import type { PublishedRecord } from '@/lib/metrics';
import type { Actor } from './context';
import { insertPublishedRanking } from './published-rankings';

/** Beijing local "YYYY-MM-DDTHH:mm" → UTC ISO instant. */
function beijingToUtc(local: string): string {
  return new Date(Date.parse(`${local}:00+08:00`)).toISOString();
}

/**
 * Opens round `period` of the campaign's year with a deadline given in Beijing local time
 * ("YYYY-MM-DDTHH:mm"), stored as a UTC instant. Refuses another year, a round already opened, and
 * a deadline before the round's month.
 */
export function insertPeriod(db: Db, actor: Actor, campaign: Campaign, input: { period: string; deadline: string }) {
  if (!input.period.startsWith(String(campaign.year)))
    throw new ActionError(`只能开放 ${campaign.year} 年的统计期。`, 'invalid', { period: ['年份不符'] });
  const existing = db
    .select()
    .from(periods)
    .where(and(eq(periods.campaignId, campaign.id), eq(periods.period, input.period)))
    .get();
  if (existing) throw new ActionError(`${formatPeriodZh(input.period)}已经开放，无需重复开放。`, 'invalid', { period: ['已开放'] });
  const deadline = beijingToUtc(input.deadline);
  if (deadline.slice(0, 7) < input.period)
    throw new ActionError('截止时间不能早于该统计期所在月份。', 'invalid', { deadline: ['截止时间过早'] });
  const row = db.insert(periods).values({ campaignId: campaign.id, period: input.period, deadline, locked: false }).returning().get();
  actor.audit({ action: 'period.open', entityType: 'period', entityId: row.id, after: { period: row.period, deadline } });
  return row;
}

/**
 * Locks an open round (recording when and by whom) and publishes its ranking of record (`publish`
 * gives the record of the campaign's period as it stands), or unlocks a locked one (what was
 * published stays). Returns the round, its new state and the version published (null on unlock).
 */
export function togglePeriodLock(
  db: Db,
  actor: Actor,
  periodId: number,
  publish: (campaignId: number, period: string) => PublishedRecord,
): { period: string; locked: boolean; version: number | null } {
  const p = db.select().from(periods).where(eq(periods.id, periodId)).get();
  if (!p) throw new ActionError('该统计期不存在，请刷新页面。', 'not_found');
  const locked = !p.locked;
  db.update(periods)
    .set({ locked, lockedAt: locked ? actor.now.toISOString() : null, lockedBy: locked ? actor.user.id : null })
    .where(eq(periods.id, p.id))
    .run();
  actor.audit({
    action: locked ? 'period.lock' : 'period.unlock',
    entityType: 'period',
    entityId: p.id,
    before: { locked: p.locked },
    after: { locked },
    detail: p.period,
  });
  const version = locked ? insertPublishedRanking(db, actor, p.campaignId, publish(p.campaignId, p.period)) : null;
  return { period: p.period, locked, version };
}
