/**
 * Saving and submitting an entry (value + 工作进展 / 存在问题 / 下步打算). Synchronous, inside the
 * caller's transaction; checks the object's scope and the period lock itself, and audits what it
 * changed with before and after. A save that changes nothing, and a repeat of the submission just
 * made, write nothing. Refusals throw ActionError with a Chinese message that says how to fix it.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { progressEntries, type ProgressEntry } from '@/db/schema';
import { ActionError, type ConflictInfo } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import { ENTRY_STATUS_LABELS, formatBeijingTime } from '@/lib/format';
import { indicatorScope, nameOf, requirePeriodOpen, type Actor } from './context';

export { entryScope, indicatorScope, type Actor } from './context';

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

/** The audited fields of an entry (before / after). */
export function auditView(e: Partial<ProgressEntry> | undefined) {
  if (!e) return null;
  return Object.fromEntries(AUDIT_FIELDS.map((k) => [k, e[k] ?? null]));
}

function sameContent(e: ProgressEntry, input: SaveEntryInput): boolean {
  return (
    e.value === input.value && e.workProgress === input.workProgress && e.problems === input.problems && e.nextSteps === input.nextSteps
  );
}

/** The stored version, as the form shows it, for the user to compare and choose. */
function conflictInfo(db: Db, current: ProgressEntry, canOverwrite: boolean): ConflictInfo {
  return {
    version: current.version,
    fields: {
      value: current.value === null ? '' : String(current.value),
      workProgress: current.workProgress,
      problems: current.problems,
      nextSteps: current.nextSteps,
      status: ENTRY_STATUS_LABELS[current.status],
    },
    by: nameOf(db, current.updatedBy),
    at: formatBeijingTime(current.updatedAt),
    canOverwrite,
  };
}

function conflict(db: Db, current: ProgressEntry, unit: string, canOverwrite: boolean): never {
  const info = conflictInfo(db, current, canOverwrite);
  const value = current.value === null ? '空' : `${current.value}${unit}`;
  throw new ActionError(
    `保存冲突：此条目已被${info.by}于${info.at}修改（当前数值：${value}，状态：${info.fields.status}）。您的输入未保存，仍保留在表单中。` +
      (canOverwrite ? '请对比下面两个版本，选择“用我的输入覆盖”或“采用对方的版本”。' : '该条目现已不能由您修改，请采用对方的版本。'),
    'conflict',
    undefined,
    info,
  );
}

/** This user's own save or submission from `input.version`, arriving again (a retry, a double click). */
function isRepeat(current: ProgressEntry, input: SaveEntryInput, actor: Actor, isAdmin: boolean): boolean {
  if (current.version !== input.version + 1 || current.updatedBy !== actor.user.id || !sameContent(current, input)) return false;
  return input.submit ? current.status === 'submitted' && current.submittedBy === actor.user.id : current.status === 'draft' || isAdmin;
}

function closedToLead(current: ProgressEntry): string | null {
  if (current.status === 'submitted') return '该条目已提交、正在审核，不能修改；如需更正，请联系审核员退回。';
  if (current.status === 'approved') return '该条目已审核通过，不能修改；如需更正，请联系系统管理员。';
  return null;
}

/**
 * Saves (draft) or submits an entry. Leads may change their own entries while draft or returned;
 * submitted and approved entries are closed to them; an administrator may change any entry (and a
 * locked period), audited. A stale version is refused with the stored version (ConflictInfo).
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
    if (isRepeat(current, input, actor, isAdmin)) return current;
    conflict(db, current, scope.unit, isAdmin || closedToLead(current) === null);
  }
  if (!current && input.version !== 0) throw new ActionError('该条目已被删除或尚未创建，请刷新页面后重新填写。', 'conflict');
  const closed = current && !isAdmin ? closedToLead(current) : null;
  if (closed) throw new ActionError(closed, 'invalid');
  if (input.submit && input.value === null) throw new ActionError('提交前请填写本期数值。', 'invalid', { value: ['请填写数值'] });
  if (current && !input.submit && current.status !== 'returned' && sameContent(current, input)) return current;
  return writeEntry(db, actor, input, current, period.deadline);
}

function writeEntry(db: Db, actor: Actor, input: SaveEntryInput, current: ProgressEntry | undefined, deadline: string): ProgressEntry {
  const nowIso = actor.now.toISOString();
  const late = input.submit ? actor.now.getTime() > Date.parse(deadline) : (current?.late ?? false);
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
    before: auditView(current),
    after: auditView(saved),
  });
  return saved;
}
