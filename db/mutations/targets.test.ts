/** 目标调整: the target in force changes, the history keeps old, new, who, when and why, and bad targets are refused. */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicators, targetChanges } from '@/db/schema';
import { updateIndicatorTarget } from './targets';
import { recordingActor, refusal, seededWorld, type World } from './test-fixtures';

let w: World;

beforeAll(() => {
  w = seededWorld();
});

const first = (kind: string) =>
  w.db
    .select()
    .from(indicators)
    .where(eq(indicators.kind, kind as 'rank'))
    .get()!;

describe('updateIndicatorTarget', () => {
  it('changes an annual target and records the change with the reason', () => {
    const ind = first('cumulative');
    const actor = recordingActor(w.admin);
    const res = updateIndicatorTarget(w.db, actor, { indicatorId: ind.id, target: '１，２００', reason: '文件调整' });
    expect(res).toEqual({ field: 'annualTarget', oldValue: ind.annualTarget, newValue: 1200 });
    expect(w.db.select().from(indicators).where(eq(indicators.id, ind.id)).get()!.annualTarget).toBe(1200);
    expect(w.db.select().from(targetChanges).where(eq(targetChanges.indicatorId, ind.id)).all()).toMatchObject([
      {
        field: 'annualTarget',
        oldValue: ind.annualTarget,
        newValue: 1200,
        reason: '文件调整',
        changedBy: w.admin.id,
        changedAt: '2020-11-01T00:00:00.000Z',
      },
    ]);
    expect(actor.rows).toMatchObject([{ action: 'indicator.target', entityId: ind.id, detail: '文件调整' }]);
  });
  it('a rank indicator changes its target rank, a whole number from 1', () => {
    const ind = first('rank');
    const actor = recordingActor(w.admin);
    const next = ind.targetRank === 2 ? '3' : '2';
    expect(updateIndicatorTarget(w.db, actor, { indicatorId: ind.id, target: next, reason: '调整' })).toMatchObject({
      field: 'targetRank',
      newValue: Number(next),
    });
    for (const bad of ['0', '2.5', '100'])
      expect(refusal(() => updateIndicatorTarget(w.db, actor, { indicatorId: ind.id, target: bad, reason: '调整' })).fieldErrors).toEqual({
        target: ['目标名次应为 1—99 的整数，例如 3 表示全市前3名。'],
      });
  });
  it('refuses a milestone, a blank or unreadable target, the same target, and writes nothing', () => {
    const actor = recordingActor(w.admin);
    const cum = first('cumulative');
    expect(
      refusal(() => updateIndicatorTarget(w.db, actor, { indicatorId: first('milestone').id, target: '1', reason: 'x' })).message,
    ).toContain('节点型指标');
    expect(refusal(() => updateIndicatorTarget(w.db, actor, { indicatorId: cum.id, target: ' ', reason: 'x' })).message).toBe(
      '请填写新的目标值。',
    );
    expect(refusal(() => updateIndicatorTarget(w.db, actor, { indicatorId: cum.id, target: '一百', reason: 'x' })).message).toContain(
      '不是数字',
    );
    const now = w.db.select().from(indicators).where(eq(indicators.id, cum.id)).get()!.annualTarget;
    expect(refusal(() => updateIndicatorTarget(w.db, actor, { indicatorId: cum.id, target: String(now), reason: 'x' })).message).toContain(
      '相同',
    );
    expect(refusal(() => updateIndicatorTarget(w.db, actor, { indicatorId: 999999, target: '1', reason: 'x' })).code).toBe('not_found');
    expect(actor.rows).toEqual([]);
  });
});
