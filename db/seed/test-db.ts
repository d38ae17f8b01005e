/** Test support for the seed's tests: a migrated in-memory database and raw-SQL helpers. */
import { openDb, type Db } from '../connection';
import { runMigrations } from '../migrate';

export type Row = Record<string, unknown>;

/** A fresh in-memory database with every migration applied. */
export function freshDb(): Db {
  const db = openDb(':memory:');
  runMigrations(db);
  return db;
}

/** all / one / count over a database, for readable assertions. */
export function queries(db: () => Db) {
  const all = (sql: string, ...params: unknown[]): Row[] =>
    db()
      .$client.prepare(sql)
      .all(...params) as Row[];
  const one = (sql: string, ...params: unknown[]): Row => {
    const row = db()
      .$client.prepare(sql)
      .get(...params) as Row | undefined;
    if (!row) throw new Error(`no row for: ${sql}`);
    return row;
  };
  const count = (sql: string, ...params: unknown[]): number => Number(one(sql, ...params).n);
  return { all, one, count };
}
