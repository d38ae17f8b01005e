import { and, eq, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicators, progressEntries, taskForces } from '@/db/schema';
import { saveEntry } from './progress';
import { approveEntries, reviewEntry } from './review';
import { entryRow, indicatorsOf, recordingActor, refusal, seededWorld, setLocked, type World } from './test-fixtures';

let w: World;
const OPEN = '2020-10';

/** A fresh submission of one of the lead's cumulative indicators in 2020-10. */
function submitted(index: number) {
  const ind = indicatorsOf(w.db, w.taskForceId, 'cumulative')[index]!;
  return saveEntry(w.db, recordingActor(w.lead), {
    indicatorId: ind.id,
    period: OPEN,
    value: 10,
    workProgress: '',
    problems: '',
    nextSteps: '',
    version: 0,
    submit: true,
  });
}

beforeAll(() => {
  w = seededWorld();
});

describe('reviewEntry in a locked period', () => {
  it('refuses a reviewer and lets an administrator approve, audited', () => {
    const e = submitted(0);
    setLocked(w.db, OPEN, true);
    const reviewer = recordingActor(w.reviewer);
    expect(refusal(() => reviewEntry(w.db, reviewer, { entryId: e.id, version: e.version, decision: 'approve' })).code).toBe('locked');
    expect(reviewer.rows).toEqual([]);
    expect(entryRow(w.db, e.id).status).toBe('submitted');
    const admin = recordingActor(w.admin);
    expect(reviewEntry(w.db, admin, { entryId: e.id, version: e.version, decision: 'approve' }).status).toBe('approved');
    expect(admin.rows).toMatchObject([{ action: 'progress.approve', entityType: 'progress_entry', entityId: e.id }]);
    setLocked(w.db, OPEN, false);
  });
});

describe('approveEntries', () => {
  it('approves entries of the reviewer’s own competition, each audited, a repeated id once', () => {
    const [a, b] = [submitted(1), submitted(2)];
    const actor = recordingActor(w.reviewer);
    const saved = approveEntries(w.db, actor, [
      { entryId: a.id, version: a.version },
      { entryId: b.id, version: b.version },
      { entryId: a.id, version: a.version },
    ]);
    expect(saved.map((s) => s.status)).toEqual(['approved', 'approved']);
    expect(actor.rows.map((r) => r.entityId)).toEqual([a.id, b.id]);
  });

  it('refuses all when one entry is outside the scope, or stale, naming it; nothing is written', () => {
    const mine = submitted(3);
    const foreign = w.db
      .select({ id: progressEntries.id, version: progressEntries.version })
      .from(progressEntries)
      .innerJoin(indicators, eq(indicators.id, progressEntries.indicatorId))
      .innerJoin(taskForces, eq(taskForces.id, indicators.taskForceId))
      .where(and(eq(progressEntries.status, 'submitted'), ne(taskForces.competitionId, w.competitionId)))
      .get()!;
    const actor = recordingActor(w.reviewer);
    const e = refusal(() =>
      approveEntries(w.db, actor, [
        { entryId: mine.id, version: mine.version },
        { entryId: foreign.id, version: foreign.version },
      ]),
    );
    expect(e.code).toBe('forbidden');
    expect(e.message).toMatch(/^所勾选的 2 条均未通过.*不在您负责审核的竞赛中/);
    expect(entryRow(w.db, mine.id).status).toBe('submitted');
    expect(entryRow(w.db, foreign.id).status).toBe('submitted');
    expect(actor.rows).toEqual([]);

    const stale = refusal(() => approveEntries(w.db, actor, [{ entryId: mine.id, version: mine.version - 1 }]));
    expect(stale.code).toBe('conflict');
    expect(stale.message).toContain('刷新页面');
    expect(entryRow(w.db, mine.id).status).toBe('submitted');
  });
});
