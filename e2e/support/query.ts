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
