'use server';

import { getActiveCampaign } from '@/db/queries/campaign';
import { getNow } from '@/db/queries/clock';
import { getPublishableRecord } from '@/db/queries/published-rankings';
import { insertPeriod, togglePeriodLock } from '@/db/mutations/periods';
import { action } from '@/lib/actions/action';
import { formatPeriodZh } from '@/lib/format';
import { OpenPeriodInput, PeriodLockInput } from '@/lib/validation/progress';

export const openPeriodAction = action({
  name: 'period.open',
  schema: OpenPeriodInput,
  permission: 'period:manage',
  run: ({ db, input, user, audit }) => {
    insertPeriod(db, { user, now: getNow(), audit }, getActiveCampaign(), input);
    return { notice: `已开放${formatPeriodZh(input.period)}填报。` };
  },
  revalidate: ['/admin/periods', '/report'],
});

export const togglePeriodLockAction = action({
  name: 'period.lock',
  schema: PeriodLockInput,
  permission: 'period:manage',
  run: ({ db, input, user, audit }) => {
    const p = togglePeriodLock(db, { user, now: getNow(), audit }, input.periodId, getPublishableRecord);
    const month = formatPeriodZh(p.period);
    return {
      notice: p.locked ? `${month}已锁定。排名已发布（第${p.version}版）。` : `${month}已解锁。已发布的排名保留不变。`,
    };
  },
  revalidate: ['/admin/periods', '/report', '/rankings'],
});
