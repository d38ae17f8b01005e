/**
 * 督办 work items: creating one (定任务 / 定目标 / 定责任 / 定时间 with milestones), recording a
 * milestone's actual date and evidence, moving its status, and 销号 after verification. Synchronous,
 * inside the caller's transaction; each checks the item's scope and the rules of lib/work-items,
 * and audits what it changed. Refusals throw ActionError with a Chinese message.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { taskForces, units, workItemMilestones, workItems, type WorkItem } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import { WORK_ITEM_STATUS_WORDS } from '@/lib/format';
import { isMonthOnly } from '@/lib/metrics';
import { OWNER_MOVES, RULE_MESSAGES, type ItemStatus } from '@/lib/work-items/rules';
import { requireMonthOpen, type Actor } from './context';
import { workItemScope, type WorkItemScope } from './scopes';

const NOT_FOUND = '该事项不存在或已被删除，请刷新页面。';
const FORBIDDEN_EDIT = '无权修改该事项：它不属于您负责的专班或乡镇（街道）。';

/** The item and its scope, refused when missing, outside `permission`, or closed (for edits). */
function loadItem(db: Db, actor: Actor, workItemId: number, permission: 'workitem:edit' | 'workitem:verify') {
  const scope = workItemScope(db, workItemId);
  const item = scope ? db.select().from(workItems).where(eq(workItems.id, workItemId)).get() : undefined;
  if (!scope || !item) throw new ActionError(NOT_FOUND, 'not_found');
  if (!can(actor.user, permission, scope)) {
    throw new ActionError(
      permission === 'workitem:edit' ? FORBIDDEN_EDIT : '无权核实或审批该事项：只有其竞赛的审核员或系统管理员可以销号、审批延期。',
      'forbidden',
    );
  }
  if (item.status === 'closed' && !can(actor.user, 'period:edit-locked')) throw new ActionError(RULE_MESSAGES.closed, 'invalid');
  return { item, scope };
}

function requireVersion(item: WorkItem, version: number): void {
  if (item.version !== version) throw new ActionError('该事项在您打开页面后已被他人修改，请刷新页面查看最新状态后再操作。', 'conflict');
}

const view = (w: Partial<WorkItem>) => ({ status: w.status, deadline: w.deadline, doneDate: w.doneDate ?? null, version: w.version });

export interface CreateWorkItem {
  taskForceId: number;
  title: string;
  target: string;
  ownerUnitId: number;
  ownerPerson: string;
  deadline: string;
  milestones: { title: string; plannedDate: string | null }[];
}

/** Creates a work item of a task force (by its leads and by administrators). */
export function createWorkItem(db: Db, actor: Actor, input: CreateWorkItem): WorkItem {
  const tf = db.select().from(taskForces).where(eq(taskForces.id, input.taskForceId)).get();
  if (!tf) throw new ActionError('所选专班不存在，请刷新页面。', 'not_found');
  if (!can(actor.user, 'workitem:edit', { taskForceId: tf.id, competitionId: tf.competitionId }))
    throw new ActionError('无权为该专班登记事项：它不属于您负责的专班。', 'forbidden');
  if (!db.select({ id: units.id }).from(units).where(eq(units.id, input.ownerUnitId)).get())
    throw new ActionError('所选责任单位不存在，请刷新页面后重新选择。', 'invalid', { ownerUnitId: ['责任单位不存在'] });
  const late = input.milestones.find((m) => m.plannedDate !== null && m.plannedDate > input.deadline);
  if (late) throw new ActionError(`节点“${late.title}”的计划日期晚于完成时限，请调整节点日期或完成时限。`, 'invalid');
  const nowIso = actor.now.toISOString();
  const item = db
    .insert(workItems)
    .values({ ...input, status: 'not_started', isDemo: false, createdBy: actor.user.id, updatedBy: actor.user.id, updatedAt: nowIso })
    .returning()
    .get();
  if (input.milestones.length)
    db.insert(workItemMilestones)
      .values(input.milestones.map((m, i) => ({ workItemId: item.id, title: m.title, plannedDate: m.plannedDate, sortOrder: i + 1 })))
      .run();
  actor.audit({ action: 'workitem.create', entityType: 'work_item', entityId: item.id, after: { ...input } });
  return item;
}

