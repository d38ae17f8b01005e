import Database from 'better-sqlite3';
import { openE2eDb } from './db';

/** Rows of a read-only query on the e2e database. */
export function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = openE2eDb();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Rows of a read-only query on another database file (the second installation's). */
export function queryAt<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
