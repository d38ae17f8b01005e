/** The progress mutations follow the workflow rule: the first submission is kept, corrections are marked. */
import { beforeAll, describe, expect, it } from 'vitest';
import { saveEntry } from './progress';
import { reviewEntry } from './review';
import { entryRow, indicatorsOf, recordingActor, seededWorld, setLocked, type World } from './test-fixtures';

let w: World;
const OPEN = '2020-10';
const ON_TIME = new Date('2020-11-02T01:00:00Z');
const AFTER_DEADLINE = new Date('2020-11-09T01:00:00Z');

beforeAll(() => {
  w = seededWorld();
});

function target(kind: 'cumulative' | 'rank') {
  return indicatorsOf(w.db, w.taskForceId)
    .filter((i) => i.kind === kind && i.lagMonths === 0)
    .at(-1)!;
}

describe('resubmission after a return', () => {
  it('keeps the first submission time and its on-time flag; the latest submission time moves', () => {
    const ind = target('cumulative');
    const base = { indicatorId: ind.id, period: OPEN, workProgress: '', problems: '', nextSteps: '' };
    const first = saveEntry(w.db, recordingActor(w.lead, ON_TIME), { ...base, value: 5, version: 0, submit: true });
    expect(first).toMatchObject({ firstSubmittedAt: ON_TIME.toISOString(), submittedAt: ON_TIME.toISOString(), late: false });
    const returned = reviewEntry(w.db, recordingActor(w.reviewer, ON_TIME), {
      entryId: first.id,
      version: first.version,
      decision: 'return',
      reason: '口径有误',
    });
    const again = saveEntry(w.db, recordingActor(w.lead, AFTER_DEADLINE), { ...base, value: 6, version: returned.version, submit: true });
    expect(entryRow(w.db, again.id)).toMatchObject({
      status: 'submitted',
      submittedAt: AFTER_DEADLINE.toISOString(),
      firstSubmittedAt: ON_TIME.toISOString(),
      late: false,
    });
  });

  it('a resubmission clears the review and a late one is stored as late (raw columns as the schema writes them)', () => {
    const ind = indicatorsOf(w.db, w.taskForceId).filter((i) => i.kind === 'cumulative' && i.lagMonths === 0)[0]!;
    const base = { indicatorId: ind.id, period: OPEN, workProgress: '进展', problems: '', nextSteps: '' };
    const draft = saveEntry(w.db, recordingActor(w.lead, AFTER_DEADLINE), { ...base, value: null, version: 0, submit: false });
    const saved = saveEntry(w.db, recordingActor(w.lead, AFTER_DEADLINE), { ...base, value: 7.5, version: draft.version, submit: true });
    const returned = reviewEntry(w.db, recordingActor(w.reviewer, AFTER_DEADLINE), {
      entryId: saved.id,
      version: saved.version,
      decision: 'return',
      reason: '补充说明',
    });
    const again = saveEntry(w.db, recordingActor(w.lead, AFTER_DEADLINE), {
      ...base,
      value: null,
      version: returned.version,
      submit: false,
    });
    expect(again).toEqual(entryRow(w.db, again.id));
    const raw = () =>
      w.db.$client
        .prepare('select value, status, late, reviewed_by, reviewed_at, version from progress_entries where id = ?')
        .get(again.id);
    expect(raw()).toEqual({
      value: null,
      status: 'draft',
      late: 1,
      reviewed_by: w.reviewer.id,
      reviewed_at: AFTER_DEADLINE.toISOString(),
      version: again.version,
    });
    const resubmitted = saveEntry(w.db, recordingActor(w.lead, AFTER_DEADLINE), {
      ...base,
      value: 8,
      version: again.version,
      submit: true,
    });
    expect(resubmitted).toEqual(entryRow(w.db, again.id));
    expect(raw()).toEqual({ value: 8, status: 'submitted', late: 1, reviewed_by: null, reviewed_at: null, version: again.version + 1 });
  });

  it('audits an administrator’s correction in a locked period as such', () => {
    const ind = target('rank');
    const base = { indicatorId: ind.id, period: OPEN, workProgress: '', problems: '', nextSteps: '' };
    const submitted = saveEntry(w.db, recordingActor(w.lead), { ...base, value: 3, version: 0, submit: true });
    setLocked(w.db, OPEN, true);
    const admin = recordingActor(w.admin);
    saveEntry(w.db, admin, { ...base, value: 2, version: submitted.version, submit: false });
    setLocked(w.db, OPEN, false);
    expect(admin.rows).toMatchObject([{ action: 'progress.save', detail: '管理员更正（统计期已锁定，条目正在审核）' }]);
    expect(entryRow(w.db, submitted.id)).toMatchObject({ value: 2, status: 'submitted', version: submitted.version + 1 });
  });
});
