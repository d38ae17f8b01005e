/**
 * Reviewing submitted entries: approve, or return with a reason; one at a time or several at once
 * (all or nothing). Every entry is checked against the reviewer's scope here; the workflow rule
 * (lib/reporting decideReview) decides the rest — the lock of the round that owes the figure (错月:
 * data month + lag), the version, the status, the reason.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { progressEntries, type ProgressEntry } from '@/db/schema';
import { ActionError, type ActionCode } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';
import { overrideDetail, refusalText } from '@/lib/reporting/refusals';
import { decideReview, type ReviewPatch } from '@/lib/reporting/review';
import type { Override } from '@/lib/reporting/status';
import { archivedRefusal, entryScope, nameOf, owingRound, workflowActor, type Actor } from './context';
import { auditView } from './progress';

export interface ReviewInput {
  entryId: number;
  version: number;
  decision: 'approve' | 'return';
  reason?: string;
}

type Checked =
  | { ok: true; entry: ProgressEntry; name: string; patch: ReviewPatch; audit: 'approve' | 'return'; overrides: Override[] }
  | { ok: false; code: ActionCode; message: string; name: string; fieldErrors?: Record<string, string[]> };

/** Every check of one review, without writing: scope here, then the workflow rule. */
function check(db: Db, actor: Actor, input: ReviewInput): Checked {
  const found = entryScope(db, input.entryId);
  if (!found) return { ok: false, code: 'not_found', message: '该条目不存在或已被删除，请刷新页面。', name: `条目${input.entryId}` };
  const { entry } = found;
  const name = `“${found.name}”（${formatPeriodZh(entry.period)}）`;
  if (!can(actor.user, 'progress:review', found))
    return { ok: false, code: 'forbidden', message: '无权审核该条目：它不在您负责审核的竞赛中。', name };
  const archived = archivedRefusal(found, 'review');
  if (archived) return { ok: false, code: 'locked', message: archived, name };
  const decision = decideReview({
    current: entry,
    intent: { decision: input.decision, baseVersion: input.version, reason: input.reason },
    actor: workflowActor(actor),
    round: owingRound(db, found, entry.period),
    now: actor.now.toISOString(),
  });
  if (decision.kind === 'refused') {
    const facts = { by: nameOf(db, entry.updatedBy), at: formatBeijingTime(entry.updatedAt), value: '', status: '' };
    return { ok: false, name, ...refusalText(decision.refusal, facts) };
  }
  return { ok: true, entry, name, patch: decision.patch, audit: decision.audit, overrides: decision.overrides };
}

function write(db: Db, actor: Actor, c: Extract<Checked, { ok: true }>): ProgressEntry {
  const saved = db.update(progressEntries).set(c.patch).where(eq(progressEntries.id, c.entry.id)).returning().get();
  actor.audit({
    action: c.audit === 'approve' ? 'progress.approve' : 'progress.return',
    entityType: 'progress_entry',
    entityId: c.entry.id,
    before: auditView(c.entry),
    after: { ...auditView(saved), returnReason: saved.returnReason },
    detail: overrideDetail(c.overrides),
  });
  return saved;
}

/** Approves or returns a submitted entry (reviewers of its competition, administrators). */
export function reviewEntry(db: Db, actor: Actor, input: ReviewInput): ProgressEntry {
  const c = check(db, actor, input);
  if (!c.ok) throw new ActionError(c.message, c.code, c.fieldErrors);
  return write(db, actor, c);
}

const PRECEDENCE: ActionCode[] = ['forbidden', 'locked', 'not_found', 'conflict', 'invalid'];

/**
 * Approves several entries: every one is checked first, and one refusal refuses them all (nothing
 * is written), naming each entry refused and why.
 */
export function approveEntries(db: Db, actor: Actor, items: { entryId: number; version: number }[]): ProgressEntry[] {
  const unique = [...new Map(items.map((i) => [i.entryId, i])).values()];
  const checked = unique.map((i) => check(db, actor, { ...i, decision: 'approve' }));
  const refused = checked.filter((c): c is Extract<Checked, { ok: false }> => !c.ok);
  if (refused.length > 0) {
    const code = PRECEDENCE.find((p) => refused.some((r) => r.code === p)) ?? 'invalid';
    const list = refused.map((r) => `${r.name}：${r.message}`).join('；');
    throw new ActionError(`所勾选的 ${unique.length} 条均未通过（须全部可审核才能批量通过）。${list}`, code);
  }
  return checked.map((c) => write(db, actor, c as Extract<Checked, { ok: true }>));
}
