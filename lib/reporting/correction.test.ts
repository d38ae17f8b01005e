import { describe, expect, it } from 'vitest';
import type { AuthUser } from '@/lib/auth/permissions';
import { needsCorrectionReason } from './correction';
import { asksCorrectionReason } from './edit-state';

const scopes = { competitionIds: [], taskForceIds: [1], indicatorIds: [] };
const lead: AuthUser = { id: 2, username: 'l', displayName: 'l', role: 'lead', mustChangePassword: false, scopes };
const admin: AuthUser = { ...lead, id: 1, role: 'admin' };

describe('修订原因', () => {
  it('is needed by a write that overrides a locked round, and by no other', () => {
    expect(needsCorrectionReason(['locked'])).toBe(true);
    expect(needsCorrectionReason(['locked', 'approved'])).toBe(true);
    expect(needsCorrectionReason(['approved'])).toBe(false);
    expect(needsCorrectionReason([])).toBe(false);
  });
  it('the form asks an administrator for it in a locked round only (a lead cannot write there at all)', () => {
    expect(asksCorrectionReason(admin, true)).toBe(true);
    expect(asksCorrectionReason(admin, false)).toBe(false);
    expect(asksCorrectionReason(lead, true)).toBe(false);
  });
});
