/**
 * 修订原因: an administrator's correction of a figure in a locked round — whose ranking was
 * published — says why. The reason is kept in the audit row of the write and shown beside the
 * revised rank (修订) on the rankings page.
 */
import type { Override } from './status';

/** At most this many characters. */
export const CORRECTION_REASON_MAX = 200;

/** The refusal of a correction of a locked round without a reason: what to fill in and why. */
export const CORRECTION_REASON_MISSING =
  '该统计期已锁定，排名已发布。更正已锁定月份的数据须填写“修订原因”（例如：统计局核定数据有误），原因将与修订后的名次一并显示。';

/** Whether a write that took `overrides` needs a 修订原因: any write into a locked round does. */
export function needsCorrectionReason(overrides: readonly Override[]): boolean {
  return overrides.includes('locked');
}
