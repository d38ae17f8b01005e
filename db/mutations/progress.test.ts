import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { auditLog, competitions, indicators, periods, progressEntries, taskForces } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { ActionError } from '@/lib/actions/result';
import type { AuthUser } from '@/lib/auth/permissions';
import { saveEntry, type Actor } from './progress';
import { reviewEntry } from './review';

let db: Db;
let mine: number;
let other: number;
let lead: AuthUser;
let reviewer: AuthUser;
let admin: AuthUser;
const OPEN = '2020-10';

function actor(user: AuthUser, now = new Date('2020-11-01T00:00:00Z')): Actor {
  return { user, now, audit: () => {} };
}

function refusal(fn: () => unknown): ActionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ActionError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

beforeAll(() => {
  db = openDb(':memory:');
  runMigrations(db);
  seedDemo(db);
  const comp = db.select().from(competitions).orderBy(competitions.sortOrder).get()!;
  const tf = db.select().from(taskForces).where(eq(taskForces.competitionId, comp.id)).orderBy(taskForces.sortOrder).get()!;
  mine = db
    .select()
    .from(indicators)
    .where(and(eq(indicators.taskForceId, tf.id), eq(indicators.kind, 'cumulative')))
    .get()!.id;
  other = db
    .select()
    .from(indicators)
    .where(eq(indicators.kind, 'cumulative'))
    .all()
    .find((i) => i.taskForceId !== tf.id)!.id;
  const base = { displayName: 'x', mustChangePassword: false };
  lead = { ...base, id: 4, username: 'demo-lead', role: 'lead', scopes: { competitionIds: [], taskForceIds: [tf.id], indicatorIds: [] } };
  reviewer = {
    ...base,
    id: 3,
    username: 'demo-reviewer',
    role: 'reviewer',
    scopes: { competitionIds: [comp.id], taskForceIds: [], indicatorIds: [] },
  };
  admin = { ...base, id: 1, username: 'demo-admin', role: 'admin', scopes: { competitionIds: [], taskForceIds: [], indicatorIds: [] } };
});

const input = (over: Partial<Parameters<typeof saveEntry>[2]> = {}) => ({
  indicatorId: mine,
  period: OPEN,
  value: 100,
  workProgress: '',
  problems: '',
  nextSteps: '',
  version: 0,
  submit: false,
  ...over,
});

describe('saveEntry', () => {
  it('creates a draft, then refuses a stale version with the other value and who saved it', () => {
    const first = saveEntry(db, actor(lead), input());
    expect(first).toMatchObject({ status: 'draft', version: 1, value: 100 });
    const e = refusal(() => saveEntry(db, actor(lead), input({ value: 200, version: 0 })));
    expect(e.code).toBe('conflict');
    expect(e.message).toContain('100');
    expect(db.select().from(progressEntries).where(eq(progressEntries.id, first.id)).get()!.value).toBe(100);
  });

  it('a repeated submit of the same version returns the stored submission (idempotent)', () => {
    const submitted = saveEntry(db, actor(lead), input({ value: 120, version: 1, submit: true }));
    expect(submitted).toMatchObject({ status: 'submitted', version: 2, late: false });
    const again = saveEntry(db, actor(lead), input({ value: 120, version: 1, submit: true }));
    expect(again.id).toBe(submitted.id);
    expect(again.version).toBe(2);
  });

  it('marks a submission after the deadline as late', () => {
    const other2 = db
      .select()
      .from(indicators)
      .where(eq(indicators.taskForceId, db.select().from(indicators).where(eq(indicators.id, mine)).get()!.taskForceId))
      .all()
      .filter((i) => i.kind === 'cumulative')[1]!;
    const saved = saveEntry(db, actor(lead, new Date('2020-11-06T00:00:00Z')), input({ indicatorId: other2.id, submit: true }));
    expect(saved.late).toBe(true);
  });

  it('refuses a lead outside the task force, and a lead editing a submitted entry', () => {
    expect(refusal(() => saveEntry(db, actor(lead), input({ indicatorId: other }))).code).toBe('forbidden');
    expect(refusal(() => saveEntry(db, actor(lead), input({ value: 1, version: 2 }))).message).toContain('已提交');
  });

  it('refuses a lead in a locked period; an administrator may still correct it', () => {
    db.update(periods).set({ locked: true }).where(eq(periods.period, OPEN)).run();
    const current = db
      .select()
      .from(progressEntries)
      .where(and(eq(progressEntries.indicatorId, mine), eq(progressEntries.period, OPEN)))
      .get()!;
    expect(refusal(() => saveEntry(db, actor(lead), input({ version: current.version }))).code).toBe('locked');
    // The locked month's ranking is published: the correction needs a 修订原因, kept in the audit row.
    const blank = refusal(() => saveEntry(db, actor(admin), input({ value: 130, version: current.version, reason: '  ' })));
    expect(blank).toMatchObject({ code: 'invalid', fieldErrors: { reason: ['请填写修订原因'] } });
    expect(blank.message).toContain('修订原因');
    expect(db.select().from(progressEntries).where(eq(progressEntries.id, current.id)).get()!.value).toBe(current.value);
    const rows: { after?: unknown; detail?: string | null }[] = [];
    const recording = { ...actor(admin), audit: (e: { after?: unknown; detail?: string | null }) => rows.push(e) };
    expect(saveEntry(db, recording, input({ value: 130, version: current.version, reason: ' 统计局核定 ' })).value).toBe(130);
    expect(rows).toMatchObject([
      {
        after: { value: 130, correctionReason: '统计局核定', correctedAt: '2020-11-01T00:00:00.000Z' },
        detail: expect.stringContaining('统计期已锁定'),
      },
    ]);
    db.update(periods).set({ locked: false }).where(eq(periods.period, OPEN)).run();
  });

  it('asks no 修订原因 outside a locked period, and records none', () => {
    const rows: { after?: unknown }[] = [];
    const current = db
      .select()
      .from(progressEntries)
      .where(and(eq(progressEntries.indicatorId, mine), eq(progressEntries.period, OPEN)))
      .get()!;
    saveEntry(db, { ...actor(admin), audit: (e) => rows.push(e) }, input({ value: 131, version: current.version }));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).not.toHaveProperty('correctionReason');
  });
});

