import { describe, expect, it } from 'vitest';
import { overrideDetail, refusalText, type Refusal } from './refusals';

const ALL: Refusal[] = [
  { reason: 'not_open', round: '2020-11' },
  { reason: 'locked', round: '2020-10' },
  { reason: 'not_owed', round: '2020-01' },
  { reason: 'stale', canOverwrite: true },
  { reason: 'stale', canOverwrite: false },
  { reason: 'gone' },
  { reason: 'closed', status: 'submitted' },
  { reason: 'closed', status: 'approved' },
  { reason: 'value_required', field: 'value' },
  { reason: 'review_stale' },
  { reason: 'not_submitted' },
  { reason: 'reason_required' },
];

describe('refusalText', () => {
  it('words every refusal in Chinese, with no Latin letters or ISO times', () => {
    for (const r of ALL) {
      const t = refusalText(r, { by: '张三', at: '2020年10月9日 14:30', value: '111万元', status: '草稿' });
      expect(t.message, r.reason).toMatch(/[\u4e00-\u9fff]/);
      expect(t.message, r.reason).not.toMatch(/[A-Za-z]/);
    }
  });
  it('maps refusals to action codes and field errors', () => {
    expect(refusalText({ reason: 'locked', round: '2020-10' })).toMatchObject({
      code: 'locked',
      message: expect.stringContaining('2020年10月已锁定'),
    });
    expect(refusalText({ reason: 'not_open', round: '2020-11' }).code).toBe('invalid');
    expect(
      refusalText({ reason: 'stale', canOverwrite: true }, { by: '张三', at: '10月9日', value: '111万元', status: '草稿' }),
    ).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('张三于10月9日修改（当前数值：111万元'),
    });
    expect(refusalText({ reason: 'value_required', field: 'value' }).fieldErrors).toEqual({ value: ['请填写数值'] });
    expect(refusalText({ reason: 'reason_required' }).fieldErrors).toEqual({ reason: ['请填写退回原因'] });
  });
  it('words an administrator’s overrides for the audit', () => {
    expect(overrideDetail([])).toBeNull();
    expect(overrideDetail(['locked', 'approved'])).toBe('管理员更正（统计期已锁定，条目已审核通过）');
  });
});
