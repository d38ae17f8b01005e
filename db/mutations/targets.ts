/**
 * 目标调整: an administrator changes an indicator's annual target (or, for a rank indicator, its
 * target rank) mid-year, with a reason. The indicator holds the target in force; every change is a
 * history row and an audit row. Rankings read the new target from the next read on; published
 * rankings keep the target they were computed with (it is in their record).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { indicators, targetChanges, type IndicatorTargetField } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { parseNumberInput } from '@/lib/validation/number';
import type { Actor } from './context';

const refuse = (message: string, field = 'target'): never => {
  throw new ActionError(message, 'invalid', { [field]: [message] });
};

function newTarget(kind: string, unit: string, typed: string): { field: IndicatorTargetField; value: number } {
  if (kind === 'milestone') refuse('节点型指标没有年度目标，请调整其节点计划。');
  const parsed = parseNumberInput(typed, unit);
  if (!parsed.ok) return refuse(parsed.message);
  if (parsed.value === null) return refuse('请填写新的目标值。');
  if (kind !== 'rank') return { field: 'annualTarget', value: parsed.value };
  if (!Number.isInteger(parsed.value) || parsed.value < 1 || parsed.value > 99) refuse('目标名次应为 1—99 的整数，例如 3 表示全市前3名。');
  return { field: 'targetRank', value: parsed.value };
}

/** Changes the target of the indicator and records the change; returns the field, old and new value. */
export function updateIndicatorTarget(
  db: Db,
  actor: Actor,
  input: { indicatorId: number; target: string; reason: string },
): { field: IndicatorTargetField; oldValue: number | null; newValue: number } {
  const ind = db.select().from(indicators).where(eq(indicators.id, input.indicatorId)).get();
  if (!ind) throw new ActionError('该指标不存在，请刷新页面。', 'not_found');
  const { field, value } = newTarget(ind.kind, ind.unit, input.target);
  const oldValue = ind[field];
  if (oldValue === value) refuse('新目标与现行目标相同，无需调整。如要调整，请填写不同的目标值。');
  db.update(indicators)
    .set({ [field]: value })
    .where(eq(indicators.id, ind.id))
    .run();
  const row = db
    .insert(targetChanges)
    .values({
      indicatorId: ind.id,
      field,
      oldValue,
      newValue: value,
      reason: input.reason,
      changedBy: actor.user.id,
      changedAt: actor.now.toISOString(),
    })
    .returning({ id: targetChanges.id })
    .get();
  actor.audit({
    action: 'indicator.target',
    entityType: 'indicator',
    entityId: ind.id,
    before: { [field]: oldValue },
    after: { [field]: value, changeId: row.id },
    detail: input.reason,
  });
  return { field, oldValue, newValue: value };
}
