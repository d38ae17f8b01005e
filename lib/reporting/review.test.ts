import { describe, expect, it } from 'vitest';
import { decideReview } from './review';
import { ADMIN, EARLY, LOCKED, NOT_OPENED, OPEN, record } from './test-fixtures';

const REVIEWER = { userId: 3, override: false };
const waiting = record({ status: 'submitted', version: 2 });

function review(
  over: Partial<Parameters<typeof decideReview>[0]> & { decision?: 'approve' | 'return'; reason?: string; base?: number } = {},
) {
  const { decision = 'approve', reason, base = 2, ...rest } = over;
  return decideReview({
    current: waiting,
    intent: { decision, baseVersion: base, reason },
    actor: REVIEWER,
    round: OPEN,
    now: EARLY,
    ...rest,
  });
}

describe('decideReview', () => {
  it('approves: status approved, no reason, reviewer and time, version + 1', () => {
    expect(review()).toEqual({
      kind: 'write',
      audit: 'approve',
      overrides: [],
      patch: { status: 'approved', returnReason: null, reviewedBy: 3, reviewedAt: EARLY, updatedBy: 3, updatedAt: EARLY, version: 3 },
    });
  });
  it('returns with the reason trimmed', () => {
    expect(review({ decision: 'return', reason: '  口径不一致  ' })).toMatchObject({
      kind: 'write',
      audit: 'return',
      patch: { status: 'returned', returnReason: '口径不一致' },
    });
  });
  it('refuses a return without a reason of at least two characters', () => {
    for (const reason of [undefined, '', '   ', '错'])
      expect(review({ decision: 'return', reason })).toEqual({ kind: 'refused', refusal: { reason: 'reason_required' } });
    expect(review({ decision: 'return', reason: '有误' }).kind).toBe('write');
  });
  it('refuses a version other than the one seen, and a record not waiting for review', () => {
    expect(review({ base: 1 })).toEqual({ kind: 'refused', refusal: { reason: 'review_stale' } });
    for (const status of ['draft', 'approved', 'returned'] as const)
      expect(review({ current: { ...waiting, status } })).toEqual({ kind: 'refused', refusal: { reason: 'not_submitted' } });
  });
  it('refuses in a locked or unopened round; an administrator reviews a locked one, as an override', () => {
    expect(review({ round: LOCKED })).toEqual({ kind: 'refused', refusal: { reason: 'locked', round: '2020-10' } });
    expect(review({ round: NOT_OPENED })).toEqual({ kind: 'refused', refusal: { reason: 'not_open', round: '2020-11' } });
    expect(review({ round: LOCKED, actor: ADMIN })).toMatchObject({ kind: 'write', overrides: ['locked'], patch: { reviewedBy: 1 } });
  });
});
