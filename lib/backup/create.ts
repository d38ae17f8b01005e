/**
 * Making a backup with SQLite's online backup API (better-sqlite3 `db.backup`): the whole database
 * is copied in one step, inside one read transaction, so writers go on (WAL) and the copy is one
 * consistent moment even while other processes write. The copy is switched to a self-contained
 * single file (journal_mode=DELETE), checked with `PRAGMA integrity_check`, synced to disk, then
 * renamed into place with its checksum; a half-made backup never carries a backup's name.
 * Older backups beyond `keep` are deleted after a successful one.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checksumLine, CHECKSUM_SUFFIX, sha256File } from './checksum';
import { backupFileName, backupTime } from './paths';

export interface BackupInfo {
  file: string;
  name: string;
  at: Date;
  size: number;
  sha256: string;
  /** Backups deleted by rotation. */
  removed: string[];
}

/** Pages per backup step: all of them, so no other connection's write can restart the copy. */
const ALL_PAGES = 0x7fffffff;

function fsyncPath(p: string): void {
  const fd = fs.openSync(p, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Opens the copy, makes it a single file and checks it; throws when it is not sound. */
function sealCopy(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`备份副本未通过完整性检查：${String(result)}`);
  } finally {
    copy.close();
  }
}

/** Copies `source` into `dir` as a timestamped backup with its checksum, then rotates. */
export async function createBackup(source: Database.Database, dir: string, opts: { keep: number; now?: Date }): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true });
  const at = opts.now ?? new Date();
  const name = backupFileName(at);
  const file = path.join(dir, name);
  const partial = path.join(dir, `.${name}.${process.pid}.partial`);
  try {
    await source.backup(partial, { progress: () => ALL_PAGES });
    sealCopy(partial);
    fsyncPath(partial);
    const sha256 = await sha256File(partial);
    fs.renameSync(partial, file);
    fs.writeFileSync(`${partial}${CHECKSUM_SUFFIX}`, checksumLine(file, sha256));
    fsyncPath(`${partial}${CHECKSUM_SUFFIX}`);
    fs.renameSync(`${partial}${CHECKSUM_SUFFIX}`, file + CHECKSUM_SUFFIX);
    fsyncPath(dir);
    const removed = rotateBackups(dir, opts.keep);
    return { file, name, at, size: fs.statSync(file).size, sha256, removed };
  } finally {
    for (const leftover of [partial, `${partial}-journal`, `${partial}${CHECKSUM_SUFFIX}`]) fs.rmSync(leftover, { force: true });
  }
}

/** Names of the backups in `dir`, newest first. */
export function backupNames(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => backupTime(n) !== null)
    .sort()
    .reverse();
}

/** Deletes every backup (and its checksum) beyond the newest `keep`; returns the names deleted. */
export function rotateBackups(dir: string, keep: number): string[] {
  const old = backupNames(dir).slice(Math.max(1, keep));
  for (const n of old) {
    fs.rmSync(path.join(dir, n), { force: true });
    fs.rmSync(path.join(dir, n + CHECKSUM_SUFFIX), { force: true });
  }
  return old;
}
