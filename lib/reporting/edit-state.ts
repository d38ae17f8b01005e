/**
 * What a user may change on /report, in words: the same rules the mutations enforce (roundGate and
 * statusGate of the workflow), so the page offers only what the server accepts.
 */
import { can, type AuthUser } from '@/lib/auth/permissions';
import { roundGate, statusGate } from './save';
import type { FigureStatus, RoundState } from './status';

export interface EditState {
  editable: boolean;
  /** Why not, in Chinese, when not editable. */
  reason?: string;
}

const REASONS = {
  locked: '该统计期已锁定，不能再修改。',
  notOpen: '该统计期尚未开放填报。',
  submitted: '已提交，正在审核；如需更正，请联系审核员退回。',
  approved: '已审核通过。如需更正，请联系系统管理员。',
  pastYear: '往年数据只读，只能查看，不能修改。',
} as const;

/** A figure of a past (read-only) year: nobody changes it, an administrator neither. */
export const PAST_YEAR_STATE: EditState = Object.freeze({ editable: false, reason: REASONS.pastYear });

/** May this user override the workflow (an administrator's audited corrections)? */
export function overrides(user: AuthUser): boolean {
  return can(user, 'period:edit-locked');
}

/**
 * Whether `user` may change a figure in status `status` (undefined: none yet) owed in `round`
 * (a round given as its lock alone is taken as opened).
 */
export function entryEditState(
  user: AuthUser,
  status: FigureStatus | undefined,
  round: boolean | Pick<RoundState, 'locked' | 'opened'>,
): EditState {
  const r = typeof round === 'boolean' ? { locked: round, opened: true } : round;
  const actor = { userId: user.id, override: overrides(user) };
  const byRound = roundGate({ period: '', deadline: null, ...r }, actor);
  if (byRound) return { editable: false, reason: byRound.reason === 'locked' ? REASONS.locked : REASONS.notOpen };
  const byStatus = status ? statusGate(status, actor) : null;
  if (byStatus?.reason === 'closed') return { editable: false, reason: REASONS[byStatus.status] };
  return { editable: true };
}

/** The locked months a user may not write into (none for an administrator). */
export function lockedMonthsFor(user: AuthUser, periods: { period: string; locked: boolean }[]): string[] {
  return overrides(user) ? [] : periods.filter((p) => p.locked).map((p) => p.period);
}

/** Whether the entry form asks this user for a 修订原因: an administrator's write into a locked round (see ./correction). */
export function asksCorrectionReason(user: AuthUser, locked: boolean): boolean {
  return locked && overrides(user);
}