describe('reviewEntry', () => {
  it('returns with a required reason, approves only submitted entries, in scope', () => {
    const e = db
      .select()
      .from(progressEntries)
      .where(and(eq(progressEntries.indicatorId, mine), eq(progressEntries.period, OPEN)))
      .get()!;
    const resubmitted = saveEntry(db, actor(admin), input({ value: 140, version: e.version, submit: true }));
    expect(
      refusal(() =>
        reviewEntry(db, actor(reviewer), { entryId: resubmitted.id, version: resubmitted.version, decision: 'return', reason: '' }),
      ).message,
    ).toContain('退回原因');
    const outsider: AuthUser = { ...reviewer, scopes: { competitionIds: [999], taskForceIds: [], indicatorIds: [] } };
    expect(
      refusal(() => reviewEntry(db, actor(outsider), { entryId: resubmitted.id, version: resubmitted.version, decision: 'approve' })).code,
    ).toBe('forbidden');
    const approved = reviewEntry(db, actor(reviewer), { entryId: resubmitted.id, version: resubmitted.version, decision: 'approve' });
    expect(approved.status).toBe('approved');
    expect(
      refusal(() => reviewEntry(db, actor(reviewer), { entryId: approved.id, version: approved.version, decision: 'approve' })).code,
    ).toBe('conflict');
  });

  it('the audit log cannot be altered', () => {
    db.insert(auditLog).values({ action: 'progress.save', entityType: 'progress_entry', entityId: '1' }).run();
    expect(() => db.update(auditLog).set({ action: 'x' }).run()).toThrow(/append-only/);
    expect(() => db.delete(auditLog).run()).toThrow(/append-only/);
  });
});

describe('saveEntry writes nothing when nothing changes', () => {
  it('a draft saved again with the same content keeps its version and writes no audit row', () => {
    const ind = db
      .select()
      .from(indicators)
      .where(eq(indicators.taskForceId, db.select().from(indicators).where(eq(indicators.id, mine)).get()!.taskForceId))
      .all()
      .filter((i) => i.kind === 'cumulative')[2]!;
    const rows: unknown[] = [];
    const recording: Actor = { ...actor(lead), audit: (e) => rows.push(e) };
    const first = saveEntry(db, recording, input({ indicatorId: ind.id, value: 5, workProgress: '甲' }));
    const again = saveEntry(db, recording, input({ indicatorId: ind.id, value: 5, workProgress: '甲', version: first.version }));
    const retry = saveEntry(db, recording, input({ indicatorId: ind.id, value: 5, workProgress: '甲', version: 0 }));
    expect([again.version, retry.version]).toEqual([first.version, first.version]);
    expect(rows).toHaveLength(1);
    const submitted = saveEntry(db, recording, input({ indicatorId: ind.id, value: 5, workProgress: '甲', version: 1, submit: true }));
    for (let i = 0; i < 9; i++)
      saveEntry(db, recording, input({ indicatorId: ind.id, value: 5, workProgress: '甲', version: 1, submit: true }));
    expect(submitted.version).toBe(2);
    expect(rows).toHaveLength(2);
  });

  it('a conflict carries the stored version for the form, and says whether it may be overwritten', () => {
    const ind = db
      .select()
      .from(indicators)
      .where(eq(indicators.taskForceId, db.select().from(indicators).where(eq(indicators.id, mine)).get()!.taskForceId))
      .all()
      .filter((i) => i.kind === 'cumulative')[3]!;
    const first = saveEntry(db, actor(lead), input({ indicatorId: ind.id, value: 8, problems: '乙' }));
    const e = refusal(() => saveEntry(db, actor(admin), input({ indicatorId: ind.id, value: 9, version: 0 })));
    expect(e.conflict).toMatchObject({ version: first.version, fields: { value: '8', problems: '乙' }, canOverwrite: true });
    saveEntry(db, actor(lead), input({ indicatorId: ind.id, value: 8, problems: '乙', version: first.version, submit: true }));
    const closed = refusal(() => saveEntry(db, actor(lead), input({ indicatorId: ind.id, value: 9, version: first.version })));
    expect(closed.conflict).toMatchObject({ canOverwrite: false, fields: { status: '待审核' } });
  });
});
