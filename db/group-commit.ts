/**
 * Group commit. With synchronous = FULL every COMMIT waits for the disk (an fsync of the WAL),
 * and the one Node thread waits with it: twenty leads saving at once queue behind twenty fsyncs.
 * Writes that reach their transaction in the same turn of the event loop therefore share one
 * transaction: each runs in a savepoint of its own (all or nothing, a refusal rolls back its own
 * writes only), then one COMMIT makes them all durable, and only then is any caller answered. A
 * failed COMMIT, or a storage failure that made SQLite roll the whole transaction back, fails
 * every write of the group with that error (none of them was written).
 * Plain module (no 'server-only') so scripts and tests can use it.
 */
import type Database from 'better-sqlite3';

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const queues = new WeakMap<Database.Database, Pending[]>();

/**
 * Runs `work` (synchronous) in a transaction on `client` shared with the other writes queued in
 * this turn of the event loop; resolves with its result once that transaction has committed, or
 * rejects with what it threw (its savepoint rolled back) or with the failure of the commit.
 */
export function inGroupCommit<T>(client: Database.Database, work: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let queue = queues.get(client);
    if (!queue) {
      queues.set(client, (queue = []));
      setImmediate(() => flush(client));
    }
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
  });
}

function flush(client: Database.Database): void {
  const group = queues.get(client) ?? [];
  queues.delete(client);
  const outcomes: Outcome[] = [];
  try {
    // IMMEDIATE: the write lock is taken once for the group (a busy database fails it once).
    client
      .transaction(() => {
        for (const p of group) outcomes.push(runOne(client, p));
      })
      .immediate();
  } catch (error) {
    for (const p of group) p.reject(error);
    return;
  }
  group.forEach((p, i) => {
    const o = outcomes[i]!;
    if (o.ok) p.resolve(o.value);
    else p.reject(o.error);
  });
}

/** One write in its savepoint; rethrows when SQLite has rolled back the whole transaction (the group fails). */
function runOne(client: Database.Database, p: Pending): Outcome {
  try {
    return { ok: true, value: client.transaction(p.work)() };
  } catch (error) {
    if (!client.inTransaction) throw error;
    return { ok: false, error };
  }
}
