import 'server-only';
import { getDb } from '@/db';
import { clockNow, readClockBase } from '@/lib/clock/clock';

/**
 * Now, for reporting: deadlines, lateness, 待办, "today" — the demo database's day (2020年10月9日
 * for the 2020 demo, time of day from the real clock), the real clock everywhere else
 * (lib/clock/clock.ts). Not for session expiry or login lockout, which are real time.
 */
export function getNow(): Date {
  return clockNow(readClockBase(getDb()), new Date());
}
