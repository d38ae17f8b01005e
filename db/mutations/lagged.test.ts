/** 错月: a lagged indicator's figure is written, locked, judged late and reviewed by the round that owes it. */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { progressEntries } from '@/db/schema';
import { saveEntry } from './progress';
import { reviewEntry } from './review';
import { entryRow, indicatorsOf, recordingActor, refusal, seededWorld, setLocked, type World } from './test-fixtures';

let w: World;
let lagged: number;
const text = { workProgress: '', problems: '', nextSteps: '' };
const entryAt = (period: string) =>
  w.db
    .select()
    .from(progressEntries)
    .where(and(eq(progressEntries.indicatorId, lagged), eq(progressEntries.period, period)))
    .get();

beforeAll(() => {
  w = seededWorld();
  lagged = indicatorsOf(w.db, w.taskForceId).find((i) => i.lagMonths === 1 && i.kind === 'cumulative')!.id;
});

describe('a lag-1 indicator', () => {
  it('in round 2020-10 writes the figure of 2020-09, late against the deadline of round 2020-10', () => {
    expect(entryAt('2020-09')).toBeUndefined();
    const onTime = saveEntry(w.db, recordingActor(w.lead, new Date('2020-11-05T08:00:00Z')), {
      indicatorId: lagged,
      period: '2020-10',
      value: 1500,
      ...text,
      version: 0,
      submit: true,
    });
    expect(onTime).toMatchObject({ period: '2020-09', status: 'submitted', late: false });
    expect(entryAt('2020-10')).toBeUndefined();
  });

  it('is locked with the round that owes it, not with its data month', () => {
    // 2020-08 is locked, but its figure is owed in round 2020-09, which is open: the reviewer may still act.
    setLocked(w.db, '2020-08', true);
    const e = entryRow(w.db, entryAt('2020-09')!.id);
    setLocked(w.db, '2020-10', true);
    expect(
      refusal(() => reviewEntry(w.db, recordingActor(w.reviewer), { entryId: e.id, version: e.version, decision: 'approve' })).code,
    ).toBe('locked');
    setLocked(w.db, '2020-10', false);
    setLocked(w.db, '2020-09', true);
    expect(reviewEntry(w.db, recordingActor(w.reviewer), { entryId: e.id, version: e.version, decision: 'approve' }).status).toBe(
      'approved',
    );
    setLocked(w.db, '2020-09', false);
  });

  it('owes nothing in round 2020-01 (its figure would be of 2019-12)', () => {
    const e = refusal(() =>
      saveEntry(w.db, recordingActor(w.admin), { indicatorId: lagged, period: '2020-01', value: 1, ...text, version: 0, submit: false }),
    );
    expect(e.code).toBe('invalid');
    expect(e.message).toContain('无需报送');
  });
});
