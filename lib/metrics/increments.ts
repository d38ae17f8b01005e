/** Monthly increments of a cumulative (1—N月 year-to-date) series. */

import { finiteOrNull, isFiniteNumber } from './numbers';

/**
 * This month's increment 本月增量 of each month of a cumulative series (`values[k]` = the 1—(k+1)月
 * figure, null when missing or not yet due): the first month's figure itself (January, or
 * February for a 1—2月 combined indicator, whose January is not reported), else the figure minus
 * the previous month's; null where either is missing. Not rounded.
 * @example monthlyIncrements([100, 250, null, 400], false) // [100, 150, null, null]
 * @example monthlyIncrements([null, 250, 300], true) // [null, 250, 50]
 */
export function monthlyIncrements(values: (number | null)[], combinedJanFeb: boolean): (number | null)[] {
  return values.map((v, k) => {
    if (!isFiniteNumber(v)) return null;
    const first = k === 0 || (combinedJanFeb && k === 1);
    if (first) return v;
    const prev = values[k - 1];
    return isFiniteNumber(prev) ? finiteOrNull(v - prev) : null;
  });
}
