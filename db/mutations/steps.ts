/** Milestone steps: marking a step done on a date, or not done. */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { indicatorSteps } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import { isCalendarDate } from '@/lib/validation/date';
import { indicatorScope, requireMonthOpen, requireNotArchived, requirePeriodOpen, type Actor } from './context';

/** Today in Beijing, `YYYY-MM-DD`. */
function beijingToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The step's indicator scope (for the action wrapper's permission check), or null when there is no such step. */
export function stepScope(db: Db, stepId: number) {
  const step = db.select().from(indicatorSteps).where(eq(indicatorSteps.id, stepId)).get();
  return step ? indicatorScope(db, step.indicatorId) : null;
}

/**
 * Marks a milestone step done on a date, or not done (null). The date belongs both to the period it
 * is entered under and to the month it falls in: either one locked refuses the change, and so does
 * the month of the date it replaces (a locked month's record is never rewritten from an open one).
 */
export function setStepDone(db: Db, actor: Actor, input: { stepId: number; doneDate: string | null; period: string }): void {
  const step = db.select().from(indicatorSteps).where(eq(indicatorSteps.id, input.stepId)).get();
  const scope = step ? indicatorScope(db, step.indicatorId) : null;
  if (!step || !scope) throw new ActionError('该节点不存在或已被删除，请刷新页面。', 'not_found');
  if (!can(actor.user, 'progress:edit', scope)) throw new ActionError('无权修改该节点：它不属于您负责的专班。', 'forbidden');
  requireNotArchived(scope);
  requirePeriodOpen(db, actor, scope.campaignId, input.period);
  if (input.doneDate !== null && !isCalendarDate(input.doneDate)) {
    throw new ActionError('日期不存在：完成日期应为真实存在的日期（如 2020-10-09），请检查月份和日期。', 'invalid', {
      doneDate: ['日期不存在'],
    });
  }
  if (input.doneDate && input.doneDate > beijingToday(actor.now)) {
    throw new ActionError('完成日期不能晚于今天。', 'invalid', { doneDate: ['完成日期不能晚于今天'] });
  }
  if (step.doneDate === input.doneDate) return;
  if (step.doneDate) requireMonthOpen(db, actor, scope.campaignId, step.doneDate, `原完成日期 ${step.doneDate} `);
  if (input.doneDate) requireMonthOpen(db, actor, scope.campaignId, input.doneDate, `完成日期 ${input.doneDate} `);
  db.update(indicatorSteps).set({ doneDate: input.doneDate }).where(eq(indicatorSteps.id, step.id)).run();
  actor.audit({
    action: 'step.update',
    entityType: 'indicator_step',
    entityId: step.id,
    before: { doneDate: step.doneDate },
    after: { doneDate: input.doneDate },
    detail: input.period,
  });
}
