/**
 * Phased targets (阶段目标, a month × indicator grid of one task force) and the steps of a
 * milestone indicator (节点). Every cell and step is checked by the import's rules
 * (lib/structure/single.ts). A phased target of an indicator with reported figures changes only as
 * a 目标调整 (with a reason, db/mutations/phased-target-changes.ts). Synchronous, inside the
 * action's transaction; audited.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { indicators, indicatorSteps, phasedTargets, taskForces, type Campaign } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { ITEM_TEXT, monthWords } from '@/lib/structure/admin-text';
import { isCurrent } from '@/lib/structure/archive';
import { checkRecord, withoutRecord } from '@/lib/structure/single';
import type { Actor } from './context';
import { changePhasedTarget, writePhasedTarget } from './phased-target-changes';
import { findItem } from './structure-archive';
import { readStructure } from './structure-snapshot';
import { entryCount } from './structure-usage';

/** The name of a grid cell's input: `t_<indicatorId>_<MM>`. */
export const gridCellName = (indicatorId: number, period: string) => `t_${indicatorId}_${period.slice(5, 7)}`;

/** The indicators of a task force that take phased targets, each with whether it has reported figures (then a change is a 目标调整). */
export function gridIndicators(db: Db, taskForceId: number) {
  return db
    .select()
    .from(indicators)
    .where(eq(indicators.taskForceId, taskForceId))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all()
    .filter((i) => isCurrent(i) && (i.kind === 'cumulative' || i.kind === 'level'))
    .map((i) => ({ indicator: i, reported: entryCount(db, i.id) > 0 }));
}

interface CellWrite {
  indicatorId: number;
  period: string;
  target: number | null;
  before: number | null;
  reported: boolean;
}

/** The cells of the grid that differ from what is stored, or the errors by cell name. */
function changedCells(db: Db, campaign: Campaign, taskForceId: number, cells: Record<string, unknown>) {
  const tf = db.select().from(taskForces).where(eq(taskForces.id, taskForceId)).get()!;
  const existing = { ...readStructure(db, campaign.id), phasedTargets: [] };
  const errors: Record<string, string[]> = {};
  const writes: CellWrite[] = [];
  for (const { indicator: ind, reported } of gridIndicators(db, taskForceId)) {
    const stored = new Map(
      db
        .select()
        .from(phasedTargets)
        .where(eq(phasedTargets.indicatorId, ind.id))
        .all()
        .map((t) => [t.period, t.target]),
    );
    for (let m = 1; m <= 12; m++) {
      const period = `${campaign.year}-${String(m).padStart(2, '0')}`;
      const name = gridCellName(ind.id, period);
      const raw = typeof cells[name] === 'string' ? (cells[name] as string).trim() : '';
      const before = stored.get(period) ?? null;
      if (raw === '') {
        if (before !== null) writes.push({ indicatorId: ind.id, period, target: null, before, reported });
        continue;
      }
      const c = checkRecord('phasedTargets', { taskForce: tf.name, indicator: ind.name, period, target: raw }, existing, campaign.year, '');
      if (!c.ok) errors[name] = [ITEM_TEXT.gridBadCell(ind.name, monthWords(period), Object.values(c.fieldErrors).flat().join('；'))];
      else if (c.record.target !== before) writes.push({ indicatorId: ind.id, period, target: c.record.target, before, reported });
    }
  }
  return { errors, writes };
}

/**
 * Saves the grid of `taskForceId`: a blank cell clears its target. All cells valid, or nothing is
 * written. A changed cell of an indicator with reported figures is a 目标调整 and needs `reason`
 * (history row and audit row per cell); the others are plain writes, audited together.
 */
