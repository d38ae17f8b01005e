import { describe, expect, it } from 'vitest';
import { roles, type Role } from '@/db/schema';
import { can, PERMISSIONS, ROLE_PERMISSIONS, roleHas, type AuthUser, type Permission } from './permissions';

function user(role: Role, scopes: Partial<AuthUser['scopes']> = {}): Pick<AuthUser, 'role' | 'scopes'> {
  return { role, scopes: { competitionIds: [], taskForceIds: [], indicatorIds: [], ...scopes } };
}

const inside = { competitionId: 1, taskForceId: 11, indicatorId: 111 };
const outside = { competitionId: 2, taskForceId: 21, indicatorId: 211 };

describe('permissions, role by role', () => {
  it('admin may do everything, anywhere, without a scope', () => {
    for (const p of PERMISSIONS) {
      expect(can(user('admin'), p)).toBe(true);
      expect(can(user('admin'), p, outside)).toBe(true);
    }
  });

  it('leader reads everything, manages, prepares and freezes meetings, nothing else', () => {
    const allowed: Permission[] = ['dashboard:read', 'meeting:manage', 'report:prepare', 'meeting:freeze'];
    for (const p of PERMISSIONS) expect(can(user('leader'), p, inside)).toBe(allowed.includes(p));
  });

  it('reviewer reviews only inside the assigned competition', () => {
    const r = user('reviewer', { competitionIds: [1] });
    expect(can(r, 'progress:review', inside)).toBe(true);
    expect(can(r, 'progress:review', outside)).toBe(false);
    expect(can(r, 'progress:review')).toBe(false);
    expect(can(r, 'report:prepare', { competitionId: 1 })).toBe(true);
    expect(can(r, 'report:prepare', { competitionId: 2 })).toBe(false);
    expect(can(r, 'report:prepare')).toBe(false);
    expect(can(r, 'meeting:freeze')).toBe(false);
    expect(can(r, 'progress:edit', inside)).toBe(false);
    expect(can(r, 'user:manage')).toBe(false);
    expect(can(r, 'period:manage')).toBe(false);
  });

  it('lead edits only the assigned task force (and its indicators), and its county values', () => {
    const l = user('lead', { taskForceIds: [11] });
    expect(can(l, 'progress:edit', inside)).toBe(true);
    expect(can(l, 'progress:edit', { taskForceId: 11 })).toBe(true);
    expect(can(l, 'progress:edit', outside)).toBe(false);
    expect(can(l, 'progress:edit', { competitionId: 1 })).toBe(false);
    expect(can(l, 'county:edit', inside)).toBe(true);
    expect(can(l, 'progress:review', inside)).toBe(false);
    expect(can(l, 'period:edit-locked', inside)).toBe(false);
  });

  it('an indicator-level assignment covers only that indicator', () => {
    const l = user('lead', { indicatorIds: [111] });
    expect(can(l, 'progress:edit', inside)).toBe(true);
    expect(can(l, 'progress:edit', { ...inside, indicatorId: 112 })).toBe(false);
  });

  it('viewer only reads', () => {
    for (const p of PERMISSIONS)
      expect(can(user('viewer', { competitionIds: [1], taskForceIds: [11] }), p, inside)).toBe(p === 'dashboard:read');
  });

  it('nobody without a session may do anything', () => {
    for (const p of PERMISSIONS) expect(can(null, p, inside)).toBe(false);
  });

  it('every role is described and every grant names a known permission', () => {
    for (const r of roles) {
      expect(ROLE_PERMISSIONS[r]).toBeDefined();
      for (const p of Object.keys(ROLE_PERMISSIONS[r])) expect(PERMISSIONS).toContain(p);
      expect(roleHas(r, 'dashboard:read')).toBe(true);
    }
  });
});
