import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { E2E_DB } from '../env';

/** Read-only handle on the e2e database (or another test database), for figures the tests compute themselves. */
export function openE2eDb(file = E2E_DB): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true });
}

/** Tables whose rows change on every request or are the record of refusals, not of data. */
const VOLATILE = new Set(['sessions', 'audit_log', '__drizzle_migrations', 'sqlite_sequence']);

/** A fingerprint of every data table: equal fingerprints mean nothing was written. */
export function dataFingerprint(file = E2E_DB): string {
  const db = openE2eDb(file);
  try {
    const tables = (db.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[])
      .map((t) => t.name)
      .filter((t) => !VOLATILE.has(t));
    const h = createHash('sha256');
    for (const t of tables) {
      h.update(t);
      for (const row of db.prepare(`select * from "${t}" order by rowid`).iterate()) h.update(JSON.stringify(row));
    }
    return h.digest('hex');
  } finally {
    db.close();
  }
}

export function auditCount(action: string, username?: string): number {
  const db = openE2eDb();
  try {
    const row = username
      ? db.prepare('select count(*) as n from audit_log where action = ? and username = ?').get(action, username)
      : db.prepare('select count(*) as n from audit_log where action = ?').get(action);
    return (row as { n: number }).n;
  } finally {
    db.close();
  }
}