export function saveTargetGrid(
  db: Db,
  actor: Actor,
  campaign: Campaign,
  taskForceId: number,
  cells: Record<string, unknown>,
  reason = '',
): number {
  if (!findItem(db, 'taskForce', taskForceId, campaign.id)) throw new ActionError(ITEM_TEXT.notFound('taskForce'), 'not_found');
  const { errors, writes } = changedCells(db, campaign, taskForceId, cells);
  const first = Object.values(errors)[0]?.[0];
  if (first) throw new ActionError(`填写内容有误，请按提示修改后重新提交。（${first}）`, 'invalid', errors);
  const adjusted = writes.filter((w) => w.reported);
  if (adjusted.length > 0 && !reason.trim())
    throw new ActionError(ITEM_TEXT.gridReasonRequired(adjusted.length), 'invalid', { reason: ['请填写调整原因'] });
  const plain = writes.filter((w) => !w.reported);
  for (const w of plain) writePhasedTarget(db, w.indicatorId, w.period, w.target);
  for (const w of adjusted) changePhasedTarget(db, actor, { indicatorId: w.indicatorId, period: w.period, to: w.target, reason });
  if (plain.length)
    actor.audit({
      action: 'structure.phased_targets',
      entityType: 'taskForce',
      entityId: taskForceId,
      after: plain.map(({ reported: _, ...w }) => w),
    });
  return writes.length;
}

function stepContext(db: Db, campaign: Campaign, indicatorId: number) {
  if (!findItem(db, 'indicator', indicatorId, campaign.id)) throw new ActionError(ITEM_TEXT.notFound('indicator'), 'not_found');
  const ind = db.select().from(indicators).where(eq(indicators.id, indicatorId)).get()!;
  const tf = db.select().from(taskForces).where(eq(taskForces.id, ind.taskForceId)).get()!;
  return { ind, tf };
}

/** Adds (`stepId` null) or edits a step of a milestone indicator. */
export function saveStep(
  db: Db,
  actor: Actor,
  campaign: Campaign,
  indicatorId: number,
  stepId: number | null,
  values: { title?: unknown; plannedDate?: unknown },
): string {
  const { ind, tf } = stepContext(db, campaign, indicatorId);
  const old =
    stepId === null
      ? null
      : db
          .select()
          .from(indicatorSteps)
          .where(and(eq(indicatorSteps.id, stepId), eq(indicatorSteps.indicatorId, indicatorId)))
          .get();
  if (stepId !== null && !old) throw new ActionError(ITEM_TEXT.notFound('indicator'), 'not_found');
  const existing = readStructure(db, campaign.id);
  const base = old ? withoutRecord(existing, 'steps', `${tf.name}／${ind.name}／${old.title}`) : existing;
  const c = checkRecord(
    'steps',
    { taskForce: tf.name, indicator: ind.name, ...values },
    base,
    campaign.year,
    `已有名为“${String(values.title)}”的节点，请换一个名称`,
  );
  if (!c.ok) throw new ActionError(c.message, 'invalid', c.fieldErrors);
  const { title, plannedDate } = c.record;
  if (old) {
    db.update(indicatorSteps).set({ title, plannedDate }).where(eq(indicatorSteps.id, old.id)).run();
    actor.audit({
      action: 'structure.step_update',
      entityType: 'indicatorStep',
      entityId: old.id,
      before: old,
      after: { title, plannedDate },
    });
  } else {
    const max = db
      .select({ n: sql<number>`coalesce(max(${indicatorSteps.sortOrder}), 0)` })
      .from(indicatorSteps)
      .where(eq(indicatorSteps.indicatorId, indicatorId))
      .get()!.n;
    const row = db
      .insert(indicatorSteps)
      .values({ indicatorId, title, plannedDate, sortOrder: max + 1 })
      .returning()
      .get();
    actor.audit({
      action: 'structure.step_create',
      entityType: 'indicatorStep',
      entityId: row.id,
      after: { indicatorId, title, plannedDate },
    });
  }
  return ITEM_TEXT.stepSaved(title);
}

/** Deletes a step not yet done (a done step is a reported fact). */
export function deleteStep(db: Db, actor: Actor, campaign: Campaign, indicatorId: number, stepId: number): string {
  stepContext(db, campaign, indicatorId);
  const old = db
    .select()
    .from(indicatorSteps)
    .where(and(eq(indicatorSteps.id, stepId), eq(indicatorSteps.indicatorId, indicatorId)))
    .get();
  if (!old) throw new ActionError(ITEM_TEXT.notFound('indicator'), 'not_found');
  if (old.doneDate) throw new ActionError(ITEM_TEXT.stepDone, 'conflict');
  db.delete(indicatorSteps).where(eq(indicatorSteps.id, stepId)).run();
  actor.audit({ action: 'structure.step_delete', entityType: 'indicatorStep', entityId: stepId, before: old });
  return ITEM_TEXT.stepDeleted(old.title);
}
