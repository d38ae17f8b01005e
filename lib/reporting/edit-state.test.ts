import { describe, expect, it } from 'vitest';
import type { AuthUser } from '@/lib/auth/permissions';
import { entryEditState, lockedMonthsFor } from './edit-state';

const scopes = { competitionIds: [], taskForceIds: [1], indicatorIds: [] };
const lead: AuthUser = { id: 2, username: 'l', displayName: 'l', role: 'lead', mustChangePassword: false, scopes };
const admin: AuthUser = { ...lead, id: 1, role: 'admin' };

describe('entryEditState', () => {
  it('closes locked periods and entries under review to a lead, with the reason', () => {
    expect(entryEditState(lead, 'draft', true)).toEqual({ editable: false, reason: '该统计期已锁定，不能再修改。' });
    expect(entryEditState(lead, 'submitted', false).editable).toBe(false);
    expect(entryEditState(lead, 'approved', false).editable).toBe(false);
    expect(entryEditState(lead, 'returned', false).editable).toBe(true);
    expect(entryEditState(lead, undefined, false).editable).toBe(true);
  });
  it('leaves everything open to an administrator (audited corrections)', () => {
    expect(entryEditState(admin, 'approved', true).editable).toBe(true);
    expect(lockedMonthsFor(admin, [{ period: '2020-08', locked: true }])).toEqual([]);
    expect(
      lockedMonthsFor(lead, [
        { period: '2020-08', locked: true },
        { period: '2020-10', locked: false },
      ]),
    ).toEqual(['2020-08']);
  });
});
