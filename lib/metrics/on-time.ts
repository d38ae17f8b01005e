/**
 * 报送及时率 and lateness by reporting round (错月 aware). A figure is due in the round that owes it
 * (see rounds.ts) and is judged against that round's deadline, on its FIRST submission time, so
 * a return and resubmission after the deadline does not make an on-time figure late.
 */

import type { IndicatorKind } from './indicator-types';
import { finiteOrNull } from './numbers';
import { figureDeadline, roundsDue, type OwingIndicator } from './rounds';
import { isLate, parseInstant } from './timeliness';

export interface TimelinessIndicator extends OwingIndicator {
  id: number;
  kind: IndicatorKind;
  responsibleUnitId: number | null;
}

/** A figure's first submission (entries are keyed by data month); null when never submitted. */
export interface FigureSubmission {
  indicatorId: number;
  /** The data month 'YYYY-MM'. */
  period: string;
  firstSubmittedAt: string | null;
}

export interface UnitOnTime {
  unitId: number;
  /** The reported round alone. */
  due: number;
  onTime: number;
  rate: number | null;
  /** Every round of the campaign year up to and including the reported round. */
  dueYtd: number;
  onTimeYtd: number;
  rateYtd: number | null;
}

export interface OnTimeInput {
  /** The campaign year: only figures of its months are counted. */
  year: number;
  /** The reported round 'YYYY-MM': rounds after it are left out. */
  round: string;
  /** The instant the rate is computed for (the demo clock, the bulletin's date, or now — the caller's). */
  asOf: string;
  rounds: { period: string; deadline: string }[];
  indicators: TimelinessIndicator[];
  submissions: FigureSubmission[];
}

/**
 * Whether a figure was submitted late: its first submission is after the deadline of the round
 * that owes it (see figureDeadline; a date-only deadline covers its whole day, UTC+08:00). null
 * when it cannot be judged: never submitted, no such round opened, or unreadable times.
 */
export function isFigureLate(
  ind: OwingIndicator,
  dataPeriod: string,
  firstSubmittedAt: string | null,
  rounds: { period: string; deadline: string }[],
): boolean | null {
  const deadline = figureDeadline(ind, dataPeriod, rounds);
  if (deadline === null || firstSubmittedAt === null) return null;
  if (parseInstant(firstSubmittedAt) === null || parseInstant(deadline) === null) return null;
  return isLate(firstSubmittedAt, deadline);
}

/**
 * 报送及时率 per responsible unit (unit id → figures), for the rounds of `input.rounds` up to
 * `input.round` whose deadline is at or before `asOf`:
 * - due: one per (non-milestone) indicator per such round that owes a figure of `year` (错月: a
 *   lag-L indicator owes month P − L in round P; January of a 1—2月 combined indicator is not owed);
 * - on time: first submitted at or before that round's deadline; never submitted ⇒ not on time;
 * - rate = on time / due, a fraction 0..1, not rounded; null when nothing is due.
 * A unit answers for the indicators it is responsible for; indicators without one are left out.
 * Units with nothing due are absent from the map. Rounds with an unreadable deadline are not due.
 */
export function onTimeByUnit(input: OnTimeInput): Map<number, UnitOnTime> {
  const cutoff = parseInstant(input.asOf);
  const rounds = input.rounds.filter((r) => {
    const at = parseInstant(r.deadline);
    return r.period <= input.round && at !== null && cutoff !== null && at <= cutoff;
  });
  const deadlineOf = new Map(rounds.map((r) => [r.period, r.deadline]));
  const first = new Map(input.submissions.map((s) => [`${s.indicatorId}|${s.period}`, s.firstSubmittedAt]));
  const out = new Map<number, UnitOnTime>();
  for (const ind of input.indicators) {
    if (ind.responsibleUnitId === null) continue;
    for (const { round, dataPeriod } of roundsDue(ind, [...deadlineOf.keys()], input.year)) {
      const at = first.get(`${ind.id}|${dataPeriod}`) ?? null;
      const onTime = at !== null && parseInstant(at) !== null && !isLate(at, deadlineOf.get(round)!);
      const row = out.get(ind.responsibleUnitId) ?? emptyRow(ind.responsibleUnitId);
      row.dueYtd++;
      if (onTime) row.onTimeYtd++;
      if (round === input.round) {
        row.due++;
        if (onTime) row.onTime++;
      }
      out.set(ind.responsibleUnitId, row);
    }
  }
  for (const row of out.values()) {
    row.rate = row.due ? finiteOrNull(row.onTime / row.due) : null;
    row.rateYtd = row.dueYtd ? finiteOrNull(row.onTimeYtd / row.dueYtd) : null;
  }
  return out;
}

function emptyRow(unitId: number): UnitOnTime {
  return { unitId, due: 0, onTime: 0, rate: null, dueYtd: 0, onTimeYtd: 0, rateYtd: null };
}

/** Totals over units: figures due and on time, the round and the year, with their rates. */
export function totalOnTime(rows: Iterable<UnitOnTime>): Omit<UnitOnTime, 'unitId'> {
  const t = { due: 0, onTime: 0, dueYtd: 0, onTimeYtd: 0 };
  for (const r of rows) {
    t.due += r.due;
    t.onTime += r.onTime;
    t.dueYtd += r.dueYtd;
    t.onTimeYtd += r.onTimeYtd;
  }
  return { ...t, rate: t.due ? t.onTime / t.due : null, rateYtd: t.dueYtd ? t.onTimeYtd / t.dueYtd : null };
}
