import 'server-only';
import { openDb, type Db } from './connection';

const globalForDb = globalThis as unknown as { saimaDb?: Db };

/** The app's one database handle, opened on first use (never at import: `next build` imports routes). */
export function getDb(): Db {
  globalForDb.saimaDb ??= openDb();
  return globalForDb.saimaDb;
}

export type { Db };
