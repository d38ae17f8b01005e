import { describe, expect, it } from 'vitest';
import type { AuthUser } from '@/lib/auth/permissions';
import { OWNER_MOVES, originalDeadline, workItemRights } from './rules';

const user = (role: AuthUser['role'], scopes: Partial<AuthUser['scopes']> = {}): AuthUser => ({
  id: 1,
  username: 'u',
  displayName: 'u',
  role,
  mustChangePassword: false,
  scopes: { competitionIds: [], taskForceIds: [], indicatorIds: [], ...scopes },
});
const scope = { taskForceId: 11, competitionId: 1, townshipId: 5 };

describe('work item rules', () => {
  it('an owner moves 未启动 → 推进中 → 已完成 and back, never to 已销号', () => {
    for (const moves of Object.values(OWNER_MOVES)) expect(moves).not.toContain('closed');
    expect(OWNER_MOVES.closed).toEqual([]);
  });
  it('a lead of the task force edits and asks for an extension, but may not 销号', () => {
    const r = workItemRights(user('lead', { taskForceIds: [11] }), scope, 'done', false);
    expect(r).toMatchObject({ edit: true, verify: false, canClose: false, canRequestExtension: false, moves: ['in_progress'] });
    expect(workItemRights(user('lead', { townshipIds: [5] }), scope, 'in_progress', false).canRequestExtension).toBe(true);
    expect(workItemRights(user('lead', { taskForceIds: [11] }), scope, 'in_progress', true).canRequestExtension).toBe(false);
  });
  it('a reviewer of the competition may 销号 a done item only; an outsider nothing', () => {
    expect(workItemRights(user('reviewer', { competitionIds: [1] }), scope, 'done', false)).toMatchObject({
      verify: true,
      canClose: true,
      edit: false,
    });
    expect(workItemRights(user('reviewer', { competitionIds: [1] }), scope, 'in_progress', false).canClose).toBe(false);
    expect(workItemRights(user('reviewer', { competitionIds: [2] }), scope, 'done', false)).toMatchObject({
      verify: false,
      canClose: false,
    });
    expect(workItemRights(user('viewer'), scope, 'done', false)).toMatchObject({ edit: false, verify: false });
  });
  it('the original deadline is the one before the first approved extension', () => {
    const ext = (id: number, status: string, previousDeadline: string) => ({ id, status, previousDeadline, decidedAt: null });
    expect(originalDeadline('2020-12-31', [])).toBe('2020-12-31');
    expect(
      originalDeadline('2021-03-31', [ext(3, 'approved', '2021-01-31'), ext(2, 'refused', '2020-12-31'), ext(1, 'approved', '2020-12-31')]),
    ).toBe('2020-12-31');
  });
});
