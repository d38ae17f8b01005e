/**
 * Writes of the reporting cycle: save / submit an entry, review it, milestone steps, county values.
 * Each function is synchronous, runs inside the caller's transaction, checks the object's scope and
 * the period lock itself, and writes an audit row with before and after. Refusals throw ActionError
 * with a Chinese message that says how to fix it.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import {
  competitions,
  countyValues,
  indicators,
  indicatorSteps,
  periods,
  progressEntries,
  taskForces,
  users,
  type ProgressEntry,
} from '@/db/schema';
import type { AuditEvent } from '@/lib/audit';
import { ActionError } from '@/lib/actions/result';
import { can, type AuthUser, type Scope } from '@/lib/auth/permissions';
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';

export interface Actor {
  user: AuthUser;
  now: Date;
  /** Writes an audit row for this user (the action wrapper's `ctx.audit`). */
  audit: (e: Omit<AuditEvent, 'userId' | 'username' | 'ip'>) => void;
}

/** The indicator with its task force and competition (its full scope), or null. */
export function indicatorScope(
  db: Db,
  indicatorId: number,
): (Scope & { campaignId: number; kind: string; name: string; unit: string }) | null {
  const row = db
    .select({
      indicatorId: indicators.id,
      taskForceId: taskForces.id,
      competitionId: competitions.id,
      campaignId: competitions.campaignId,
      kind: indicators.kind,
      name: indicators.name,
      unit: indicators.unit,
    })
    .from(indicators)
    .innerJoin(taskForces, eq(indicators.taskForceId, taskForces.id))
    .innerJoin(competitions, eq(taskForces.competitionId, competitions.id))
    .where(eq(indicators.id, indicatorId))
    .get();
  return row ?? null;
}

export function entryScope(db: Db, entryId: number) {
  const entry = db.select().from(progressEntries).where(eq(progressEntries.id, entryId)).get();
  if (!entry) return null;
  const scope = indicatorScope(db, entry.indicatorId);
  return scope ? { ...scope, entry } : null;
}

function requirePeriodOpen(db: Db, actor: Actor, campaignId: number, period: string) {
  const p = db
    .select()
    .from(periods)
    .where(and(eq(periods.campaignId, campaignId), eq(periods.period, period)))
    .get();
  if (!p) throw new ActionError(`${formatPeriodZh(period)}尚未开放填报，请联系系统管理员开放该统计期。`, 'invalid');
  if (p.locked && !can(actor.user, 'period:edit-locked')) {
    throw new ActionError(`${formatPeriodZh(period)}已锁定，不能再修改。如确需更正，请联系系统管理员解锁或代为修改。`, 'locked');
  }
  return p;
}

function nameOf(db: Db, userId: number | null): string {
  if (userId === null) return '他人';
  return db.select({ n: users.displayName }).from(users).where(eq(users.id, userId)).get()?.n ?? '他人';
}

function conflict(db: Db, current: ProgressEntry, unit: string): never {
  const who = nameOf(db, current.updatedBy);
  const value = current.value === null ? '空' : `${current.value}${unit}`;
  throw new ActionError(
    `保存冲突：此条目已被${who}于${formatBeijingTime(current.updatedAt)}修改（当前数值：${value}，状态已更新）。您的输入未保存，仍保留在表单中；请核对对方的数值后再决定是否覆盖并重新保存。`,
    'conflict',
  );
}

export interface SaveEntryInput {
  indicatorId: number;
  period: string;
  value: number | null;
  workProgress: string;
  problems: string;
  nextSteps: string;
  /** The version the user started from; 0 for a new entry. */
  version: number;
  submit: boolean;
}

const AUDIT_FIELDS = ['value', 'workProgress', 'problems', 'nextSteps', 'status', 'version', 'late'] as const;
function pick(e: Partial<ProgressEntry> | undefined) {
  if (!e) return null;
  return Object.fromEntries(AUDIT_FIELDS.map((k) => [k, e[k] ?? null]));
}

/**
 * Saves (draft) or submits an entry. Leads may change their own entries while draft or returned;
 * submitted and approved entries are closed to them; an administrator may change any entry (and a
 * locked period), audited. Stale versions are refused with the other person's value; a repeated
 * submit of the same version is answered with the stored submission (idempotent).
 */
