/**
 * What a reporting round still needs from a unit or a task force (the 待办), and how complete a
 * round is. Both follow 错月: a lagged indicator's figure is listed in the round that owes it.
 */

import { isFiniteNumber } from './numbers';
import { dueInRound, type OwingIndicator } from './rounds';
import { isLate } from './timeliness';

/** Entry rows as loaded (keyed by data month), any workflow status. */
export interface RoundEntry {
  indicatorId: number;
  period: string;
  status: string;
}

export interface RoundTodo {
  round: string;
  deadline: string;
  /** Figures owed in the round by the given indicators. */
  total: number;
  /** Owed figures not yet submitted: no entry, a draft, or returned for correction. */
  missing: number;
  /** Of the missing, those returned by a reviewer. */
  returned: number;
  /** `now` is after the deadline (a date-only deadline covers its whole day, UTC+08:00). */
  pastDeadline: boolean;
  /** Past the deadline with figures still missing. */
  overdue: boolean;
}

function latestStatus(entries: RoundEntry[]): Map<string, string> {
  return new Map(entries.map((e) => [`${e.indicatorId}|${e.period}`, e.status]));
}

/**
 * The 待办 of one reporting round for the given indicators (those of a lead's task forces, or a
 * unit's): what is owed (see dueInRound: round − lag, figures of campaign year `year`), what is
 * still missing, what was returned, and whether the deadline has passed at `now` (an argument:
 * the wall clock or the demo clock, never read here).
 */
export function roundTodo(args: {
  round: { period: string; deadline: string };
  year: number;
  indicators: (OwingIndicator & { id: number })[];
  entries: RoundEntry[];
  now: string;
}): RoundTodo {
  const status = latestStatus(args.entries);
  let missing = 0;
  let returned = 0;
  const due = dueInRound(args.indicators, args.round.period, args.year);
  for (const d of due) {
    const s = status.get(`${d.indicatorId}|${d.dataPeriod}`);
    if (s === undefined || s === 'draft' || s === 'returned') missing++;
    if (s === 'returned') returned++;
  }
  const pastDeadline = isLate(args.now, args.round.deadline);
  return {
    round: args.round.period,
    deadline: args.round.deadline,
    total: due.length,
    missing,
    returned,
    pastDeadline,
    overdue: pastDeadline && missing > 0,
  };
}

/** Share of owed figures that must be in (submitted or approved) for a round to be ranked without a caveat. */
export const RANKABLE_SHARE = 0.9;

export interface RoundCompleteness {
  round: string;
  /** Figures owed in the round (non-milestone indicators whose owed month is in the campaign year). */
  due: number;
  /** Owed figures submitted or approved (已报送). */
  submitted: number;
  /** Owed figures approved (what the rankings use). */
  approved: number;
  /** submitted / due, a fraction, not rounded; null when nothing is owed. */
  share: number | null;
  /** share ≥ rankableShare (or nothing owed): ranks need no "仅供参考" caveat. */
  complete: boolean;
}

/**
 * How much of a round is in ("已报送26/190项"), and whether it is complete enough to be ranked
 * without a caveat: at least `rankableShare` (default {@link RANKABLE_SHARE}, 90 %) of the figures
 * owed have been submitted or approved. A round that owes nothing is complete. The demo's
 * 2020年9月 (the meeting's round) is complete; an open 2020年10月 with a few figures in is not.
 */
export function roundCompleteness(
  args: { round: string; year: number; indicators: (OwingIndicator & { id: number })[]; entries: RoundEntry[] },
  rankableShare = RANKABLE_SHARE,
): RoundCompleteness {
  const status = latestStatus(args.entries);
  const due = dueInRound(args.indicators, args.round, args.year);
  let submitted = 0;
  let approved = 0;
  for (const d of due) {
    const s = status.get(`${d.indicatorId}|${d.dataPeriod}`);
    if (s === 'submitted' || s === 'approved') submitted++;
    if (s === 'approved') approved++;
  }
  const share = due.length ? submitted / due.length : null;
  const threshold = isFiniteNumber(rankableShare) ? rankableShare : RANKABLE_SHARE;
  return { round: args.round, due: due.length, submitted, approved, share, complete: share === null || share >= threshold };
}
