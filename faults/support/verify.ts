/**
 * What the database holds after a fault, read with a fresh connection (the first one after a crash
 * recovers the WAL, as the restarted app would): integrity, every acknowledged write with its audit
 * row, and no entry of the test's users whose current version lacks its audit row.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

export interface AckedWrite {
  entryId: number;
  version: number;
  submit: boolean;
}

export interface Verdict {
  integrity: string;
  acknowledged: number;
  found: number;
  lost: AckedWrite[];
  /** Entries written by the test's users whose current version has no audit row. */
  unaudited: number;
  /** Audit rows of the test's users naming a version the entry never reached. */
  phantom: number;
}

export function verifyWrites(file: string, acked: AckedWrite[], userIds: number[]): Verdict {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const users = `(${userIds.map(Number).join(',') || 'null'})`;
    const audited = new Set(
      (
        db
          .prepare(
            `select entity_id as id, json_extract(after, '$.version') as v from audit_log
             where entity_type = 'progress_entry' and action in ('progress.save', 'progress.submit') and user_id in ${users}`,
          )
          .all() as { id: string; v: number }[]
      ).map((r) => `${r.id}:${r.v}`),
    );
    const entries = new Map(
      (db.prepare('select id, version, status from progress_entries').all() as { id: number; version: number; status: string }[]).map(
        (e) => [e.id, e],
      ),
    );
    const lost = acked.filter((w) => {
      const e = entries.get(w.entryId);
      return !e || e.version < w.version || !audited.has(`${w.entryId}:${w.version}`) || (w.submit && e.status !== 'submitted');
    });
    const unaudited = (
      db.prepare(`select id, version from progress_entries where updated_by in ${users}`).all() as { id: number; version: number }[]
    ).filter((e) => !audited.has(`${e.id}:${e.version}`)).length;
    const phantom = [...audited].filter((k) => {
      const [id, v] = k.split(':').map(Number) as [number, number];
      const e = entries.get(id);
      return !e || e.version < v;
    }).length;
    return { integrity, acknowledged: acked.length, found: acked.length - lost.length, lost, unaudited, phantom };
  } finally {
    db.close();
  }
}

export type EntryState = { id: number; version: number; status: string };

/** The current version and status of each slot's entry (for forms reloaded after a restart). */
export function entryStates(file: string, slots: { indicatorId: number; period: string }[]): Map<string, EntryState> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const q = db.prepare('select id, version, status from progress_entries where indicator_id = ? and period = ?');
    const out = new Map<string, EntryState>();
    for (const s of slots) {
      const row = q.get(s.indicatorId, s.period) as EntryState | undefined;
      if (row) out.set(`${s.indicatorId}:${s.period}`, row);
    }
    return out;
  } finally {
    db.close();
  }
}

const VOLATILE = new Set(['sessions', 'audit_log', '__drizzle_migrations', 'sqlite_sequence']);

/** A hash of every data table (sessions and the audit log aside): equal hashes, nothing written. */
export function dataFingerprint(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const h = createHash('sha256');
    const tables = db.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[];
    for (const { name } of tables.filter((t) => !VOLATILE.has(t.name))) {
      h.update(name);
      for (const row of db.prepare(`select * from "${name}" order by rowid`).iterate()) h.update(JSON.stringify(row));
    }
    return h.digest('hex');
  } finally {
    db.close();
  }
}

/** Audit rows of one entity. */
export function auditRows(file: string, entityType: string, entityId: number | string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (
      db.prepare('select count(*) as n from audit_log where entity_type = ? and entity_id = ?').get(entityType, String(entityId)) as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

export function integrity(file: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}
