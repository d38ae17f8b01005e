/**
 * 错月 by reporting round. A reporting round is a period 'YYYY-MM' opened for reporting, with a
 * deadline. An indicator with a lag of L months owes, in round P, the figure of data month P − L;
 * entries are stored under their data month. What is due, late, locked, previewed and counted
 * for 报送及时率 follows the round in which a figure is owed. Pure: no wall clock.
 */

import type { IndicatorKind } from './indicator-types';
import { isFiniteNumber } from './numbers';
import { parsePeriod, shiftPeriod } from './period';

/** The fields of an indicator that decide what it owes. */
export interface OwingIndicator {
  kind: IndicatorKind;
  lagMonths: number;
  combinedJanFeb: boolean;
}

/** A usable lag: a whole number of months ≥ 0 (negative, fractional or non-finite ⇒ floored / 0). */
export function lagOf(lagMonths: number): number {
  return isFiniteNumber(lagMonths) && lagMonths > 0 ? Math.min(Math.floor(lagMonths), 1200) : 0;
}

/**
 * The data month whose figure the indicator owes in reporting round `round`: round − lag,
 * crossing years (lag 1: round '2021-01' owes '2020-12'). null when nothing is owed: milestones
 * (dated steps, not monthly figures), January of a 1—2月 combined indicator (reported with
 * February), an unreadable round, or a data month outside 2000..2100.
 */
export function owedDataPeriod(ind: OwingIndicator, round: string): string | null {
  if (ind.kind === 'milestone' || parsePeriod(round) === null) return null;
  const data = shiftPeriod(round, -lagOf(ind.lagMonths));
  if (parsePeriod(data) === null) return null;
  if (ind.combinedJanFeb === true && data.endsWith('-01')) return null;
  return data;
}

/**
 * The reporting round in which the figure of data month `dataPeriod` is owed: dataPeriod + lag
 * (lag 1: '2020-12' is owed in round '2021-01'). Its deadline is the deadline for that figure,
 * its lock locks that figure, and its 待办 lists it. null when the figure is never owed (see
 * {@link owedDataPeriod}) or the month is unreadable.
 */
export function roundOwing(ind: OwingIndicator, dataPeriod: string): string | null {
  if (ind.kind === 'milestone' || parsePeriod(dataPeriod) === null) return null;
  if (ind.combinedJanFeb === true && dataPeriod.endsWith('-01')) return null;
  const round = shiftPeriod(dataPeriod, lagOf(ind.lagMonths));
  return parsePeriod(round) === null ? null : round;
}

/** True when `dataPeriod` lies in the campaign year `year`. */
function inYear(dataPeriod: string, year: number): boolean {
  return parsePeriod(dataPeriod)?.year === year;
}

/**
 * The rounds (of those given, in their order) in which the indicator owes a figure of the
 * campaign year `year`, each with the data month owed. A round whose owed month falls in another
 * year owes nothing to this campaign (lag 1: round 2020-01 would owe 2019-12, so it owes nothing;
 * December 2020 is owed in round 2021-01 when the campaign opens that round).
 */
export function roundsDue(ind: OwingIndicator, rounds: string[], year: number): { round: string; dataPeriod: string }[] {
  const out: { round: string; dataPeriod: string }[] = [];
  for (const round of rounds) {
    const dataPeriod = owedDataPeriod(ind, round);
    if (dataPeriod !== null && inYear(dataPeriod, year)) out.push({ round, dataPeriod });
  }
  return out;
}

/**
 * What the given indicators owe in `round` for campaign year `year`: one row per indicator that
 * owes a figure, in input order, with its data month. Used for the 待办, the completeness of a
 * round and the 报送及时率.
 */
export function dueInRound<T extends OwingIndicator & { id: number }>(
  indicators: T[],
  round: string,
  year: number,
): { indicator: T; indicatorId: number; dataPeriod: string }[] {
  const out: { indicator: T; indicatorId: number; dataPeriod: string }[] = [];
  for (const indicator of indicators) {
    const dataPeriod = owedDataPeriod(indicator, round);
    if (dataPeriod !== null && inYear(dataPeriod, year)) out.push({ indicator, indicatorId: indicator.id, dataPeriod });
  }
  return out;
}

/**
 * The deadline for the figure of `dataPeriod`: the deadline of the round that owes it (see
 * {@link roundOwing}), looked up in `rounds`; null when that round is not opened or nothing is owed.
 */
export function figureDeadline(ind: OwingIndicator, dataPeriod: string, rounds: { period: string; deadline: string }[]): string | null {
  const round = roundOwing(ind, dataPeriod);
  if (round === null) return null;
  return rounds.find((r) => r.period === round)?.deadline ?? null;
}
