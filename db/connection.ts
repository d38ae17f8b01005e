/**
 * Opens the SQLite file with the pragmas of a system of record. Shared by the app (db/index.ts)
 * and the scripts (migrate, seed, start), which must not import 'server-only'.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** `DATABASE_URL` (a file path, optionally prefixed `file:`), default `data/saima.db`. */
export function databasePath(): string {
  const raw = process.env.DATABASE_URL ?? 'data/saima.db';
  return path.resolve(raw.replace(/^file:/, ''));
}

export function openDb(file = databasePath()): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = FULL');
  return drizzle(sqlite, { schema }) as Db;
}
