/**
 * The rules of a 督办 work item's life, in one place for the mutations and the page alike:
 * status moves (未启动 → 推进中 → 已完成; 已销号 only by verification), 销号 after verification with
 * a note, 延期申请 with a reason and a later date, and the original deadline kept in the history.
 */
import { can, type AuthUser, type Scope } from '@/lib/auth/permissions';

export type ItemStatus = 'not_started' | 'in_progress' | 'done' | 'closed';

/** The statuses an owner may set by hand, from each status. 已销号 is never set by hand. */
export const OWNER_MOVES: Record<ItemStatus, ItemStatus[]> = {
  not_started: ['in_progress', 'done'],
  in_progress: ['not_started', 'done'],
  done: ['in_progress'],
  closed: [],
};

export const RULE_MESSAGES = {
  closed: '该事项已销号，不能再修改。如确需重新打开，请联系系统管理员。',
  badMove: (from: string, to: string) => `不能把状态从“${from}”改为“${to}”：已完成的事项由审核员核实后销号，已销号的事项不能再改状态。`,
  closeNotDone: '只能对“已完成”的事项销号：请先由责任单位把状态改为“已完成”并补齐节点佐证，再核实销号。',
  closeNote: '销号时请填写核实情况（至少 2 个字），说明如何核实完成。',
  extensionFinished: '该事项已完成或已销号，无需延期。',
  extensionPending: '该事项已有一条待审批的延期申请，请等待审核员审批后再申请。',
  extensionNotLater: (deadline: string) => `新的完成时限须晚于当前时限（${deadline}）。`,
  extensionReason: '请填写延期理由（至少 2 个字），说明为什么需要延期。',
  extensionDecided: '该延期申请已审批，请刷新页面。',
  refuseNote: '不批准时请填写意见（至少 2 个字），告诉责任单位原因。',
  doneDate: '标记为“已完成”时请填写完成日期。',
} as const;

/** The deadline first set: the one before the earliest approved extension, else the one in force. */
export function originalDeadline(
  deadline: string,
  extensions: { status: string; previousDeadline: string; decidedAt: string | null; id: number }[],
): string {
  const approved = extensions.filter((e) => e.status === 'approved').sort((a, b) => a.id - b.id);
  return approved[0]?.previousDeadline ?? deadline;
}

export interface WorkItemRights {
  /** Update milestones, status, and ask for an extension (责任单位 / 专班). */
  edit: boolean;
  /** 销号 and decide extensions (审核员 / 管理员). */
  verify: boolean;
  /** The statuses this user may set now. */
  moves: ItemStatus[];
  /** Whether 销号 is offered now (done, and the user verifies). */
  canClose: boolean;
  canRequestExtension: boolean;
}

/** What `user` may do with an item in `status` (the mutations ask the same questions). */
export function workItemRights(user: AuthUser, scope: Scope, status: ItemStatus, pendingExtension: boolean): WorkItemRights {
  const edit = can(user, 'workitem:edit', scope);
  const verify = can(user, 'workitem:verify', scope);
  return {
    edit,
    verify,
    moves: edit ? OWNER_MOVES[status] : [],
    canClose: verify && status === 'done',
    canRequestExtension: edit && (status === 'not_started' || status === 'in_progress') && !pendingExtension,
  };
}
