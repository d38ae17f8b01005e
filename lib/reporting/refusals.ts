/**
 * Why the workflow refuses a write, as data (so every table of reported figures refuses alike),
 * and the one Chinese wording of each refusal, which says how to fix it.
 */
import type { ActionCode } from '@/lib/actions/result';
import { formatPeriodZh } from '@/lib/format';

export type Refusal =
  /** The round that owes the figure is not opened for reporting. */
  | { reason: 'not_open'; round: string }
  /** The indicator owes no figure in this round (错月 into another year, 1—2月 combined, a milestone). */
  | { reason: 'not_owed'; round: string }
  /** The round that owes the figure is locked (only an administrator may still write). */
  | { reason: 'locked'; round: string }
  /** Someone wrote since the version the user started from; `canOverwrite`: this user may save over it. */
  | { reason: 'stale'; canOverwrite: boolean }
  /** The user started from a stored version, but there is no record (deleted, or never created). */
  | { reason: 'gone' }
  /** Submitted (under review) or approved: closed to the lead. */
  | { reason: 'closed'; status: 'submitted' | 'approved' }
  /** A submission without the figure itself. */
  | { reason: 'value_required'; field: string }
  /** A review of a record that changed since the reviewer opened it. */
  | { reason: 'review_stale' }
  /** A review of a record that is not (or no longer) waiting for review. */
  | { reason: 'not_submitted' }
  /** A return without a reason (at least 2 characters). */
  | { reason: 'reason_required' };

/** The stored version a stale write collided with, in words (name, 北京时间, value with unit, status label). */
export interface StaleFacts {
  by: string;
  at: string;
  value: string;
  status: string;
}

export interface RefusalText {
  code: ActionCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

function staleText(r: { canOverwrite: boolean }, f: StaleFacts): string {
  return (
    `保存冲突：此条目已被${f.by}于${f.at}修改（当前数值：${f.value}，状态：${f.status}）。您的输入未保存，仍保留在表单中。` +
    (r.canOverwrite ? '请对比下面两个版本，选择“用我的输入覆盖”或“采用对方的版本”。' : '该条目现已不能由您修改，请采用对方的版本。')
  );
}

/**
 * The message and action code of a refusal. `facts` names the stored version for 'stale' and
 * 'review_stale' (without it the message says 他人, 刚才).
 */
export function refusalText(r: Refusal, facts?: StaleFacts): RefusalText {
  const f = facts ?? { by: '他人', at: '刚才', value: '—', status: '—' };
  switch (r.reason) {
    case 'not_open':
      return { code: 'invalid', message: `${formatPeriodZh(r.round)}尚未开放填报，请联系系统管理员开放该统计期。` };
    case 'not_owed':
      return {
        code: 'invalid',
        message: `该指标在${formatPeriodZh(r.round)}无需报送数据（错月指标或1—2月合并报送），请刷新页面后按页面所列的数据月份填报。`,
      };
    case 'locked':
      return { code: 'locked', message: `${formatPeriodZh(r.round)}已锁定，不能再修改。如确需更正，请联系系统管理员解锁或代为修改。` };
    case 'stale':
      return { code: 'conflict', message: staleText(r, f) };
    case 'gone':
      return { code: 'conflict', message: '该条目已被删除或尚未创建，请刷新页面后重新填写。' };
    case 'closed':
      return {
        code: 'invalid',
        message:
          r.status === 'submitted'
            ? '该条目已提交、正在审核，不能修改；如需更正，请联系审核员退回。'
            : '该条目已审核通过，不能修改；如需更正，请联系系统管理员。',
      };
    case 'value_required':
      return { code: 'invalid', message: '提交前请填写本期数值。', fieldErrors: { [r.field]: ['请填写数值'] } };
    case 'review_stale':
      return { code: 'conflict', message: `该条目在您打开页面后已被${f.by}于${f.at}修改，请刷新页面查看最新内容后再审核。` };
    case 'not_submitted':
      return { code: 'conflict', message: '只能审核“待审核”状态的条目；该条目状态已变化，请刷新页面。' };
    case 'reason_required':
      return {
        code: 'invalid',
        message: '退回时请填写退回原因（至少 2 个字），告诉填报员如何修改。',
        fieldErrors: { reason: ['请填写退回原因'] },
      };
  }
}

/** The words of an administrator's override, for the audit row's detail. */
export function overrideDetail(overrides: readonly string[]): string | null {
  if (overrides.length === 0) return null;
  const words = overrides.map((o) => (o === 'locked' ? '统计期已锁定' : o === 'submitted' ? '条目正在审核' : '条目已审核通过'));
  return `管理员更正（${words.join('，')}）`;
}
