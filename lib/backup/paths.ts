/**
 * Where backups go and how many are kept. Plain module (no 'server-only'): the backup and restore
 * commands use it as well as the admin page.
 *   SAIMA_BACKUP_DIR  (default: `backups/` beside the database file)
 *   SAIMA_BACKUP_KEEP (default 14: the newest 14 backups are kept, older ones deleted)
 */
import path from 'node:path';
import { databasePath } from '@/db/connection';

export const DEFAULT_KEEP = 14;

/** The backup directory: SAIMA_BACKUP_DIR, else `backups/` beside the database file. */
export function backupDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SAIMA_BACKUP_DIR ? path.resolve(env.SAIMA_BACKUP_DIR) : path.join(path.dirname(databasePath()), 'backups');
}

/** How many backups rotation keeps: SAIMA_BACKUP_KEEP (1—1000), else 14. */
export function backupKeep(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.SAIMA_BACKUP_KEEP);
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : DEFAULT_KEEP;
}

const NAME = /^saima-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})\.db$/;

/** `YYYYMMDD-HHmmss-SSS`, the moment in 北京时间 (UTC+8, no daylight saving). */
export function beijingStamp(at: Date): string {
  const b = new Date(at.getTime() + 8 * 3600_000).toISOString();
  return `${b.slice(0, 10).replace(/-/g, '')}-${b.slice(11, 19).replace(/:/g, '')}-${b.slice(20, 23)}`;
}

/** `saima-YYYYMMDD-HHmmss-SSS.db`, the moment in 北京时间. */
export function backupFileName(at: Date): string {
  return `saima-${beijingStamp(at)}.db`;
}

/** The moment a backup file name records, or null for a file that is not a backup. */
export function backupTime(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m;
  const t = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}+08:00`);
  return Number.isNaN(t) ? null : new Date(t);
}
