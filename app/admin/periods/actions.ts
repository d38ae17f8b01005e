'use server';

import { and, eq } from 'drizzle-orm';
import { periods } from '@/db/schema';
import { getActiveCampaign } from '@/db/queries/campaign';
import { getNow } from '@/db/queries/clock';
import { action } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { formatPeriodZh } from '@/lib/format';
import { OpenPeriodInput, PeriodLockInput } from '@/lib/validation/progress';

/** Beijing local "YYYY-MM-DDTHH:mm" → UTC ISO instant. */
function beijingToUtc(local: string): string {
  return new Date(Date.parse(`${local}:00+08:00`)).toISOString();
}

export const openPeriodAction = action({
  name: 'period.open',
  schema: OpenPeriodInput,
  permission: 'period:manage',
  run: ({ db, input, audit }) => {
    const campaign = getActiveCampaign();
    if (!input.period.startsWith(String(campaign.year)))
      throw new ActionError(`只能开放 ${campaign.year} 年的统计期。`, 'invalid', { period: ['年份不符'] });
    if (
      db
        .select()
        .from(periods)
        .where(and(eq(periods.campaignId, campaign.id), eq(periods.period, input.period)))
        .get()
    ) {
      throw new ActionError(`${formatPeriodZh(input.period)}已经开放，无需重复开放。`, 'invalid', { period: ['已开放'] });
    }
    const deadline = beijingToUtc(input.deadline);
    if (deadline.slice(0, 7) < input.period)
      throw new ActionError('截止时间不能早于该统计期所在月份。', 'invalid', { deadline: ['截止时间过早'] });
    const row = db.insert(periods).values({ campaignId: campaign.id, period: input.period, deadline, locked: false }).returning().get();
    audit({ action: 'period.open', entityType: 'period', entityId: row.id, after: { period: row.period, deadline } });
    return { notice: `已开放${formatPeriodZh(input.period)}填报。` };
  },
  revalidate: ['/admin/periods', '/report'],
});

export const togglePeriodLockAction = action({
  name: 'period.lock',
  schema: PeriodLockInput,
  permission: 'period:manage',
  run: ({ db, input, user, audit }) => {
    const p = db.select().from(periods).where(eq(periods.id, input.periodId)).get();
    if (!p) throw new ActionError('该统计期不存在，请刷新页面。', 'not_found');
    const locked = !p.locked;
    db.update(periods)
      .set({ locked, lockedAt: locked ? getNow().toISOString() : null, lockedBy: locked ? user.id : null })
      .where(eq(periods.id, p.id))
      .run();
    audit({
      action: locked ? 'period.lock' : 'period.unlock',
      entityType: 'period',
      entityId: p.id,
      before: { locked: p.locked },
      after: { locked },
    });
    return { notice: locked ? `${formatPeriodZh(p.period)}已锁定。` : `${formatPeriodZh(p.period)}已解锁。` };
  },
  revalidate: ['/admin/periods', '/report'],
});
