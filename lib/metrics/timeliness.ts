/** On-time submission 报送及时率. */

/**
 * Offset assumed for timestamps that carry none: China Standard Time (UTC+08:00, no DST), the
 * time zone the campaigns run in. This keeps results independent of the server's time zone.
 */
export const DEFAULT_UTC_OFFSET = '+08:00';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_START = /^\d{4}-\d{2}-\d{2}(?:$|T)/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Parses an ISO-8601 date or instant ('YYYY-MM-DD' or 'YYYY-MM-DDThh:mm…') to epoch
 * milliseconds, or null when unreadable (other formats are refused, never guessed).
 * A date-only string means the start of that day at UTC+08:00; a date-time without an offset is
 * read at UTC+08:00; a string with 'Z' or an offset is read as given.
 */
export function parseInstant(s: string | null | undefined): number | null {
  if (typeof s !== 'string') return null;
  const t = s.trim();
  if (!ISO_START.test(t)) return null;
  let iso = t;
  if (DATE_ONLY.test(t)) iso = `${t}T00:00:00${DEFAULT_UTC_OFFSET}`;
  else if (t.includes('T') && !HAS_OFFSET.test(t)) iso = `${t}${DEFAULT_UTC_OFFSET}`;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * The last instant that still counts as on time, in epoch ms: the deadline itself, or for a
 * date-only deadline ('2020-10-05') the end of that whole day at UTC+08:00 (the deadline day is
 * inclusive). null when unreadable.
 */
function deadlineMs(deadline: string): number | null {
  const ms = parseInstant(deadline);
  if (ms === null) return null;
  return DATE_ONLY.test(deadline.trim()) ? ms + 24 * 3600 * 1000 - 1 : ms;
}

/**
 * True when `submittedAt` is strictly after `deadline`, comparing instants (so
 * '2020-10-05T16:30:00Z' is on time for '2020-10-06T00:00:00+08:00'). A date-only deadline covers
 * its whole day (UTC+08:00). Unreadable input is never judged late (false).
 */
export function isLate(submittedAt: string, deadline: string): boolean {
  const s = parseInstant(submittedAt);
  const d = deadlineMs(deadline);
  if (s === null || d === null) return false;
  return s > d;
}

/**
 * 报送及时率: fraction (0..1, not rounded) of the entries due that were submitted at or before
 * their deadline (see {@link isLate}). Unsubmitted entries (submittedAt null) and entries with an
 * unreadable submittedAt count as not on time.
 * "Due": every entry with a readable deadline; when `asOf` (ISO instant or date) is given, only
 * those whose deadline is at or before it — so a period still open does not count against anyone.
 * Entries with an unreadable deadline are not due; an unreadable `asOf` is ignored.
 * null when no entry is due.
 * @deprecated For a unit's 报送及时率 use onTimeByUnit (lib/metrics/on-time): it finds the figures
 * due by reporting round (错月), judges each on its first submission against the deadline of the
 * round that owes it, and takes the clock as an argument.
 */
export function onTimeRate(entries: { submittedAt: string | null; deadline: string }[], asOf?: string): number | null {
  const cutoff = asOf === undefined ? null : parseInstant(asOf);
  let due = 0;
  let onTime = 0;
  for (const e of entries) {
    const d = deadlineMs(e.deadline);
    if (d === null || (cutoff !== null && d > cutoff)) continue;
    due++;
    const s = parseInstant(e.submittedAt);
    if (s !== null && s <= d) onTime++;
  }
  return due === 0 ? null : onTime / due;
}
