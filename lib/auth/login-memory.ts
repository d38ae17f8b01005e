/**
 * The in-memory counters of the login limits (per process): failed logins per address in a
 * sliding window, the aggregate of requests refused while an address is limited, and the lock of
 * unknown usernames (so that the answer does not reveal which names exist). Every check reserves
 * its slot synchronously before any await, so parallel requests cannot overtake the count. Old
 * entries are pruned and each map is capped. Pure: the caller passes the clock.
 */

export interface AddressLimit {
  windowMs: number;
  maxFailures: number;
}

export interface RefusalWindow {
  since: number;
  address: string | null;
  refused: number;
}

export interface LoginMemory {
  failures: Map<string, number[]>;
  refusals: Map<string, RefusalWindow>;
  unknown: Map<string, { count: number; until: number; last: number }>;
  lastPrune: number;
}

/** Entries per map; beyond it the oldest-inserted entry is dropped. */
export const MAX_KEYS = 20_000;
/** An unknown username's counter is forgotten after a day without attempts. */
export const UNKNOWN_IDLE_MS = 24 * 3600_000;
const PRUNE_EVERY_MS = 60_000;

export function newLoginMemory(): LoginMemory {
  return { failures: new Map(), refusals: new Map(), unknown: new Map(), lastPrune: 0 };
}

function setCapped<V>(map: Map<string, V>, key: string, value: V): void {
  if (!map.has(key) && map.size >= MAX_KEYS) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/** Reserves one failure slot for the address: false (nothing recorded) when the limit is reached. */
export function reserveAddress(mem: LoginMemory, key: string, now: number, limit: AddressLimit): boolean {
  const list = (mem.failures.get(key) ?? []).filter((t) => now - t < limit.windowMs);
  if (list.length >= limit.maxFailures) {
    mem.failures.set(key, list);
    return false;
  }
  list.push(now);
  setCapped(mem.failures, key, list);
  return true;
}

/** Gives back a reserved slot (the attempt turned out to be a successful login). */
export function releaseAddress(mem: LoginMemory, key: string): void {
  const list = mem.failures.get(key);
  if (list && list.length > 0) list.pop();
}

/**
 * Counts a request refused because its address is limited. Returns `{ write: true, previous }`
 * for the first refusal of a window (the caller writes one audit row, with the number of
 * refusals of the address's previous window that no row has reported yet), else `{ write: false }`.
 */
export function noteRefusal(
  mem: LoginMemory,
  key: string,
  address: string | null,
  now: number,
  windowMs: number,
): { write: true; previous: RefusalWindow | null } | { write: false } {
  const w = mem.refusals.get(key);
  if (w && now - w.since < windowMs) {
    w.refused += 1;
    return { write: false };
  }
  setCapped(mem.refusals, key, { since: now, address, refused: 0 });
  return { write: true, previous: w && w.refused > 0 ? w : null };
}

export type UnknownCheck = { ok: true; locksNow: boolean } | { ok: false; until: number };

/** Reserves an attempt on an unknown username: 5 lock it for `lockMs`, as for a real account. */
export function reserveUnknown(mem: LoginMemory, username: string, now: number, max: number, lockMs: number): UnknownCheck {
  const u = mem.unknown.get(username) ?? { count: 0, until: 0, last: now };
  if (u.until > now) return { ok: false, until: u.until };
  if (u.until !== 0) Object.assign(u, { count: 0, until: 0 });
  u.count += 1;
  u.last = now;
  const locksNow = u.count >= max;
  if (locksNow) u.until = now + lockMs;
  setCapped(mem.unknown, username, u);
  return { ok: true, locksNow };
}

/**
 * Drops what no longer counts (at most once a minute): failures older than the window, finished
 * refusal windows (returned when they refused more than their one audit row reported, so the
 * caller can record the count), and unknown usernames idle for a day.
 */
export function pruneLoginMemory(mem: LoginMemory, now: number, windowMs: number): RefusalWindow[] {
  if (now - mem.lastPrune < PRUNE_EVERY_MS) return [];
  mem.lastPrune = now;
  for (const [key, list] of mem.failures) {
    const kept = list.filter((t) => now - t < windowMs);
    if (kept.length === 0) mem.failures.delete(key);
    else if (kept.length !== list.length) mem.failures.set(key, kept);
  }
  const finished: RefusalWindow[] = [];
  for (const [key, w] of mem.refusals) {
    if (now - w.since < windowMs) continue;
    mem.refusals.delete(key);
    if (w.refused > 0) finished.push(w);
  }
  for (const [name, u] of mem.unknown) if (u.until <= now && now - u.last >= UNKNOWN_IDLE_MS) mem.unknown.delete(name);
  return finished;
}
