import { describe, expect, it } from 'vitest';
import { decideSave, isRepeat, sameContent, type SaveArgs } from './save';
import { ADMIN, AFTER, EARLY, LEAD, LOCKED, NOT_OPENED, OPEN, OTHER_LEAD, record, type Entry } from './test-fixtures';

type Content = { value: number | null; note: string };

function args(over: Partial<SaveArgs<Content>> & { submit?: boolean; base?: number; content?: Content } = {}): SaveArgs<Content> {
  const { submit = false, base = 0, content = { value: 12, note: '进展' }, ...rest } = over;
  return {
    current: null,
    intent: { submit, baseVersion: base, content },
    actor: LEAD,
    round: OPEN,
    now: EARLY,
    requiredToSubmit: ['value'],
    ...rest,
  };
}

const submitted = (over: Partial<Entry> = {}) =>
  record({ status: 'submitted', version: 2, submittedBy: LEAD.userId, submittedAt: EARLY, firstSubmittedAt: EARLY, ...over });

describe('decideSave: new records', () => {
  it('creates a draft at version 1 with its creator', () => {
    const d = decideSave(args());
    expect(d).toEqual({
      kind: 'write',
      create: true,
      audit: 'save',
      overrides: [],
      patch: { value: 12, note: '进展', status: 'draft', version: 1, updatedBy: 4, updatedAt: EARLY, createdBy: 4, createdAt: EARLY },
    });
  });
  it('creates a submission: first submission = now, on time before the deadline', () => {
    const d = decideSave(args({ submit: true }));
    expect(d).toMatchObject({ kind: 'write', create: true, audit: 'submit' });
    if (d.kind !== 'write') throw new Error('expected a write');
    expect(d.patch).toMatchObject({
      status: 'submitted',
      submittedBy: 4,
      submittedAt: EARLY,
      firstSubmittedAt: EARLY,
      late: false,
      reviewedBy: null,
      reviewedAt: null,
    });
  });
  it('marks a first submission after the round deadline late', () => {
    const d = decideSave(args({ submit: true, now: AFTER }));
    expect(d.kind === 'write' && d.patch.late).toBe(true);
  });
  it('judges a date-only deadline over its whole day (UTC+08:00)', () => {
    const round = { ...OPEN, deadline: '2020-11-05' };
    expect(decideSave(args({ submit: true, round, now: '2020-11-05T15:59:00Z' })).kind === 'write').toBe(true);
    const late = decideSave(args({ submit: true, round, now: '2020-11-05T16:00:01Z' }));
    expect(late.kind === 'write' && late.patch.late).toBe(true);
  });
  it('refuses a submission without the value, naming the field', () => {
    expect(decideSave(args({ submit: true, content: { value: null, note: '' } }))).toEqual({
      kind: 'refused',
      refusal: { reason: 'value_required', field: 'value' },
    });
  });
  it('refuses a stored version that has no record (gone)', () => {
    expect(decideSave(args({ base: 3 }))).toEqual({ kind: 'refused', refusal: { reason: 'gone' } });
  });
});

describe('decideSave: the round', () => {
  it('refuses a round never opened, to everyone', () => {
    expect(decideSave(args({ round: NOT_OPENED }))).toEqual({ kind: 'refused', refusal: { reason: 'not_open', round: '2020-11' } });
    expect(decideSave(args({ round: NOT_OPENED, actor: ADMIN })).kind).toBe('refused');
  });
  it('refuses a lead in a locked round; an administrator writes, reported as an override', () => {
    expect(decideSave(args({ round: LOCKED }))).toEqual({ kind: 'refused', refusal: { reason: 'locked', round: '2020-10' } });
    expect(decideSave(args({ round: LOCKED, actor: ADMIN }))).toMatchObject({ kind: 'write', overrides: ['locked'] });
  });
});

describe('decideSave: existing records', () => {
  it('a draft saved with new content: version + 1, still draft, no creator fields', () => {
    const d = decideSave(args({ current: record(), base: 1 }));
    if (d.kind !== 'write') throw new Error('expected a write');
    expect(d.create).toBe(false);
    expect(d.patch).toEqual({ value: 12, note: '进展', status: 'draft', version: 2, updatedBy: 4, updatedAt: EARLY });
  });
  it('a draft saved unchanged writes nothing', () => {
    expect(decideSave(args({ current: record({ value: 12, note: '进展' }), base: 1 }))).toEqual({ kind: 'unchanged', why: 'same' });
  });
  it('a returned record saved unchanged becomes a draft again (it is being corrected)', () => {
    const d = decideSave(args({ current: record({ status: 'returned', value: 12, note: '进展', version: 3 }), base: 3 }));
    expect(d).toMatchObject({ kind: 'write', patch: { status: 'draft', version: 4 } });
  });
  it('closes submitted and approved records to a lead', () => {
    expect(decideSave(args({ current: submitted(), base: 2 }))).toEqual({
      kind: 'refused',
      refusal: { reason: 'closed', status: 'submitted' },
    });
    expect(decideSave(args({ current: submitted({ status: 'approved', version: 3 }), base: 3 }))).toEqual({
      kind: 'refused',
      refusal: { reason: 'closed', status: 'approved' },
    });
  });
  it('lets an administrator correct an approved record: status stays approved, the override is reported', () => {
    const d = decideSave(args({ current: submitted({ status: 'approved', version: 3 }), base: 3, actor: ADMIN }));
    expect(d).toMatchObject({ kind: 'write', overrides: ['approved'], patch: { status: 'approved', version: 4, updatedBy: 1 } });
  });
  it('reports both overrides of a correction in a locked round', () => {
    const d = decideSave(args({ current: submitted({ status: 'approved', version: 3 }), base: 3, actor: ADMIN, round: LOCKED }));
    expect(d).toMatchObject({ kind: 'write', overrides: ['locked', 'approved'] });
  });
});

