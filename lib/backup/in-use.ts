/**
 * Whether any process has the database open. SQLite holds locks on the database (and, in WAL mode,
 * on its -shm file) for as long as a connection is open, and the operating system drops them when
 * the process ends, even by kill -9. Asking for an exclusive lock without waiting therefore tells
 * whether the service (scripts/server.ts keeps a connection open from its start), a backup or any
 * other tool is using the file: no pid file can go stale, no port has to be guessed.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';

/** True when another connection holds the database; false when it is free or does not exist. */
export function databaseInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
    throw e;
  } finally {
    db.close();
  }
}
