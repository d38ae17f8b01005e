/** The headline counts of a period: indicators by status and the district's standing among the counties. */

import { countStatuses, type StatusCounts } from './aggregate';
import type { IndicatorResult } from './snapshot';
import { isFiniteNumber } from './numbers';
import { isBottomThird } from './ranking';

export interface HeadlineCounts {
  /** 达到序时 (milestones done count here). */
  ahead: number;
  /** 略滞后. */
  behind: number;
  /** 严重滞后 (overdue milestones count here). */
  lagging: number;
  /** 未报送. */
  noData: number;
  /** Judged this period with a submitted value awaiting approval (待审核). */
  pending: number;
  /** Indicators judged this period (not_due left out). */
  total: number;
}

export interface CountyStanding {
  /** Indicators with a county rank this period. */
  compared: number;
  /** Ranked in the top third of the counties (6 counties: 1st and 2nd). */
  top: number;
  /** Ranked in the bottom third (6 counties: 5th and 6th), as for 弱项. */
  bottom: number;
  /** County rank moved up / down since the previous period (only where a previous rank exists). */
  up: number;
  down: number;
}

/**
 * True when `rank` is in the top third of `total`: rank ≤ floor(total / 3) — the mirror of
 * isBottomThird (6 counties ⇒ ranks 1 and 2; 3 ⇒ rank 1; 1 or 2 ⇒ never). Ties share a rank, so
 * two counties tied 2nd of 6 are both in it.
 */
export function isTopThird(rank: number | null, total: number): boolean {
  if (!isFiniteNumber(rank) || !isFiniteNumber(total) || total <= 0) return false;
  return rank >= 1 && rank <= Math.floor(total / 3);
}

/** Indicators by status as headlines show them (see {@link foldStatusCounts}). */
export type FoldedCounts = Omit<HeadlineCounts, 'pending'>;

/**
 * The one fold of statuses for headlines and group counts: milestones done count as 达到序时
 * (ahead), overdue ones as 严重滞后 (lagging); not_due is left out of every count and of the total.
 * @example foldStatusCounts({ ahead: 2, done: 1, behind: 1, lagging: 0, overdue: 1, no_data: 3, not_due: 4 })
 *          // { ahead: 3, behind: 1, lagging: 1, noData: 3, total: 8 }
 */
export function foldStatusCounts(c: StatusCounts): FoldedCounts {
  const ahead = c.ahead + c.done;
  const lagging = c.lagging + c.overdue;
  return { ahead, behind: c.behind, lagging, noData: c.no_data, total: ahead + c.behind + lagging + c.no_data };
}

/**
 * The one rule for the headline counts of the overview, the deck, the PPTX and the 通报:
 * statuses folded by {@link foldStatusCounts}, pending counted among the judged; the county
 * standing by thirds of the counties compared (top third / bottom third — the 弱项 rule; with the
 * prefecture's six counties that is 前两名 / 后两名), and the moves.
 */
export function headlineFigures(results: IndicatorResult[]): { counts: HeadlineCounts; county: CountyStanding } {
  const judged = results.filter((r) => r.evaluation.status !== 'not_due');
  const counts: HeadlineCounts = {
    ...foldStatusCounts(countStatuses(judged.map((r) => r.evaluation.status))),
    pending: judged.filter((r) => r.pending).length,
  };
  const compared = results.filter((r) => r.countyRank !== null && r.countyTotal > 0);
  return {
    counts,
    county: {
      compared: compared.length,
      top: compared.filter((r) => isTopThird(r.countyRank, r.countyTotal)).length,
      bottom: compared.filter((r) => isBottomThird(r.countyRank, r.countyTotal)).length,
      up: compared.filter((r) => (r.countyMovement ?? 0) > 0).length,
      down: compared.filter((r) => (r.countyMovement ?? 0) < 0).length,
    },
  };
}
