/**
 * Putting a backup in place of the database. Refused while any process has the database open
 * (in-use.ts), when the backup's checksum is missing or does not match, when it fails
 * `PRAGMA integrity_check`, or when it is not a Saima database. The replaced database is kept
 * beside it as `<name>.before-restore-<北京时间>` (its WAL checkpointed into it first, so it is one
 * complete file); the backup is copied, synced and renamed into place.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { verifyChecksum } from './checksum';
import { databaseInUse } from './in-use';
import { beijingStamp } from './paths';

/** A refusal, with the Chinese sentence to show the operator. */
export class RestoreError extends Error {}

const REQUIRED_TABLES = ['__drizzle_migrations', 'progress_entries', 'audit_log', 'users'];

/** Throws RestoreError unless `file` is a sound Saima backup with a matching checksum. */
export async function checkBackupFile(file: string): Promise<void> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new RestoreError(`找不到备份文件：${file}`);
  const checksum = await verifyChecksum(file);
  if (checksum === 'missing')
    throw new RestoreError(`备份文件旁没有校验文件 ${path.basename(file)}.sha256，无法确认它完整无误。请使用 npm run backup 生成的备份。`);
  if (checksum === 'mismatch') throw new RestoreError('备份文件与其校验和不符：文件已损坏或被改动，不能用于恢复。请换一份备份。');
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new RestoreError(`无法打开备份文件（${(e as Error).message}），不能用于恢复。`);
  }
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new RestoreError(`备份文件未通过完整性检查（${String(result)}），不能用于恢复。请换一份备份。`);
    const tables = new Set(
      (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name),
    );
    if (!REQUIRED_TABLES.every((t) => tables.has(t))) throw new RestoreError('该文件不是赛马系统的数据库备份，不能用于恢复。');
  } catch (e) {
    if (e instanceof RestoreError) throw e;
    throw new RestoreError(`备份文件无法读取（${(e as Error).message}），不能用于恢复。`);
  } finally {
    db.close();
  }
}

/** Folds the WAL into the database file, so that the file alone is the whole database. */
function checkpoint(target: string): void {
  const db = new Database(target, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** Moves the current database (and any -wal / -shm left) aside; returns the kept file's path. */
function keepReplaced(target: string, now: Date): string | null {
  if (!fs.existsSync(target)) return null;
  checkpoint(target);
  const kept = `${target}.before-restore-${beijingStamp(now)}`;
  fs.renameSync(target, kept);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, kept + suffix);
  }
  return kept;
}

function copySynced(from: string, to: string): void {
  const partial = `${to}.restore-partial`;
  fs.copyFileSync(from, partial);
  const fd = fs.openSync(partial, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, to);
}

/** Restores `file` into `target`; returns the kept previous database (null when there was none). */
export async function restoreBackup(file: string, target: string, now = new Date()): Promise<{ kept: string | null }> {
  await checkBackupFile(file);
  if (databaseInUse(target))
    throw new RestoreError(`数据库 ${target} 正在被使用（赛马服务或其他程序仍在运行）。请先停止服务（如 systemctl stop saima），再恢复。`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const kept = keepReplaced(target, now);
  copySynced(file, target);
  const dirFd = fs.openSync(path.dirname(target), 'r');
  try {
    fs.fsyncSync(dirFd);
  } finally {
    fs.closeSync(dirFd);
  }
  return { kept };
}
