'use server';

import type { Db } from '@/db';
import { getNow } from '@/db/queries/clock';
import { entryScope, indicatorScope, type Actor } from '@/db/mutations/context';
import { saveCountyValues } from '@/db/mutations/county';
import { saveEntry } from '@/db/mutations/progress';
import { approveEntries, reviewEntry } from '@/db/mutations/review';
import { setStepDone, stepScope } from '@/db/mutations/steps';
import { action, type ActionContext } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { parseNumberInput } from '@/lib/validation/number';
import { BulkApproveInput, CountyInput, ReviewInput, SaveEntryInput, StepInput } from '@/lib/validation/progress';

function actor<I>(ctx: ActionContext<I>): Actor {
  return { user: ctx.user, now: getNow(), audit: ctx.audit };
}

const REVIEWED = ['/', '/report', '/review', '/rankings'];

/**
 * Save a draft or submit the figure an indicator owes in the round (value + 工作进展 / 存在问题 / 下步打算).
 * The reply is the saved entry only (no page is re-rendered into it): the form draws the new
 * version and status from it, and after a submit — which changes the 待办 counts and the review
 * queue — the form refreshes the page itself (use-entry-form.ts). A draft changes no figure and
 * no count on any page, so nothing else needs refreshing.
 */
export const saveEntryAction = action({
  name: 'progress.save',
  schema: SaveEntryInput,
  permission: 'progress:edit',
  scope: (input, db: Db) => indicatorScope(db, input.indicatorId),
  run: (ctx) => {
    const scope = indicatorScope(ctx.db, ctx.input.indicatorId)!;
    const parsed = parseNumberInput(ctx.input.value, scope.unit);
    if (!parsed.ok) throw new ActionError(parsed.message, 'invalid', { value: [parsed.message] });
    const submit = ctx.input.intent === 'submit';
    const saved = saveEntry(ctx.db, actor(ctx), { ...ctx.input, value: parsed.value, submit });
    return {
      id: saved.id,
      version: saved.version,
      status: saved.status,
      late: saved.late,
      notice: submit ? (saved.late ? '已提交（逾期提交，已标记）。' : '已提交，等待审核。') : '草稿已保存。',
    };
  },
});

/** Approve or return (with a reason) one submitted entry. */
export const reviewEntryAction = action({
  name: 'progress.review',
  schema: ReviewInput,
  permission: 'progress:review',
  scope: (input, db: Db) => entryScope(db, input.entryId),
  run: (ctx) => {
    const saved = reviewEntry(ctx.db, actor(ctx), ctx.input);
    return { id: saved.id, notice: saved.status === 'approved' ? '已审核通过。' : '已退回填报员。' };
  },
  revalidate: REVIEWED,
});

/**
 * Approve several entries at once, all or nothing. The entries span task forces, so the wrapper
 * checks the role only and approveEntries checks every entry's scope and period lock.
 */
export const bulkApproveAction = action({
  name: 'progress.bulk_approve',
  schema: BulkApproveInput,
  permission: 'progress:review',
  rowScoped: true,
  run: (ctx) => {
    const saved = approveEntries(ctx.db, actor(ctx), ctx.input.entries);
    return { notice: `已批量通过 ${saved.length} 条。` };
  },
  revalidate: REVIEWED,
});

/** Marks a milestone step done on a date (or clears it). */
export const setStepAction = action({
  name: 'step.update',
  schema: StepInput,
  permission: 'progress:edit',
  scope: (input, db: Db) => stepScope(db, input.stepId),
  run: (ctx) => {
    setStepDone(ctx.db, actor(ctx), { stepId: ctx.input.stepId, period: ctx.input.period, doneDate: ctx.input.doneDate });
    return { doneDate: ctx.input.doneDate, notice: ctx.input.doneDate ? '节点已标记完成。' : '已取消完成标记。' };
  },
  revalidate: ['/', '/report'],
});

/** The prefecture's counties' values of an indicator for the period. */
export const saveCountyAction = action({
  name: 'county.save',
  schema: CountyInput,
  permission: 'county:edit',
  scope: (input, db: Db) => indicatorScope(db, input.indicatorId),
  run: (ctx) => {
    saveCountyValues(ctx.db, actor(ctx), ctx.input);
    return { notice: '县（市、区）数据已保存。' };
  },
  revalidate: ['/', '/report', '/rankings'],
});
