import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { getDb } from '@/db';
import { databasePath } from '@/db/connection';
import journal from '@/db/migrations/meta/_journal.json';

export type Check<T extends string> = 'ok' | T;

/** What a process monitor needs to know, with no data and nothing about the installation. */
export interface HealthReport {
  ok: boolean;
  database: Check<'error'>;
  migrations: Check<'pending' | 'newer' | 'error'>;
  writable: Check<'readonly' | 'error'>;
  disk: Check<'low' | 'error'>;
}

/** SAIMA_MIN_FREE_MB: free space (MB) on the database's file system below which health fails; default 100. */
export function minFreeBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.SAIMA_MIN_FREE_MB);
  return (Number.isFinite(mb) && mb >= 0 ? mb : 100) * 1024 * 1024;
}

function databaseCheck(): HealthReport['database'] {
  try {
    getDb().$client.prepare('select count(*) from app_meta').get();
    return 'ok';
  } catch {
    return 'error';
  }
}

/** Compares the newest applied migration with the newest one this build ships (drizzle's journal). */
function migrationsCheck(): HealthReport['migrations'] {
  try {
    const expected = Math.max(...journal.entries.map((e) => e.when));
    const row = getDb().$client.prepare('select max(created_at) as at from __drizzle_migrations').get() as { at: number | null };
    const applied = Number(row.at ?? 0);
    return applied === expected ? 'ok' : applied < expected ? 'pending' : 'newer';
  } catch {
    return 'error';
  }
}

/** Whether the database file and its directory (for -wal, -shm) accept writes, root included. */
function writableCheck(file: string): HealthReport['writable'] {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return 'ok';
  } catch (e) {
    return ['EROFS', 'EACCES', 'EPERM'].includes((e as NodeJS.ErrnoException).code ?? '') ? 'readonly' : 'error';
  }
}

function diskCheck(file: string): HealthReport['disk'] {
  try {
    const s = fs.statfsSync(path.dirname(file));
    return s.bavail * s.bsize >= minFreeBytes() ? 'ok' : 'low';
  } catch {
    return 'error';
  }
}

/**
 * The health of this installation: the database answers a query, its migrations are those of this
 * build, its file is writable and its file system has at least SAIMA_MIN_FREE_MB free. `ok` only
 * when every check is 'ok'. Errors are answered, never thrown.
 */
export function checkHealth(): HealthReport {
  const file = databasePath();
  const database = databaseCheck();
  const checks = {
    database,
    migrations: database === 'ok' ? migrationsCheck() : ('error' as const),
    writable: writableCheck(file),
    disk: diskCheck(file),
  };
  return { ok: Object.values(checks).every((c) => c === 'ok'), ...checks };
}