export function saveEntry(db: Db, actor: Actor, input: SaveEntryInput): ProgressEntry {
  const scope = indicatorScope(db, input.indicatorId);
  if (!scope) throw new ActionError('该指标不存在或已被删除，请刷新页面。', 'not_found');
  if (!can(actor.user, 'progress:edit', scope)) throw new ActionError('无权填报该指标：它不属于您负责的专班。', 'forbidden');
  if (scope.kind === 'milestone') throw new ActionError('节点型指标请逐项标记节点完成情况，不填写数值。', 'invalid');
  const period = requirePeriodOpen(db, actor, scope.campaignId, input.period);
  const current = db
    .select()
    .from(progressEntries)
    .where(and(eq(progressEntries.indicatorId, input.indicatorId), eq(progressEntries.period, input.period)))
    .get();
  const isAdmin = can(actor.user, 'period:edit-locked');

  if (current && current.version !== input.version) {
    const sameSubmission =
      input.submit &&
      current.status === 'submitted' &&
      current.version === input.version + 1 &&
      current.submittedBy === actor.user.id &&
      current.value === input.value;
    if (sameSubmission) return current;
    conflict(db, current, scope.unit);
  }
  if (!current && input.version !== 0) throw new ActionError('该条目已被删除或尚未创建，请刷新页面后重新填写。', 'conflict');
  if (current && !isAdmin && (current.status === 'submitted' || current.status === 'approved')) {
    throw new ActionError(
      current.status === 'submitted'
        ? '该条目已提交、正在审核，不能修改；如需更正，请联系审核员退回。'
        : '该条目已审核通过，不能修改；如需更正，请联系系统管理员。',
      'invalid',
    );
  }
  if (input.submit && input.value === null) throw new ActionError('提交前请填写本期数值。', 'invalid', { value: ['请填写数值'] });

  const nowIso = actor.now.toISOString();
  const late = input.submit ? actor.now.getTime() > Date.parse(period.deadline) : (current?.late ?? false);
  const values = {
    value: input.value,
    workProgress: input.workProgress,
    problems: input.problems,
    nextSteps: input.nextSteps,
    updatedBy: actor.user.id,
    updatedAt: nowIso,
    ...(input.submit
      ? { status: 'submitted' as const, submittedBy: actor.user.id, submittedAt: nowIso, late, reviewedBy: null, reviewedAt: null }
      : { status: current?.status === 'approved' || current?.status === 'submitted' ? current.status : ('draft' as const) }),
  };
  const saved = current
    ? db
        .update(progressEntries)
        .set({ ...values, version: current.version + 1 })
        .where(eq(progressEntries.id, current.id))
        .returning()
        .get()
    : db
        .insert(progressEntries)
        .values({
          ...values,
          indicatorId: input.indicatorId,
          period: input.period,
          createdBy: actor.user.id,
          createdAt: nowIso,
          version: 1,
        })
        .returning()
        .get();
  actor.audit({
    action: input.submit ? 'progress.submit' : 'progress.save',
    entityType: 'progress_entry',
    entityId: saved.id,
    before: pick(current),
    after: pick(saved),
  });
  return saved;
}

