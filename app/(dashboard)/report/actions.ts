'use server';

import type { Db } from '@/db';
import { getNow } from '@/db/queries/clock';
import { entryScope, indicatorScope, reviewEntry, saveCountyValues, saveEntry, setStepDone, type Actor } from '@/db/mutations/progress';
import { indicatorSteps } from '@/db/schema';
import { action, type ActionContext } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { parseNumberInput } from '@/lib/validation/number';
import { BulkApproveInput, CountyInput, ReviewInput, SaveEntryInput, StepInput } from '@/lib/validation/progress';
import { eq } from 'drizzle-orm';

function actor<I>(ctx: ActionContext<I>): Actor {
  return { user: ctx.user, now: getNow(), audit: ctx.audit };
}

/** Save a draft or submit an entry (value + 工作进展 / 存在问题 / 下步打算). */
export const saveEntryAction = action({
  name: 'progress.save',
  schema: SaveEntryInput,
  permission: 'progress:edit',
  scope: (input, db: Db) => indicatorScope(db, input.indicatorId),
  run: (ctx) => {
    const scope = indicatorScope(ctx.db, ctx.input.indicatorId)!;
    const parsed = parseNumberInput(ctx.input.value, scope.unit);
    if (!parsed.ok) throw new ActionError(parsed.message, 'invalid', { value: [parsed.message] });
    const saved = saveEntry(ctx.db, actor(ctx), { ...ctx.input, value: parsed.value, submit: ctx.input.intent === 'submit' });
    return {
      id: saved.id,
      version: saved.version,
      status: saved.status,
      late: saved.late,
      notice: ctx.input.intent === 'submit' ? (saved.late ? '已提交（逾期提交，已标记）。' : '已提交，等待审核。') : '草稿已保存。',
    };
  },
  revalidate: ['/', '/report', '/review', '/rankings'],
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
  revalidate: ['/', '/report', '/review', '/rankings'],
});

/** Approve several entries at once: all or nothing. */
export const bulkApproveAction = action({
  name: 'progress.bulk_approve',
  schema: BulkApproveInput,
  permission: 'progress:review',
  run: (ctx) => {
    for (const key of ctx.input.entries) {
      const [entryId, version] = key.split(':').map(Number) as [number, number];
      reviewEntry(ctx.db, actor(ctx), { entryId, version, decision: 'approve' });
    }
    return { notice: `已批量通过 ${ctx.input.entries.length} 条。` };
  },
  revalidate: ['/', '/report', '/review', '/rankings'],
});

/** Marks a milestone step done on a date (or clears it). */
export const setStepAction = action({
  name: 'step.update',
  schema: StepInput,
  permission: 'progress:edit',
  scope: (input, db: Db) => {
    const step = db.select().from(indicatorSteps).where(eq(indicatorSteps.id, input.stepId)).get();
    return step ? indicatorScope(db, step.indicatorId) : null;
  },
  run: (ctx) => {
    setStepDone(ctx.db, actor(ctx), { stepId: ctx.input.stepId, period: ctx.input.period, doneDate: ctx.input.doneDate || null });
    return { notice: ctx.input.doneDate ? '节点已标记完成。' : '已取消完成标记。' };
  },
  revalidate: ['/', '/report'],
});

/** The six counties' values of an indicator for the period. */
export const saveCountyAction = action({
  name: 'county.save',
  schema: CountyInput,
  permission: 'county:edit',
  scope: (input, db: Db) => indicatorScope(db, input.indicatorId),
  run: (ctx) => {
    const errors: Record<string, string[]> = {};
    const values = Object.entries(ctx.input.values).map(([regionCode, raw]) => {
      const parsed = parseNumberInput(raw, '');
      if (!parsed.ok) errors[`values.${regionCode}`] = [parsed.message];
      return { regionCode, value: parsed.ok ? parsed.value : null };
    });
    if (Object.keys(errors).length) throw new ActionError('有县（市、区）的数值格式不正确，请修改后再保存。', 'invalid', errors);
    saveCountyValues(ctx.db, actor(ctx), { indicatorId: ctx.input.indicatorId, period: ctx.input.period, values });
    return { notice: '县（市、区）数据已保存。' };
  },
  revalidate: ['/', '/report', '/rankings'],
});
