import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorSteps } from '@/db/schema';
import { setStepDone } from './steps';
import { indicatorsOf, recordingActor, refusal, seededWorld, type World } from './test-fixtures';

let w: World;
let steps: (typeof indicatorSteps.$inferSelect)[];
const stepRow = (id: number) => w.db.select().from(indicatorSteps).where(eq(indicatorSteps.id, id)).get()!;

beforeAll(() => {
  w = seededWorld();
  const milestone = indicatorsOf(w.db, w.taskForceId, 'milestone')[0]!;
  steps = w.db.select().from(indicatorSteps).where(eq(indicatorSteps.indicatorId, milestone.id)).orderBy(indicatorSteps.sortOrder).all();
});

describe('setStepDone', () => {
  it('refuses dates that do not exist', () => {
    const open = steps.find((s) => s.doneDate === null)!;
    for (const d of ['2020-02-31', '2020-13-01', '2020-10-00']) {
      const e = refusal(() => setStepDone(w.db, recordingActor(w.lead), { stepId: open.id, period: '2020-10', doneDate: d }));
      expect(e.code, d).toBe('invalid');
      expect(e.message).toMatch(/^日期不存在/);
    }
    expect(stepRow(open.id).doneDate).toBeNull();
  });

  it('refuses a date in a locked month, and replacing a date of a locked month, through an open period', () => {
    const open = steps.find((s) => s.doneDate === null)!;
    const lockedDone = steps.find((s) => s.doneDate !== null && s.doneDate < '2020-09')!;
    const actor = recordingActor(w.lead);
    const into = refusal(() => setStepDone(w.db, actor, { stepId: open.id, period: '2020-10', doneDate: '2020-08-15' }));
    expect(into.code).toBe('locked');
    expect(into.message).toContain('2020年8月');
    const out = refusal(() => setStepDone(w.db, actor, { stepId: lockedDone.id, period: '2020-10', doneDate: '2020-10-02' }));
    expect(out.code).toBe('locked');
    const cleared = refusal(() => setStepDone(w.db, actor, { stepId: lockedDone.id, period: '2020-10', doneDate: null }));
    expect(cleared.code).toBe('locked');
    expect(stepRow(lockedDone.id).doneDate).toBe(lockedDone.doneDate);
    expect(actor.rows).toEqual([]);
  });

  it('an administrator may correct a locked month, audited; the same date again writes nothing', () => {
    const lockedDone = steps.find((s) => s.doneDate !== null && s.doneDate < '2020-09')!;
    const admin = recordingActor(w.admin);
    setStepDone(w.db, admin, { stepId: lockedDone.id, period: '2020-10', doneDate: '2020-08-20' });
    expect(stepRow(lockedDone.id).doneDate).toBe('2020-08-20');
    setStepDone(w.db, admin, { stepId: lockedDone.id, period: '2020-10', doneDate: '2020-08-20' });
    expect(admin.rows).toMatchObject([
      { action: 'step.update', entityId: lockedDone.id, before: { doneDate: lockedDone.doneDate }, after: { doneDate: '2020-08-20' } },
    ]);
  });

  it('a lead marks an open month’s step done', () => {
    const open = steps.find((s) => s.doneDate === null)!;
    const actor = recordingActor(w.lead);
    setStepDone(w.db, actor, { stepId: open.id, period: '2020-10', doneDate: '2020-10-15' });
    expect(stepRow(open.id).doneDate).toBe('2020-10-15');
    expect(actor.rows).toHaveLength(1);
  });
});
