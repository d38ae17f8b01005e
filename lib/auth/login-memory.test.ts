import { describe, expect, it } from 'vitest';
import {
  MAX_KEYS,
  newLoginMemory,
  noteRefusal,
  pruneLoginMemory,
  releaseAddress,
  reserveAddress,
  reserveUnknown,
  UNKNOWN_IDLE_MS,
} from './login-memory';

const limit = { windowMs: 15 * 60_000, maxFailures: 3 };
const min = 60_000;

describe('per-address failures', () => {
  it('reserves up to the limit, then refuses without recording; a released slot is free again', () => {
    const mem = newLoginMemory();
    expect([1, 2, 3, 4].map(() => reserveAddress(mem, 'a', 0, limit))).toEqual([true, true, true, false]);
    expect(mem.failures.get('a')).toHaveLength(3);
    releaseAddress(mem, 'a');
    expect(reserveAddress(mem, 'a', 0, limit)).toBe(true);
    expect(reserveAddress(mem, 'b', 0, limit)).toBe(true);
  });

  it('slides: failures older than the window stop counting', () => {
    const mem = newLoginMemory();
    for (let i = 0; i < 3; i++) reserveAddress(mem, 'a', 0, limit);
    expect(reserveAddress(mem, 'a', 14 * min, limit)).toBe(false);
    expect(reserveAddress(mem, 'a', 15 * min, limit)).toBe(true);
  });
});

describe('refusals of a limited address', () => {
  it('asks for one audit row per window and reports the rest in the next', () => {
    const mem = newLoginMemory();
    expect(noteRefusal(mem, 'a', '1.2.3.4', 0, 15 * min)).toEqual({ write: true, previous: null });
    for (let i = 0; i < 50; i++) expect(noteRefusal(mem, 'a', '1.2.3.4', i * 1000, 15 * min)).toEqual({ write: false });
    const next = noteRefusal(mem, 'a', '1.2.3.4', 15 * min, 15 * min);
    expect(next).toEqual({ write: true, previous: { since: 0, address: '1.2.3.4', refused: 50 } });
  });
});

describe('unknown usernames', () => {
  it('lock after 5 like a real account, and start again after the lock', () => {
    const mem = newLoginMemory();
    const results = Array.from({ length: 6 }, () => reserveUnknown(mem, 'ghost', 0, 5, 15 * min));
    expect(results.slice(0, 4)).toEqual(Array(4).fill({ ok: true, locksNow: false }));
    expect(results[4]).toEqual({ ok: true, locksNow: true });
    expect(results[5]).toEqual({ ok: false, until: 15 * min });
    expect(reserveUnknown(mem, 'ghost', 15 * min, 5, 15 * min)).toEqual({ ok: true, locksNow: false });
  });
});

describe('pruning', () => {
  it('drops old failures, finished windows (returning unreported counts) and idle usernames, at most once a minute', () => {
    const mem = newLoginMemory();
    reserveAddress(mem, 'old', 0, limit);
    reserveAddress(mem, 'new', 10 * min, limit);
    noteRefusal(mem, 'quiet', '5.6.7.8', 0, 15 * min);
    noteRefusal(mem, 'quiet', '5.6.7.8', 1000, 15 * min);
    noteRefusal(mem, 'silent', '5.6.7.9', 0, 15 * min);
    reserveUnknown(mem, 'ghost', 0, 5, 15 * min);
    expect(pruneLoginMemory(mem, 16 * min, 15 * min)).toEqual([{ since: 0, address: '5.6.7.8', refused: 1 }]);
    expect([...mem.failures.keys()]).toEqual(['new']);
    expect(mem.refusals.size).toBe(0);
    expect(mem.unknown.has('ghost')).toBe(true);
    reserveAddress(mem, 'later', 16 * min, limit);
    expect(pruneLoginMemory(mem, 16 * min + 30_000 + UNKNOWN_IDLE_MS, 15 * min)).toEqual([]);
    expect(mem.unknown.has('ghost')).toBe(false);
    expect(mem.failures.size).toBe(0);
    reserveAddress(mem, 'x', 0, limit);
    expect(pruneLoginMemory(mem, 16 * min + 40_000 + UNKNOWN_IDLE_MS, 15 * min)).toEqual([]);
    expect(mem.failures.size, 'within a minute of the last pass nothing is pruned').toBe(1);
  });

  it('caps every map', () => {
    const mem = newLoginMemory();
    for (let i = 0; i < MAX_KEYS + 10; i++) reserveAddress(mem, `k${i}`, 0, limit);
    expect(mem.failures.size).toBe(MAX_KEYS);
    expect(mem.failures.has('k0')).toBe(false);
    expect(mem.failures.has(`k${MAX_KEYS + 9}`)).toBe(true);
  });
});
