/** A seeded in-memory database and the demo users as AuthUsers, for the mutation tests. */
import { and, asc, eq } from 'drizzle-orm';
import { openDb, type Db } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { competitions, indicators, periods, progressEntries, taskForces } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { ActionError } from '@/lib/actions/result';
import type { AuditEvent } from '@/lib/audit';
import type { AuthUser } from '@/lib/auth/permissions';
import type { Actor } from './context';

export interface World {
  db: Db;
  competitionId: number;
  taskForceId: number;
  lead: AuthUser;
  reviewer: AuthUser;
  admin: AuthUser;
}

export function seededWorld(): World {
  const db = openDb(':memory:');
  runMigrations(db);
  seedDemo(db);
  const comp = db.select().from(competitions).orderBy(asc(competitions.sortOrder)).get()!;
  const tf = db.select().from(taskForces).where(eq(taskForces.competitionId, comp.id)).orderBy(asc(taskForces.sortOrder)).get()!;
  const base = { displayName: 'x', mustChangePassword: false };
  const none = { competitionIds: [], taskForceIds: [], indicatorIds: [] };
  return {
    db,
    competitionId: comp.id,
    taskForceId: tf.id,
    lead: { ...base, id: 4, username: 'demo-lead', role: 'lead', scopes: { ...none, taskForceIds: [tf.id] } },
    reviewer: { ...base, id: 3, username: 'demo-reviewer', role: 'reviewer', scopes: { ...none, competitionIds: [comp.id] } },
    admin: { ...base, id: 1, username: 'demo-admin', role: 'admin', scopes: none },
  };
}

/** An actor whose audit rows are collected in `rows`. */
export function recordingActor(user: AuthUser, now = new Date('2020-11-01T00:00:00Z')): Actor & { rows: Omit<AuditEvent, 'userId'>[] } {
  const rows: Omit<AuditEvent, 'userId'>[] = [];
  return { user, now, rows, audit: (e) => rows.push(e) };
}

export function refusal(fn: () => unknown): ActionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ActionError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

export function setLocked(db: Db, period: string, locked: boolean): void {
  db.update(periods).set({ locked }).where(eq(periods.period, period)).run();
}

export function indicatorsOf(db: Db, taskForceId: number, kind?: string) {
  return db
    .select()
    .from(indicators)
    .where(
      kind
        ? and(eq(indicators.taskForceId, taskForceId), eq(indicators.kind, kind as 'cumulative'))
        : eq(indicators.taskForceId, taskForceId),
    )
    .orderBy(asc(indicators.sortOrder))
    .all();
}

export function entryRow(db: Db, id: number) {
  return db.select().from(progressEntries).where(eq(progressEntries.id, id)).get()!;
}
