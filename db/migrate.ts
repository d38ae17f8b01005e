import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './connection';

/** Applies every committed migration in db/migrations that the database has not seen yet. */
export function runMigrations(db: Db): void {
  migrate(db, { migrationsFolder: path.resolve(__dirname, 'migrations') });
}
