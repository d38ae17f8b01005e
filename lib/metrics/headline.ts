/** The headline counts of a period: indicators by status and the district's standing among the counties. */

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

/**
 * The one rule for the headline counts of the overview, the deck, the PPTX and the 通报:
 * statuses folded (done → ahead, overdue → lagging, not_due left out), pending counted among the
 * judged; the county standing by thirds of the counties compared (top third / bottom third — the
 * 弱项 rule; with the prefecture's six counties that is 前两名 / 后两名), and the moves.
 */
export function headlineFigures(results: IndicatorResult[]): { counts: HeadlineCounts; county: CountyStanding } {
  const counts: HeadlineCounts = { ahead: 0, behind: 0, lagging: 0, noData: 0, pending: 0, total: 0 };
  for (const r of results) {
    const s = r.evaluation.status;
    if (s === 'not_due') continue;
    counts.total++;
    if (s === 'ahead' || s === 'done') counts.ahead++;
    else if (s === 'behind') counts.behind++;
    else if (s === 'lagging' || s === 'overdue') counts.lagging++;
    else counts.noData++;
    if (r.pending) counts.pending++;
  }
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
