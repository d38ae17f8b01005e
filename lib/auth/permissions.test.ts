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

  it('lead enters village figures only inside the assigned village or township', () => {
    const village = user('lead', { villageIds: [7] });
    const township = user('lead', { townshipIds: [3] });
    expect(can(village, 'village:edit', { villageId: 7, townshipId: 3 })).toBe(true);
    expect(can(village, 'village:edit', { villageId: 8, townshipId: 3 })).toBe(false);
    expect(can(township, 'village:edit', { villageId: 8, townshipId: 3 })).toBe(true);
    expect(can(township, 'village:edit', { villageId: 9, townshipId: 4 })).toBe(false);
    expect(can(village, 'village:edit')).toBe(false);
    expect(can(village, 'village:review', { villageId: 7, townshipId: 3 })).toBe(false);
    expect(can(village, 'village:catalogue')).toBe(false);
    // A village assignment is no task-force assignment.
    expect(can(village, 'progress:edit', inside)).toBe(false);
  });

  it('lead updates projects and work items of the assigned task force or township, and may not 销号', () => {
    const l = user('lead', { taskForceIds: [11], townshipIds: [3] });
    expect(can(l, 'project:edit', inside)).toBe(true);
    expect(can(l, 'project:edit', outside)).toBe(false);
    expect(can(l, 'workitem:edit', inside)).toBe(true);
    expect(can(l, 'workitem:edit', { ...outside, townshipId: 3 })).toBe(true);
    expect(can(l, 'workitem:edit', outside)).toBe(false);
    expect(can(l, 'workitem:verify', inside)).toBe(false);
    expect(can(l, 'project:review', inside)).toBe(false);
  });

  it('reviewer reviews village and project figures and verifies work items only inside the scope', () => {
    const r = user('reviewer', { competitionIds: [1], townshipIds: [3] });
    expect(can(r, 'village:review', { villageId: 7, townshipId: 3 })).toBe(true);
    expect(can(r, 'village:review', { villageId: 9, townshipId: 4 })).toBe(false);
    expect(can(r, 'project:review', inside)).toBe(true);
    expect(can(r, 'project:review', outside)).toBe(false);
    expect(can(r, 'workitem:verify', inside)).toBe(true);
    expect(can(r, 'workitem:verify', outside)).toBe(false);
    expect(can(r, 'village:edit', { villageId: 7, townshipId: 3 })).toBe(false);
    expect(can(r, 'workitem:edit', inside)).toBe(false);
    expect(can(r, 'village:catalogue')).toBe(false);
  });

  it('only an administrator manages the village metric catalogue', () => {
    for (const r of roles) expect(can(user(r, { competitionIds: [1], townshipIds: [3] }), 'village:catalogue', inside)).toBe(r === 'admin');
  });

  it('viewer only reads', () => {
    for (const p of PERMISSIONS)
      expect(
        can(user('viewer', { competitionIds: [1], taskForceIds: [11], villageIds: [7], townshipIds: [3] }), p, {
          ...inside,
          villageId: 7,
          townshipId: 3,
        }),
      ).toBe(p === 'dashboard:read');
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
