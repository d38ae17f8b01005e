/** The demo's reporting periods and when its entries were submitted and reviewed. */
import type { Db } from '../connection';
import { periods } from '../schema';
import { SEED_UNTIL_MS } from './demo-day';
import type { Rng } from './random';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Deadline of a period: the 5th of the next month, 17:00 Beijing time (09:00 UTC). */
export function defaultDeadline(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  return `${ny}-${String(nm).padStart(2, '0')}-05T09:00:00.000Z`;
}

function pad(n: number) {
  return String(n).padStart(2, '0');
}

/** Opens every period of `years` up to `lastPeriod` (earlier ones locked) and the open period. */
export function openPeriods(db: Db, o: { campaignId: number; years: number[]; lastPeriod: string; openPeriod: string }): void {
  const [lastYear, lastMonth] = o.lastPeriod.split('-').map(Number) as [number, number];
  for (const y of o.years)
    for (let m = 1; m <= (y === lastYear ? lastMonth : 12); m++) {
      const p = `${y}-${pad(m)}`;
      db.insert(periods)
        .values({
          campaignId: o.campaignId,
          period: p,
          deadline: defaultDeadline(p),
          locked: p !== o.lastPeriod,
          openedAt: `${p}-20T01:00:00.000Z`,
        })
        .run();
    }
  // Opened the morning after the last period's deadline.
  const openedAt = new Date(Date.parse(defaultDeadline(o.lastPeriod)) + 16 * HOUR).toISOString();
  db.insert(periods)
    .values({ campaignId: o.campaignId, period: o.openPeriod, deadline: defaultDeadline(o.openPeriod), locked: false, openedAt })
    .run();
}

/** When a month's entry was submitted and reviewed; nothing after the demo's evening before. */
export function drawTimes(rng: Rng, period: string, isLast: boolean): { late: boolean; submittedAt: string; reviewedAt: string } {
  const deadline = Date.parse(defaultDeadline(period));
  const late = rng.chance(0.08);
  const days = late ? Math.min(rng.int(1, 4), isLast ? 3 : 4) : -rng.int(0, 3);
  const submitted = deadline + days * DAY - rng.int(0, 6) * HOUR;
  const wait = rng.int(2, 30) * HOUR;
  const room = SEED_UNTIL_MS - submitted;
  const reviewed = submitted + (wait <= room ? wait : (room * wait) / (31 * HOUR));
  return { late, submittedAt: new Date(submitted).toISOString(), reviewedAt: new Date(reviewed).toISOString() };
}
