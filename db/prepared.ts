/**
 * Queries prepared once per connection. Building a drizzle query and preparing its SQL costs many
 * times what running it does; the reads every write repeats (the object's scope, the current
 * campaign, the round, the stored entry, the user's scopes) are built once for each connection
 * and then run with placeholders. Plain module (no 'server-only') so scripts can use it.
 */
import { sql, type Column, type SQL } from 'drizzle-orm';
import type { Db } from './connection';

/**
 * Returns `build`'s result for a connection, built on the first call with that connection and
 * reused after (a closed and reopened database is another connection and gets its own).
 */
export function perConnection<T>(build: (db: Db) => T): (db: Db) => T {
  const made = new WeakMap<Db, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) made.set(db, (value = build(db)));
    return value;
  };
}

/**
 * A placeholder whose value goes to SQLite as given. In a prepared insert or update drizzle passes
 * a plain placeholder's value through the column's encoder even when it is null (a JSON column
 * would store the text 'null'), so writes use this with {@link driverValue}.
 */
export function rawPlaceholder(name: string): SQL {
  return sql`${sql.placeholder(name)}`;
}

/** A value as drizzle writes it inline into `column`: null (and undefined) as NULL, anything else through the column's encoder. */
export function driverValue(column: Column, value: unknown): unknown {
  return value === null || value === undefined ? null : column.mapToDriverValue(value);
}
