/**
 * What a user may change on /report, in words: the same rules the mutations enforce (a locked
 * period, a submitted or approved entry), so the page offers only what the server accepts.
 */
import { can, type AuthUser } from '@/lib/auth/permissions';

export interface EditState {
  editable: boolean;
  /** Why not, in Chinese, when not editable. */
  reason?: string;
}

/** Whether `user` may change an entry in this state, in a period locked or not. */
export function entryEditState(user: AuthUser, status: string | undefined, locked: boolean): EditState {
  const admin = can(user, 'period:edit-locked');
  if (locked && !admin) return { editable: false, reason: '该统计期已锁定，不能再修改。' };
  if (!admin && status === 'submitted') return { editable: false, reason: '已提交，正在审核；如需更正，请联系审核员退回。' };
  if (!admin && status === 'approved') return { editable: false, reason: '已审核通过。如需更正，请联系系统管理员。' };
  return { editable: true };
}

/** The locked months a user may not write into (none for an administrator). */
export function lockedMonthsFor(user: AuthUser, periods: { period: string; locked: boolean }[]): string[] {
  return can(user, 'period:edit-locked') ? [] : periods.filter((p) => p.locked).map((p) => p.period);
}