describe('decideSave: resubmission keeps the first submission', () => {
  it('a returned record submitted again after the deadline keeps the first time and its on-time flag', () => {
    const returned = record({ status: 'returned', version: 3, submittedBy: 4, submittedAt: EARLY, firstSubmittedAt: EARLY });
    const d = decideSave(args({ current: returned, base: 3, submit: true, now: AFTER }));
    if (d.kind !== 'write') throw new Error('expected a write');
    expect(d.patch).toMatchObject({ status: 'submitted', submittedAt: AFTER, firstSubmittedAt: EARLY, late: false, version: 4 });
  });
  it('a late first submission stays late when resubmitted', () => {
    const returned = record({ status: 'returned', version: 3, submittedAt: AFTER, firstSubmittedAt: AFTER, late: true });
    const d = decideSave(args({ current: returned, base: 3, submit: true, now: AFTER }));
    expect(d.kind === 'write' && d.patch).toMatchObject({ firstSubmittedAt: AFTER, late: true });
  });
  it('a record submitted before the first-submission column existed takes its submission time', () => {
    const old = record({ status: 'returned', version: 2, submittedAt: EARLY, firstSubmittedAt: null });
    const d = decideSave(args({ current: old, base: 2, submit: true, now: AFTER }));
    expect(d.kind === 'write' && d.patch.firstSubmittedAt).toBe(EARLY);
  });
});

describe('decideSave: conflicts and repeats', () => {
  it('refuses a stale version; the lead may overwrite a draft they have now seen', () => {
    const current = record({ version: 2, updatedBy: OTHER_LEAD.userId, value: 111 });
    expect(decideSave(args({ current, base: 1 }))).toEqual({ kind: 'refused', refusal: { reason: 'stale', canOverwrite: true } });
    expect(decideSave(args({ current, base: 2 }))).toMatchObject({ kind: 'write', patch: { value: 12, version: 3 } });
  });
  it('a stale version of a record submitted meanwhile cannot be overwritten by a lead; by an administrator it can', () => {
    const current = submitted({ version: 3, updatedBy: OTHER_LEAD.userId, submittedBy: OTHER_LEAD.userId });
    expect(decideSave(args({ current, base: 1 }))).toEqual({ kind: 'refused', refusal: { reason: 'stale', canOverwrite: false } });
    expect(decideSave(args({ current, base: 1, actor: ADMIN }))).toEqual({
      kind: 'refused',
      refusal: { reason: 'stale', canOverwrite: true },
    });
  });
  it('the same submission arriving again (a double click, a retry) writes nothing', () => {
    const current = submitted({ value: 12, note: '进展', version: 1 + 1 });
    expect(decideSave(args({ current, base: 1, submit: true }))).toEqual({ kind: 'unchanged', why: 'repeat' });
  });
  it('the same draft save arriving again writes nothing', () => {
    const current = record({ value: 12, note: '进展', version: 2 });
    expect(decideSave(args({ current, base: 1 }))).toEqual({ kind: 'unchanged', why: 'repeat' });
  });
  it('is not a repeat when another user wrote, the content differs, or it skipped a version', () => {
    const mine = submitted({ value: 12, note: '进展', version: 2 });
    const intent = { submit: true, baseVersion: 1, content: { value: 12 as number | null, note: '进展' } };
    expect(isRepeat(mine, intent, LEAD)).toBe(true);
    expect(isRepeat({ ...mine, updatedBy: 5 }, intent, LEAD)).toBe(false);
    expect(isRepeat({ ...mine, submittedBy: 5 }, intent, LEAD)).toBe(false);
    expect(isRepeat({ ...mine, value: 13 }, intent, LEAD)).toBe(false);
    expect(isRepeat({ ...mine, version: 3 }, intent, LEAD)).toBe(false);
    expect(isRepeat({ ...mine, status: 'draft' }, intent, LEAD)).toBe(false);
  });
  it('compares only the fields sent, with Object.is', () => {
    expect(sameContent({ value: 1, note: 'a', other: 2 }, { value: 1, note: 'a' })).toBe(true);
    expect(sameContent({ value: null }, { value: 0 })).toBe(false);
  });
});
