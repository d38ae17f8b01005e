import 'server-only';
import { getDb } from '@/db';

/**
 * A per-process cache of derived data (period snapshots, campaign structure), invalidated by any
 * write: actions call `invalidateDerived()` after committing, and writes by other processes are
 * seen through SQLite's `PRAGMA data_version`.
 */
const state = globalThis as unknown as { saimaCache?: { local: number; entries: Map<string, { version: string; value: unknown }> } };

function store() {
  state.saimaCache ??= { local: 0, entries: new Map() };
  return state.saimaCache;
}

function currentVersion(): string {
  const external = getDb().$client.pragma('data_version', { simple: true }) as number;
  return `${external}:${store().local}`;
}

/** Call after any committed write that can change a figure, ranking or list. */
export function invalidateDerived(): void {
  const s = store();
  s.local += 1;
  s.entries.clear();
}

/** Returns the cached value for `key` when no write happened since it was computed. */
export function cached<T>(key: string, compute: () => T): T {
  const s = store();
  const version = currentVersion();
  const hit = s.entries.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const value = compute();
  s.entries.set(key, { version, value });
  return value;
}
