/**
 * Saving and submitting an entry (value + 工作进展 / 存在问题 / 下步打算). Synchronous, inside the
 * caller's transaction; checks the object's scope itself, then lets the workflow rule
 * (lib/reporting decideSave) decide — round lock, version, status, the repeat of a submission — and
 * writes the patch it returns, audited with before and after. Refusals throw ActionError with a
 * Chinese message that says how to fix it.
 */
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { driverValue, perConnection, rawPlaceholder } from '@/db/prepared';
import { progressEntries, type ProgressEntry } from '@/db/schema';
import { ActionError, type ConflictInfo } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import { ENTRY_STATUS_LABELS, formatBeijingTime } from '@/lib/format';
import { overrideDetail, type StaleFacts } from '@/lib/reporting/refusals';
import { decideSave } from '@/lib/reporting/save';
import { indicatorScope, nameOf, owedFigure, refuse, requireNotArchived, workflowActor, type Actor } from './context';

export { entryScope, indicatorScope, type Actor } from './context';

export interface SaveEntryInput {
  indicatorId: number;
  /** The reporting round 'YYYY-MM'; the entry written is the figure it owes (错月: round − lag). */
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

function staleFacts(info: ConflictInfo, current: ProgressEntry, unit: string): StaleFacts {
  return { by: info.by, at: info.at, value: current.value === null ? '空' : `${current.value}${unit}`, status: info.fields.status! };
}

const entryRead = perConnection((db: Db) =>
  db
    .select()
    .from(progressEntries)
    .where(and(eq(progressEntries.indicatorId, sql.placeholder('indicatorId')), eq(progressEntries.period, sql.placeholder('period'))))
    .prepare(),
);

function findEntry(db: Db, indicatorId: number, period: string): ProgressEntry | undefined {
  return entryRead(db).get({ indicatorId, period });
}

type EntryColumn = keyof typeof progressEntries.$inferInsert;
type EntryUpdate = ReturnType<typeof buildEntryUpdate>;

function buildEntryUpdate(db: Db, keys: EntryColumn[]) {
  return db
    .update(progressEntries)
    .set(Object.fromEntries(keys.map((k) => [k, rawPlaceholder(k)])))
    .where(eq(progressEntries.id, sql.placeholder('entryId')))
    .returning()
    .prepare();
}

/** The updates of an entry, prepared once per connection for each set of columns a save writes (a draft, a submission). */
const entryUpdates = perConnection(() => new Map<string, EntryUpdate>());

/** Writes `patch` (its defined fields, as drizzle's `set` does) into the entry `entryId` and returns the stored row. */
function updateEntry(db: Db, entryId: number, patch: Partial<ProgressEntry>): ProgressEntry {
  const columns = getTableColumns(progressEntries);
  const keys = (Object.keys(patch) as EntryColumn[]).filter((k) => k in columns && patch[k as keyof ProgressEntry] !== undefined).sort();
  const shape = keys.join(',');
  const updates = entryUpdates(db);
  let update = updates.get(shape);
  if (!update) updates.set(shape, (update = buildEntryUpdate(db, keys)));
  const values = Object.fromEntries(keys.map((k) => [k, driverValue(progressEntries[k], patch[k as keyof ProgressEntry])]));
  return update.get({ ...values, entryId })!;
}

/**
 * Saves (draft) or submits the figure an indicator owes in a reporting round (错月: the entry of
 * data month round − lag, locked with that round, late against its deadline). Leads may change their own entries while draft or returned;
 * submitted and approved entries are closed to them; an administrator may change any entry (and a
 * locked period), audited as a correction. A stale version is refused with the stored version
 * (ConflictInfo); this user's own repeat of the write just made returns the stored entry.
 */
export function saveEntry(db: Db, actor: Actor, input: SaveEntryInput): ProgressEntry {
  const scope = indicatorScope(db, input.indicatorId);
  if (!scope) throw new ActionError('该指标不存在或已被删除，请刷新页面。', 'not_found');
  if (!can(actor.user, 'progress:edit', scope)) throw new ActionError('无权填报该指标：它不属于您负责的专班。', 'forbidden');
  requireNotArchived(scope);
  if (scope.kind === 'milestone') throw new ActionError('节点型指标请逐项标记节点完成情况，不填写数值。', 'invalid');
  const owed = owedFigure(db, scope, input.period);
  const current = findEntry(db, input.indicatorId, owed.dataPeriod);
  const decision = decideSave({
    current: current ?? null,
    intent: {
      submit: input.submit,
      baseVersion: input.version,
      content: { value: input.value, workProgress: input.workProgress, problems: input.problems, nextSteps: input.nextSteps },
    },
    actor: workflowActor(actor),
    round: owed.round,
    now: actor.now.toISOString(),
    requiredToSubmit: ['value'],
  });
  if (decision.kind === 'unchanged') return current!;
  if (decision.kind === 'refused') {
    if (decision.refusal.reason !== 'stale' || !current) refuse(decision.refusal);
    const info = conflictInfo(db, current, decision.refusal.canOverwrite);
    refuse(decision.refusal, staleFacts(info, current, scope.unit), info);
  }
  const saved = current
    ? updateEntry(db, current.id, decision.patch)
    : db
        .insert(progressEntries)
        .values({ ...decision.patch, indicatorId: input.indicatorId, period: owed.dataPeriod })
        .returning()
        .get();
  actor.audit({
    action: decision.audit === 'submit' ? 'progress.submit' : 'progress.save',
    entityType: 'progress_entry',
    entityId: saved.id,
    before: auditView(current),
    after: auditView(saved),
    detail: overrideDetail(decision.overrides),
  });
  return saved;
}
