/** The phased-target grid: plain writes for indicators without entries, 目标调整 (reason, history, audit) for reported ones. */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaigns, indicators, phasedTargets, progressEntries, targetChanges, taskForces } from '@/db/schema';
import { gridCellName, gridIndicators, saveTargetGrid } from './structure-targets';
import { recordingActor, refusal, seededWorld, type World } from './test-fixtures';

let w: World;
let s: ReturnType<typeof setting>;

beforeAll(() => {
  w = seededWorld();
  s = setting();
});

const campaign = () => w.db.select().from(campaigns).get()!;
const stored = (indicatorId: number) =>
  Object.fromEntries(
    w.db
      .select()
      .from(phasedTargets)
      .where(eq(phasedTargets.indicatorId, indicatorId))
      .all()
      .map((t) => [t.period, t.target]),
  );

/** The grid of a task force as the page sends it: every cell with its stored target, then `edits`. */
function cellsOf(taskForceId: number, edits: Record<string, string>): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const { indicator } of gridIndicators(w.db, taskForceId)) {
    const t = stored(indicator.id);
    for (let m = 1; m <= 12; m++) {
      const period = `2020-${String(m).padStart(2, '0')}`;
      cells[gridCellName(indicator.id, period)] = t[period] === undefined ? '' : String(t[period]);
    }
  }
  return { ...cells, ...edits };
}

/** A task force whose grid has a reported indicator (entries) and, once its entries go, an unreported one. */
function setting() {
  const tf = w.db.select().from(taskForces).where(eq(taskForces.id, w.taskForceId)).get()!;
  const cols = gridIndicators(w.db, tf.id);
  expect(cols.length).toBeGreaterThan(1);
  expect(cols.every((c) => c.reported)).toBe(true);
  const [reported, other] = [cols[0]!.indicator, cols[1]!.indicator];
  w.db.delete(progressEntries).where(eq(progressEntries.indicatorId, other.id)).run();
  return { tf, reported, other };
}

describe('saveTargetGrid', () => {
  it('refuses a reported indicator’s change without a reason, then records it as 目标调整 with one; an unreported one’s is plain', () => {
    const { tf, reported, other } = s;
    expect(gridIndicators(w.db, tf.id).find((c) => c.indicator.id === other.id)!.reported).toBe(false);
    const before = stored(reported.id);
    const edits = { [gridCellName(reported.id, '2020-03')]: '85', [gridCellName(other.id, '2020-04')]: '40' };
    const refused = refusal(() => saveTargetGrid(w.db, recordingActor(w.admin), campaign(), tf.id, cellsOf(tf.id, edits), '  '));
    expect(refused.message).toBe(
      '本次修改了 1 处已有报送记录的指标的阶段目标，请在“调整原因”中填写调整原因后重新提交（已填的阶段目标已保留）。',
    );
    expect(refused.fieldErrors).toEqual({ reason: ['请填写调整原因'] });

    const actor = recordingActor(w.admin);
    expect(saveTargetGrid(w.db, actor, campaign(), tf.id, cellsOf(tf.id, edits), '季度调度会调整')).toBe(2);
    expect(stored(reported.id)['2020-03']).toBe(85);
    expect(stored(other.id)['2020-04']).toBe(40);
    expect(w.db.select().from(targetChanges).all()).toMatchObject([
      {
        indicatorId: reported.id,
        field: 'phasedTarget',
        period: '2020-03',
        oldValue: before['2020-03'] ?? null,
        newValue: 85,
        reason: '季度调度会调整',
        changedBy: w.admin.id,
        changedAt: '2020-11-01T00:00:00.000Z',
      },
    ]);
    expect(actor.rows.map((r) => [r.action, r.entityId])).toEqual([
      ['indicator.phased_target', reported.id],
      ['structure.phased_targets', tf.id],
    ]);
    expect(actor.rows[0]).toMatchObject({ detail: '季度调度会调整', after: { period: '2020-03', phasedTarget: 85 } });
  });

  it('clears a reported indicator’s month as 目标调整 (new value null); unreported changes alone need no reason', () => {
    const { tf, reported, other } = s;
    const actor = recordingActor(w.admin);
    expect(
      saveTargetGrid(w.db, actor, campaign(), tf.id, cellsOf(tf.id, { [gridCellName(reported.id, '2020-03')]: '' }), '取消三月目标'),
    ).toBe(1);
    expect(stored(reported.id)['2020-03']).toBeUndefined();
    const last = w.db
      .select()
      .from(targetChanges)
      .where(and(eq(targetChanges.indicatorId, reported.id), eq(targetChanges.period, '2020-03')))
      .all()
      .at(-1)!;
    expect(last).toMatchObject({ oldValue: 85, newValue: null, reason: '取消三月目标' });
    const plain = recordingActor(w.admin);
    expect(saveTargetGrid(w.db, plain, campaign(), tf.id, cellsOf(tf.id, { [gridCellName(other.id, '2020-04')]: '45' }))).toBe(1);
    expect(plain.rows.map((r) => r.action)).toEqual(['structure.phased_targets']);
    expect(w.db.select().from(targetChanges).all()).toHaveLength(2);
    // Nothing changed: nothing written, no reason asked.
    expect(saveTargetGrid(w.db, recordingActor(w.admin), campaign(), tf.id, cellsOf(tf.id, {}))).toBe(0);
    expect(w.db.select().from(indicators).where(eq(indicators.id, reported.id)).get()!.annualTarget).toBe(reported.annualTarget);
  });
});
