'use server';

import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { getNow } from '@/db/queries/clock';
import type { Actor } from '@/db/mutations/context';
import { workItemScope } from '@/db/mutations/scopes';
import { decideExtension, requestExtension } from '@/db/mutations/work-item-extensions';
import { closeWorkItem, createWorkItem, setWorkItemStatus, updateMilestone } from '@/db/mutations/work-items';
import { taskForces, workItemExtensions, workItemMilestones } from '@/db/schema';
import { action, type ActionContext } from '@/lib/actions/action';
import {
  CloseInput,
  CreateWorkItemInput,
  ExtensionDecisionInput,
  ExtensionRequestInput,
  MilestoneInput,
  StatusInput,
} from '@/lib/validation/work-item';

function actor<I>(ctx: ActionContext<I>): Actor {
  return { user: ctx.user, now: getNow(), audit: ctx.audit };
}

const PAGES = ['/', '/work-items', '/task-forces', '/review'];

/** 新建督办事项: 定任务 / 定目标 / 定责任 / 定时间, with its milestones. */
export const createWorkItemAction = action({
  name: 'workitem.create',
  schema: CreateWorkItemInput,
  permission: 'workitem:edit',
  scope: (input, db: Db) => {
    const tf = db.select().from(taskForces).where(eq(taskForces.id, input.taskForceId)).get();
    return tf ? { taskForceId: tf.id, competitionId: tf.competitionId } : null;
  },
  run: (ctx) => {
    const item = createWorkItem(ctx.db, actor(ctx), ctx.input);
    return { id: item.id, notice: `已登记督办事项“${item.title}”。` };
  },
  revalidate: PAGES,
});

/** A milestone's actual date and evidence. */
export const updateMilestoneAction = action({
  name: 'workitem.milestone',
  schema: MilestoneInput,
  permission: 'workitem:edit',
  scope: (input, db: Db) => {
    const m = db.select().from(workItemMilestones).where(eq(workItemMilestones.id, input.milestoneId)).get();
    return m ? workItemScope(db, m.workItemId) : null;
  },
  run: (ctx) => {
    const m = updateMilestone(ctx.db, actor(ctx), ctx.input);
    return { notice: m.actualDate ? '节点完成情况已保存。' : '节点已改为未完成。' };
  },
  revalidate: PAGES,
});

/** 未启动 / 推进中 / 已完成, set by the owner. */
export const setWorkItemStatusAction = action({
  name: 'workitem.status',
  schema: StatusInput,
  permission: 'workitem:edit',
  scope: (input, db: Db) => workItemScope(db, input.workItemId),
  run: (ctx) => {
    setWorkItemStatus(ctx.db, actor(ctx), ctx.input);
    return { notice: '状态已更新。' };
  },
  revalidate: PAGES,
});

/** 销号 after verification, with a note (reviewers of the competition, administrators). */
export const closeWorkItemAction = action({
  name: 'workitem.close',
  schema: CloseInput,
  permission: 'workitem:verify',
  scope: (input, db: Db) => workItemScope(db, input.workItemId),
  run: (ctx) => {
    closeWorkItem(ctx.db, actor(ctx), ctx.input);
    return { notice: '已核实销号。' };
  },
  revalidate: PAGES,
});

/** 延期申请: a new deadline with a reason. */
export const requestExtensionAction = action({
  name: 'workitem.extension_request',
  schema: ExtensionRequestInput,
  permission: 'workitem:edit',
  scope: (input, db: Db) => workItemScope(db, input.workItemId),
  run: (ctx) => {
    requestExtension(ctx.db, actor(ctx), ctx.input);
    return { notice: '延期申请已提交，等待审核员审批。' };
  },
  revalidate: PAGES,
});

/** Approve or refuse a 延期申请. */
export const decideExtensionAction = action({
  name: 'workitem.extension_decide',
  schema: ExtensionDecisionInput,
  permission: 'workitem:verify',
  scope: (input, db: Db) => {
    const e = db.select().from(workItemExtensions).where(eq(workItemExtensions.id, input.extensionId)).get();
    return e ? workItemScope(db, e.workItemId) : null;
  },
  run: (ctx) => {
    const e = decideExtension(ctx.db, actor(ctx), ctx.input);
    return { notice: e.status === 'approved' ? '已批准延期，完成时限已调整，原时限保留在记录中。' : '已不批准该延期申请。' };
  },
  revalidate: PAGES,
});
