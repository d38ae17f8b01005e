import { describe, expect, it } from 'vitest';
import type { AuditRow } from '@/db/schema';
import { entryChanges } from './entry-history';

const row = (over: Partial<AuditRow>): AuditRow => ({
  id: 1,
  at: '2020-10-04T05:00:00.000Z',
  userId: 3,
  username: 'demo-lead',
  ip: null,
  action: 'progress.submit',
  entityType: 'progress_entry',
  entityId: '7',
  before: null,
  after: null,
  detail: null,
  ...over,
});

describe('entryChanges', () => {
  it('lists only the fields a change changed, in words, with when (北京时间), who and what', () => {
    const [c] = entryChanges([
      row({
        before: { value: 8, status: 'draft', version: 1, late: false },
        after: { value: 9, status: 'submitted', version: 2, late: true },
      }),
    ]);
    expect(c!.heading).toBe('2020年10月4日 13:00（北京时间） · demo-lead · 提交');
    expect(c!.fields).toEqual([
      { label: '数值', before: '8', after: '9' },
      { label: '状态', before: '草稿', after: '待审核' },
      { label: '逾期', before: '否', after: '是' },
    ]);
  });

  it('shows an empty field as （空） and an unknown action by its name', () => {
    const [c] = entryChanges([row({ action: 'progress.other', before: { problems: '' }, after: { problems: '资金未到位' } })]);
    expect(c!.heading).toMatch(/progress\.other$/);
    expect(c!.fields).toEqual([{ label: '存在问题', before: '（空）', after: '资金未到位' }]);
  });
});
