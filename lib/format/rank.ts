/**
 * Rankings and rank movements. Positive delta = moved up (better). null/non-finite → '—'
 * (or '' for the arrow). Deltas are rounded half-up to whole places first.
 */
import { DASH, isFiniteNumber, roundHalfUp } from './decimal';

/** Rounds a finite delta half away from zero to an integer (never -0). */
function wholePlaces(delta: number): number {
  const r = roundHalfUp(delta, 0);
  return r.isZero ? 0 : (r.negative ? -1 : 1) * Number(r.int);
}

/**
 * Describes a change in rank in whole places (half-up rounded): positive = up.
 * @example formatMovement(2) // '上升2位'
 * @example formatMovement(-1) // '下降1位'
 * @example formatMovement(0) // '持平'
 */
export function formatMovement(delta: number | null | undefined): string {
  if (!isFiniteNumber(delta)) return DASH;
  const n = wholePlaces(delta);
  if (n === 0) return '持平';
  return n > 0 ? `上升${n}位` : `下降${-n}位`;
}

/**
 * Arrow for a rank change (half-up rounded to whole places): '▲' up, '▼' down, '–' (en dash)
 * unchanged, '' when missing or non-finite.
 */
export function movementArrow(delta: number | null | undefined): '▲' | '▼' | '–' | '' {
  if (!isFiniteNumber(delta)) return '';
  const n = wholePlaces(delta);
  if (n === 0) return '–';
  return n > 0 ? '▲' : '▼';
}

/**
 * Formats a 1-based rank as '第N名', or '第N名/T' when a valid `total` (integer ≥ 1) is given.
 * Ranks that are not integers ≥ 1 → '—'; an invalid total is ignored.
 * @example formatRank(3) // '第3名'
 * @example formatRank(3, 6) // '第3名/6'
 */
export function formatRank(rank: number | null | undefined, total?: number): string {
  if (!isFiniteNumber(rank) || !Number.isInteger(rank) || rank < 1) return DASH;
  const validTotal = isFiniteNumber(total) && Number.isInteger(total) && total >= 1;
  return validTotal ? `第${rank}名/${total}` : `第${rank}名`;
}
