/**
 * 延期申请: the owner asks for a later deadline with a reason; a reviewer of the item's competition
 * (or an administrator) approves it — the deadline moves, the one before stays on the request, so
 * the original deadline is kept in the history — or refuses it with a note.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { workItemExtensions, workItems } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { formatDateZh } from '@/lib/format';
import { RULE_MESSAGES } from '@/lib/work-items/rules';
import type { Actor } from './context';
import { loadWorkItemForWrite } from './work-items';

/** Files a request; one pending request per item, for a date after the deadline in force. */
export function requestExtension(db: Db, actor: Actor, input: { workItemId: number; newDeadline: string; reason: string }) {
  const { item } = loadWorkItemForWrite(db, actor, input.workItemId, 'workitem:edit');
  if (item.status === 'done' || item.status === 'closed') throw new ActionError(RULE_MESSAGES.extensionFinished, 'invalid');
  if (input.reason.length < 2) throw new ActionError(RULE_MESSAGES.extensionReason, 'invalid', { reason: [RULE_MESSAGES.extensionReason] });
  if (input.newDeadline <= item.deadline) {
    const message = RULE_MESSAGES.extensionNotLater(formatDateZh(item.deadline));
    throw new ActionError(message, 'invalid', { newDeadline: [message] });
  }
  const pending = db
    .select({ id: workItemExtensions.id })
    .from(workItemExtensions)
    .where(and(eq(workItemExtensions.workItemId, item.id), eq(workItemExtensions.status, 'pending')))
    .get();
  if (pending) throw new ActionError(RULE_MESSAGES.extensionPending, 'conflict');
  const saved = db
    .insert(workItemExtensions)
    .values({
      workItemId: item.id,
      reason: input.reason,
      previousDeadline: item.deadline,
      newDeadline: input.newDeadline,
      requestedBy: actor.user.id,
      requestedAt: actor.now.toISOString(),
    })
    .returning()
    .get();
  actor.audit({
    action: 'workitem.extension_request',
    entityType: 'work_item',
    entityId: item.id,
    after: { ...input, previousDeadline: item.deadline },
  });
  return saved;
}

/** Approves (the deadline moves to the new date) or refuses (with a note) a pending request. */
export function decideExtension(db: Db, actor: Actor, input: { extensionId: number; decision: 'approve' | 'refuse'; note: string }) {
  const ext = db.select().from(workItemExtensions).where(eq(workItemExtensions.id, input.extensionId)).get();
  if (!ext) throw new ActionError('该延期申请不存在或已被删除，请刷新页面。', 'not_found');
  const { item } = loadWorkItemForWrite(db, actor, ext.workItemId, 'workitem:verify');
  if (ext.status !== 'pending') throw new ActionError(RULE_MESSAGES.extensionDecided, 'conflict');
  if (input.decision === 'refuse' && input.note.length < 2)
    throw new ActionError(RULE_MESSAGES.refuseNote, 'invalid', { note: [RULE_MESSAGES.refuseNote] });
  const nowIso = actor.now.toISOString();
  const decided = db
    .update(workItemExtensions)
    .set({
      status: input.decision === 'approve' ? 'approved' : 'refused',
      decidedBy: actor.user.id,
      decidedAt: nowIso,
      decisionNote: input.note || null,
    })
    .where(eq(workItemExtensions.id, ext.id))
    .returning()
    .get();
  if (input.decision === 'approve') {
    db.update(workItems)
      .set({ deadline: ext.newDeadline, version: item.version + 1, updatedBy: actor.user.id, updatedAt: nowIso })
      .where(eq(workItems.id, item.id))
      .run();
  }
  actor.audit({
    action: input.decision === 'approve' ? 'workitem.extension_approve' : 'workitem.extension_refuse',
    entityType: 'work_item',
    entityId: item.id,
    before: { deadline: item.deadline, extension: ext.status },
    after: {
      deadline: input.decision === 'approve' ? ext.newDeadline : item.deadline,
      extension: decided.status,
      note: decided.decisionNote,
    },
  });
  return decided;
}
