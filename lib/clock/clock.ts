/**
 * The reporting clock: what "now" and "today" are for deadlines, lateness, 待办 and the latest
 * date a step may be marked done. A real installation runs on the real clock. A demo database
 * stores its day in `app_meta` under the key 'clock' (e.g. '2020-10-09T00:00:00+08:00', the
 * 2020 demo's meeting day): the demo then stays on that Beijing calendar day, and the time of day
 * follows the real clock's Beijing time of day, so saves made one after another keep their order
 * (except across the real clock's midnight, when the demo day starts again at 00:00).
 * Session expiry and login lockout never use this clock: they are real time.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { perConnection } from '@/db/prepared';
import { appMeta } from '@/db/schema';

/** The app_meta key holding a demo database's clock. */
export const CLOCK_META_KEY = 'clock';

const BEIJING_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
/** An ISO-8601 instant with an explicit zone ('Z' or ±hh:mm). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since Beijing midnight of an instant (0 ≤ result < 24 h). */
function beijingTimeOfDay(ms: number): number {
  return (((ms + BEIJING_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
}

/**
 * "Now" for a stored clock: `real` when `base` is null or not an ISO instant with a zone;
 * otherwise the Beijing calendar day of `base` at `real`'s Beijing time of day.
 * @example clockNow('2020-10-09T00:00:00+08:00', new Date('2026-03-01T06:30:00Z')) // 2020-10-09 14:30 Beijing
 */
export function clockNow(base: string | null, real: Date): Date {
  if (base === null || !INSTANT.test(base)) return real;
  const at = Date.parse(base);
  if (!Number.isFinite(at)) return real;
  const dayStart = at - beijingTimeOfDay(at);
  return new Date(dayStart + beijingTimeOfDay(real.getTime()));
}

/** Read for every save and every page (reporting "now"): prepared once per connection. */
const clockRead = perConnection((db: Db) =>
  db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, CLOCK_META_KEY)).prepare(),
);

/** The clock stored with a database (see {@link CLOCK_META_KEY}), or null for the real clock. */
export function readClockBase(db: Db): string | null {
  return clockRead(db).get()?.value ?? null;
}
