/** What every server action returns; forms show `message` and the field errors beside their inputs. */
export type ActionCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'invalid'
  | 'conflict'
  | 'locked'
  | 'not_found'
  | 'rate_limited'
  /** The storage refused the write (disk full, read-only, I/O error, busy): nothing was saved. */
  | 'unavailable';

/**
 * The stored version a save collided with, so the form can show it and let the user choose:
 * overwrite it (save again against `version`) or take it (`fields`, keyed by the form's field names,
 * as the form would show them).
 */
export interface ConflictInfo {
  version: number;
  fields: Record<string, string>;
  /** Who saved it and when, in words (北京时间). */
  by: string;
  at: string;
  /** Whether this user may save over it (false when it was submitted or approved meanwhile). */
  canOverwrite: boolean;
}

export type ActionResult<T = unknown> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: ActionCode; message: string; fieldErrors?: Record<string, string[]>; conflict?: ConflictInfo };

/** Thrown inside an action's transaction to roll it back and answer with a refusal. */
export class ActionError extends Error {
  constructor(
    message: string,
    public readonly code: ActionCode = 'invalid',
    public readonly fieldErrors?: Record<string, string[]>,
    public readonly conflict?: ConflictInfo,
  ) {
    super(message);
  }
}

export const MESSAGES = {
  unauthenticated: '请先登录：您尚未登录或会话已过期，请重新登录后再操作。',
  forbidden: '无权执行此操作：该对象不在您的授权范围内。如需权限，请联系系统管理员。',
  invalid: '填写内容有误，请按提示修改后重新提交。',
  notFound: '要操作的对象不存在或已被删除，请刷新页面后重试。',
} as const;