/** Approves or returns a submitted entry (reviewers of its competition, administrators). */
export function reviewEntry(
  db: Db,
  actor: Actor,
  input: { entryId: number; version: number; decision: 'approve' | 'return'; reason?: string },
): ProgressEntry {
  const found = entryScope(db, input.entryId);
  if (!found) throw new ActionError('该条目不存在或已被删除，请刷新页面。', 'not_found');
  if (!can(actor.user, 'progress:review', found)) throw new ActionError('无权审核该条目：它不在您负责审核的竞赛中。', 'forbidden');
  const { entry } = found;
  if (entry.version !== input.version) conflict(db, entry, found.unit);
  if (entry.status !== 'submitted') throw new ActionError('只能审核“待审核”状态的条目；该条目状态已变化，请刷新页面。', 'conflict');
  const reason = input.reason?.trim() ?? '';
  if (input.decision === 'return' && reason.length < 2)
    throw new ActionError('退回时请填写退回原因（至少 2 个字），告诉填报员如何修改。', 'invalid', { reason: ['请填写退回原因'] });
  const nowIso = actor.now.toISOString();
  const saved = db
    .update(progressEntries)
    .set({
      status: input.decision === 'approve' ? 'approved' : 'returned',
      returnReason: input.decision === 'return' ? reason : null,
      reviewedBy: actor.user.id,
      reviewedAt: nowIso,
      updatedBy: actor.user.id,
      updatedAt: nowIso,
      version: entry.version + 1,
    })
    .where(eq(progressEntries.id, entry.id))
    .returning()
    .get();
  actor.audit({
    action: input.decision === 'approve' ? 'progress.approve' : 'progress.return',
    entityType: 'progress_entry',
    entityId: entry.id,
    before: pick(entry),
    after: { ...pick(saved), returnReason: saved.returnReason },
  });
  return saved;
}

/** Marks a milestone step done on a date, or not done (null). */
export function setStepDone(db: Db, actor: Actor, input: { stepId: number; doneDate: string | null; period: string }): void {
  const step = db.select().from(indicatorSteps).where(eq(indicatorSteps.id, input.stepId)).get();
  const scope = step ? indicatorScope(db, step.indicatorId) : null;
  if (!step || !scope) throw new ActionError('该节点不存在或已被删除，请刷新页面。', 'not_found');
  if (!can(actor.user, 'progress:edit', scope)) throw new ActionError('无权修改该节点：它不属于您负责的专班。', 'forbidden');
  requirePeriodOpen(db, actor, scope.campaignId, input.period);
  const today = new Date(actor.now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  if (input.doneDate && input.doneDate > today) {
    throw new ActionError('完成日期不能晚于今天。', 'invalid', { doneDate: ['完成日期不能晚于今天'] });
  }
  db.update(indicatorSteps).set({ doneDate: input.doneDate }).where(eq(indicatorSteps.id, step.id)).run();
  actor.audit({
    action: 'step.update',
    entityType: 'indicator_step',
    entityId: step.id,
    before: { doneDate: step.doneDate },
    after: { doneDate: input.doneDate },
  });
}

/** Enters the six counties' values of an indicator for a period (administrators, or its leads). */
export function saveCountyValues(
  db: Db,
  actor: Actor,
  input: { indicatorId: number; period: string; values: { regionCode: string; value: number | null }[] },
): void {
  const scope = indicatorScope(db, input.indicatorId);
  if (!scope) throw new ActionError('该指标不存在或已被删除，请刷新页面。', 'not_found');
  if (!can(actor.user, 'county:edit', scope)) throw new ActionError('无权录入该指标的县（市、区）数据。', 'forbidden');
  requirePeriodOpen(db, actor, scope.campaignId, input.period);
  const before = db
    .select()
    .from(countyValues)
    .where(and(eq(countyValues.indicatorId, input.indicatorId), eq(countyValues.period, input.period)))
    .all();
  const nowIso = actor.now.toISOString();
  for (const v of input.values) {
    const where = and(
      eq(countyValues.indicatorId, input.indicatorId),
      eq(countyValues.period, input.period),
      eq(countyValues.regionCode, v.regionCode),
    );
    if (v.value === null) {
      db.delete(countyValues).where(where).run();
      continue;
    }
    db.insert(countyValues)
      .values({
        indicatorId: input.indicatorId,
        period: input.period,
        regionCode: v.regionCode,
        value: v.value,
        updatedBy: actor.user.id,
        updatedAt: nowIso,
      })
      .onConflictDoUpdate({
        target: [countyValues.indicatorId, countyValues.period, countyValues.regionCode],
        set: { value: v.value, updatedBy: actor.user.id, updatedAt: nowIso },
      })
      .run();
  }
  actor.audit({
    action: 'county.save',
    entityType: 'indicator',
    entityId: input.indicatorId,
    before: Object.fromEntries(before.map((b) => [b.regionCode, b.value])),
    after: Object.fromEntries(input.values.map((v) => [v.regionCode, v.value])),
    detail: input.period,
  });
}
