/**
 * Reviewing submitted entries: approve, or return with a reason; one at a time or several at once
 * (all or nothing). Every entry is checked against the reviewer's scope and its period's lock.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { progressEntries, type ProgressEntry } from '@/db/schema';
import { ActionError, type ActionCode } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';
import { entryScope, nameOf, requirePeriodOpen, type Actor } from './context';
import { auditView } from './progress';

export interface ReviewInput {
  entryId: number;
  version: number;
  decision: 'approve' | 'return';
  reason?: string;
}

type Checked = { ok: true; entry: ProgressEntry; name: string } | { ok: false; code: ActionCode; message: string; name: string };

/** Every check of one review, without writing: scope, lock, version, status, reason. */
function check(db: Db, actor: Actor, input: ReviewInput): Checked {
  const found = entryScope(db, input.entryId);
  if (!found) return { ok: false, code: 'not_found', message: '该条目不存在或已被删除，请刷新页面。', name: `条目${input.entryId}` };
  const name = `“${found.name}”（${formatPeriodZh(found.entry.period)}）`;
  const refuse = (code: ActionCode, message: string): Checked => ({ ok: false, code, message, name });
  if (!can(actor.user, 'progress:review', found)) return refuse('forbidden', '无权审核该条目：它不在您负责审核的竞赛中。');
  try {
    requirePeriodOpen(db, actor, found.campaignId, found.entry.period);
  } catch (e) {
    if (e instanceof ActionError) return refuse(e.code, e.message);
    throw e;
  }
  const { entry } = found;
  if (entry.version !== input.version)
    return refuse(
      'conflict',
      `该条目在您打开页面后已被${nameOf(db, entry.updatedBy)}于${formatBeijingTime(entry.updatedAt)}修改，请刷新页面查看最新内容后再审核。`,
    );
  if (entry.status !== 'submitted') return refuse('conflict', '只能审核“待审核”状态的条目；该条目状态已变化，请刷新页面。');
  if (input.decision === 'return' && (input.reason?.trim() ?? '').length < 2)
    return refuse('invalid', '退回时请填写退回原因（至少 2 个字），告诉填报员如何修改。');
  return { ok: true, entry, name };
}

function write(db: Db, actor: Actor, entry: ProgressEntry, input: ReviewInput): ProgressEntry {
  const nowIso = actor.now.toISOString();
  const reason = input.reason?.trim() ?? '';
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
    before: auditView(entry),
    after: { ...auditView(saved), returnReason: saved.returnReason },
  });
  return saved;
}

/** Approves or returns a submitted entry (reviewers of its competition, administrators). */
export function reviewEntry(db: Db, actor: Actor, input: ReviewInput): ProgressEntry {
  const c = check(db, actor, input);
  if (!c.ok) throw new ActionError(c.message, c.code, c.code === 'invalid' ? { reason: ['请填写退回原因'] } : undefined);
  return write(db, actor, c.entry, input);
}

const PRECEDENCE: ActionCode[] = ['forbidden', 'locked', 'not_found', 'conflict', 'invalid'];

/**
 * Approves several entries: every one is checked first, and one refusal refuses them all (nothing
 * is written), naming each entry refused and why.
 */
export function approveEntries(db: Db, actor: Actor, items: { entryId: number; version: number }[]): ProgressEntry[] {
  const unique = [...new Map(items.map((i) => [i.entryId, i])).values()];
  const inputs = unique.map((i) => ({ ...i, decision: 'approve' as const }));
  const checked = inputs.map((i) => check(db, actor, i));
  const refused = checked.filter((c): c is Extract<Checked, { ok: false }> => !c.ok);
  if (refused.length > 0) {
    const code = PRECEDENCE.find((p) => refused.some((r) => r.code === p)) ?? 'invalid';
    const list = refused.map((r) => `${r.name}：${r.message}`).join('；');
    throw new ActionError(`所勾选的 ${unique.length} 条均未通过（须全部可审核才能批量通过）。${list}`, code);
  }
  return checked.map((c, i) => write(db, actor, (c as Extract<Checked, { ok: true }>).entry, inputs[i]!));
}
