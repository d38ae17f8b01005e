import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { competitions, countyValues, indicators, indicatorSteps, progressEntries, taskForces } from '@/db/schema';
import { saveCountyValues } from './county';
import { saveEntry } from './progress';
import { approveEntries, reviewEntry } from './review';
import { setStepDone } from './steps';
import { indicatorsOf, recordingActor, refusal, seededWorld, type World } from './test-fixtures';

let w: World;
let cumulative: number;
let milestone: number;
let submittedId: number;

const table = { indicator: indicators, taskForce: taskForces, competition: competitions } as const;
function mark(level: keyof typeof table, id: number, from: string | null) {
  w.db
    .update(table[level])
    .set({ archivedFrom: from, archivedAt: from && '2020-10-10T00:00:00Z' })
    .where(eq(table[level].id, id))
    .run();
}
const snapshot = () => ({
  entries: w.db.select().from(progressEntries).all(),
  county: w.db.select().from(countyValues).all(),
  steps: w.db.select().from(indicatorSteps).all(),
});

beforeAll(() => {
  w = seededWorld();
  cumulative = indicatorsOf(w.db, w.taskForceId, 'cumulative')[0]!.id;
  milestone = indicatorsOf(w.db, w.taskForceId, 'milestone')[0]!.id;
  const base = { workProgress: '进展', problems: '', nextSteps: '', version: 0 };
  submittedId = saveEntry(w.db, recordingActor(w.lead), { ...base, indicatorId: cumulative, period: '2020-10', value: 5, submit: true }).id;
});

describe('writes for an archived indicator, task force or competition', () => {
  const levels = [
    ['indicator', () => cumulative, '该指标已归档'],
    ['taskForce', () => w.taskForceId, '该指标所属的专班已归档'],
    ['competition', () => w.competitionId, '该指标所属的竞赛已归档'],
  ] as const;

  for (const [level, id, words] of levels) {
    it(`are refused, in any period and to an administrator too, when the ${level} is archived; nothing is written`, () => {
      mark(level, id(), '2020-10');
      if (level !== 'indicator') mark('indicator', milestone, null);
      const before = snapshot();
      const step = w.db
        .select()
        .from(indicatorSteps)
        .where(eq(indicatorSteps.indicatorId, milestone))
        .all()
        .find((s) => !s.doneDate)!;
      const save = { indicatorId: cumulative, value: 7, workProgress: 'x', problems: '', nextSteps: '', version: 1, submit: false };
      const refusals = [
        refusal(() => saveEntry(w.db, recordingActor(w.admin), { ...save, period: '2020-10' })),
        refusal(() => saveEntry(w.db, recordingActor(w.admin), { ...save, period: '2020-08', version: 0 })),
        refusal(() => reviewEntry(w.db, recordingActor(w.reviewer), { entryId: submittedId, version: 1, decision: 'approve', reason: '' })),
        refusal(() => approveEntries(w.db, recordingActor(w.admin), [{ entryId: submittedId, version: 1 }])),
        refusal(() =>
          saveCountyValues(w.db, recordingActor(w.admin), { indicatorId: cumulative, period: '2020-10', values: { '330802': '1' } }),
        ),
      ];
      if (level !== 'indicator')
        refusals.push(
          refusal(() => setStepDone(w.db, recordingActor(w.admin), { stepId: step.id, period: '2020-10', doneDate: '2020-10-01' })),
        );
      for (const e of refusals) {
        expect(e.code).toBe('locked');
        expect(e.message).toContain(words);
        expect(e.message).toContain('如需恢复，请联系管理员');
      }
      expect(snapshot()).toEqual(before);
      mark(level, id(), null);
    });
  }

  it('are taken again once the item is restored', () => {
    const saved = reviewEntry(w.db, recordingActor(w.reviewer), { entryId: submittedId, version: 1, decision: 'approve', reason: '' });
    expect(saved.status).toBe('approved');
  });
});
