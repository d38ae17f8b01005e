/**
 * Phased targets (阶段目标, one per indicator and month): the plain write of a never-reported
 * indicator's target, and the 目标调整 of a reported one's — the same write plus a history row
 * (target_changes with the month) and an audit row, with the reason. Rankings read the phased
 * targets in force from the next read on. Synchronous, inside the caller's transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { phasedTargets, targetChanges } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import type { Actor } from './context';

/** The phased target of `indicatorId` for `period`, or null when none is set. */
export function phasedTargetOf(db: Db, indicatorId: number, period: string): number | null {
  return (
    db
      .select({ t: phasedTargets.target })
      .from(phasedTargets)
      .where(and(eq(phasedTargets.indicatorId, indicatorId), eq(phasedTargets.period, period)))
      .get()?.t ?? null
  );
}

/** Sets the month's target (`target` null: clears it). No history: for indicators without entries. */
export function writePhasedTarget(db: Db, indicatorId: number, period: string, target: number | null): void {
  if (target === null) {
    db.delete(phasedTargets)
      .where(and(eq(phasedTargets.indicatorId, indicatorId), eq(phasedTargets.period, period)))
      .run();
    return;
  }
  db.insert(phasedTargets)
    .values({ indicatorId, period, target })
    .onConflictDoUpdate({ target: [phasedTargets.indicatorId, phasedTargets.period], set: { target } })
    .run();
}

/** The refusal of a 目标调整 without a reason (the field is named by the form). */
export const PHASED_REASON_REQUIRED = '请填写调整原因：已有报送记录的指标修改阶段目标须说明原因，原因将记入该指标的“目标调整”记录。';

/**
 * 目标调整 of one month's phased target: writes `to` (null: clears it) and records old, new, who,
 * when and why. Returns the change, or null when `to` is the target in force (nothing written).
 * Refuses an empty reason (field `reasonField`).
 */
export function changePhasedTarget(
  db: Db,
  actor: Actor,
  input: { indicatorId: number; period: string; to: number | null; reason: string },
  reasonField = 'reason',
): { oldValue: number | null; newValue: number | null; changeId: number } | null {
  const reason = input.reason.trim();
  if (!reason) throw new ActionError(PHASED_REASON_REQUIRED, 'invalid', { [reasonField]: ['请填写调整原因'] });
  const oldValue = phasedTargetOf(db, input.indicatorId, input.period);
  if (oldValue === input.to) return null;
  writePhasedTarget(db, input.indicatorId, input.period, input.to);
  const row = db
    .insert(targetChanges)
    .values({
      indicatorId: input.indicatorId,
      field: 'phasedTarget',
      period: input.period,
      oldValue,
      newValue: input.to,
      reason,
      changedBy: actor.user.id,
      changedAt: actor.now.toISOString(),
    })
    .returning({ id: targetChanges.id })
    .get();
  actor.audit({
    action: 'indicator.phased_target',
    entityType: 'indicator',
    entityId: input.indicatorId,
    before: { period: input.period, phasedTarget: oldValue },
    after: { period: input.period, phasedTarget: input.to, changeId: row.id },
    detail: reason,
  });
  return { oldValue, newValue: input.to, changeId: row.id };
}
