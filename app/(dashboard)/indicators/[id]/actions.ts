'use server';

import { getNow } from '@/db/queries/clock';
import { indicatorScope } from '@/db/mutations/context';
import { updateIndicatorTarget } from '@/db/mutations/targets';
import { action } from '@/lib/actions/action';
import { TARGET_FIELD_LABELS } from '@/lib/views/target-changes';
import { ChangeTargetInput } from '@/lib/validation/target-change';

/** 目标调整: a new annual target or target rank, with the reason (administrators). */
export const changeTargetAction = action({
  name: 'indicator.target',
  schema: ChangeTargetInput,
  permission: 'campaign:manage',
  scope: (input, db) => indicatorScope(db, input.indicatorId),
  run: ({ db, input, user, audit }) => {
    const change = updateIndicatorTarget(db, { user, now: getNow(), audit }, input);
    return { notice: `${TARGET_FIELD_LABELS[change.field]}已调整，排名已按新目标重新计算。` };
  },
  revalidate: ['/', '/rankings', '/competitions', '/task-forces'],
});