/** Records a milestone's actual date (or clears it) and its evidence; a locked month's date is refused. */
export function updateMilestone(db: Db, actor: Actor, input: { milestoneId: number; actualDate: string | null; evidence: string }) {
  const m = db.select().from(workItemMilestones).where(eq(workItemMilestones.id, input.milestoneId)).get();
  if (!m) throw new ActionError('该节点不存在或已被删除，请刷新页面。', 'not_found');
  const { scope } = loadItem(db, actor, m.workItemId, 'workitem:edit');
  // A date the source gives to the month only ("9月初") cannot be shown in a day field: blank keeps it.
  const actualDate = input.actualDate === null && isMonthOnly(m.actualDate) ? m.actualDate : input.actualDate;
  input = { ...input, actualDate };
  const evidence = input.evidence || null;
  if (m.actualDate === input.actualDate && m.evidence === evidence) return m;
  notFuture(actor, input.actualDate, 'actualDate', '实际完成日期');
  checkMonths(db, actor, scope, m.actualDate, input.actualDate);
  const saved = db
    .update(workItemMilestones)
    .set({ actualDate: input.actualDate, evidence, updatedBy: actor.user.id, updatedAt: actor.now.toISOString() })
    .where(eq(workItemMilestones.id, m.id))
    .returning()
    .get();
  actor.audit({
    action: 'workitem.milestone',
    entityType: 'work_item_milestone',
    entityId: m.id,
    before: { actualDate: m.actualDate, evidence: m.evidence },
    after: { actualDate: saved.actualDate, evidence: saved.evidence },
  });
  return saved;
}

/** Refuses a date after today (Beijing): a milestone cannot be done tomorrow. */
function notFuture(actor: Actor, date: string | null, field: string, label: string): void {
  const today = new Date(actor.now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  if (date && date > today) throw new ActionError(`${label}不能晚于今天。`, 'invalid', { [field]: [`${label}不能晚于今天`] });
}

function checkMonths(db: Db, actor: Actor, scope: WorkItemScope, before: string | null, after: string | null): void {
  if (scope.campaignId === null) return;
  if (before && /^\d{4}-\d{2}-\d{2}$/.test(before)) requireMonthOpen(db, actor, scope.campaignId, before, `原实际完成日期 ${before} `);
  if (after) requireMonthOpen(db, actor, scope.campaignId, after, `实际完成日期 ${after} `);
}

/** Moves the status by hand (OWNER_MOVES); 已完成 needs its date. */
export function setWorkItemStatus(
  db: Db,
  actor: Actor,
  input: { workItemId: number; version: number; status: ItemStatus; doneDate: string | null },
) {
  const { item } = loadItem(db, actor, input.workItemId, 'workitem:edit');
  requireVersion(item, input.version);
  if (item.status === input.status) return item;
  if (!OWNER_MOVES[item.status].includes(input.status))
    throw new ActionError(RULE_MESSAGES.badMove(WORK_ITEM_STATUS_WORDS[item.status], WORK_ITEM_STATUS_WORDS[input.status]), 'invalid');
  if (input.status === 'done' && !input.doneDate)
    throw new ActionError(RULE_MESSAGES.doneDate, 'invalid', { doneDate: [RULE_MESSAGES.doneDate] });
  const saved = db
    .update(workItems)
    .set({
      status: input.status,
      doneDate: input.status === 'done' ? input.doneDate : null,
      version: item.version + 1,
      updatedBy: actor.user.id,
      updatedAt: actor.now.toISOString(),
    })
    .where(and(eq(workItems.id, item.id), eq(workItems.version, item.version)))
    .returning()
    .get();
  actor.audit({ action: 'workitem.status', entityType: 'work_item', entityId: item.id, before: view(item), after: view(saved) });
  return saved;
}

/** 销号: a reviewer of the item's competition (or an administrator) verifies a done item and closes it, with a note. */
export function closeWorkItem(db: Db, actor: Actor, input: { workItemId: number; version: number; note: string }) {
  const { item } = loadItem(db, actor, input.workItemId, 'workitem:verify');
  requireVersion(item, input.version);
  if (item.status !== 'done') throw new ActionError(RULE_MESSAGES.closeNotDone, 'invalid');
  if (input.note.length < 2) throw new ActionError(RULE_MESSAGES.closeNote, 'invalid', { note: [RULE_MESSAGES.closeNote] });
  const nowIso = actor.now.toISOString();
  const saved = db
    .update(workItems)
    .set({
      status: 'closed',
      closedBy: actor.user.id,
      closedAt: nowIso,
      closeNote: input.note,
      version: item.version + 1,
      updatedBy: actor.user.id,
      updatedAt: nowIso,
    })
    .where(eq(workItems.id, item.id))
    .returning()
    .get();
  actor.audit({
    action: 'workitem.close',
    entityType: 'work_item',
    entityId: item.id,
    before: view(item),
    after: { ...view(saved), closeNote: input.note },
  });
  return saved;
}

export { loadItem as loadWorkItemForWrite };
