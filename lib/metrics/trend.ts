/** The lines of an indicator's trend panel over its year: the reference (序时) line and the projection. */

import { timeLineValue } from './expected';
import type { IndicatorEvaluation, IndicatorInput } from './indicator-types';
import { finiteOrNull, isFiniteNumber } from './numbers';
import { parsePeriod, periodKey } from './period';
import type { CampaignSettings } from './settings';

export interface TrendPoint {
  period: string;
  month: number;
  /**
   * Cumulative: the 序时 line, annual target × time progress of the month (for a ceiling, the
   * 序时控制线); level: the annual target; rank: the target rank; null without a target.
   */
  reference: number | null;
  /** Cumulative, from the effective month on: the straight line actual / effMonth × month. */
  projection: number | null;
}

/**
 * The projection line at `month` (1..12): actual / effective month × month, for cumulative
 * indicators and months at or after the effective month; null otherwise (no data, other kinds).
 * At December it equals the evaluation's `projection`.
 */
export function projectionAt(e: IndicatorEvaluation, month: number): number | null {
  const eff = e.effectivePeriod === null ? null : parsePeriod(e.effectivePeriod);
  if (e.kind !== 'cumulative' || eff === null || !isFiniteNumber(e.actual) || month < eff.month) return null;
  return finiteOrNull((e.actual / eff.month) * month);
}

/**
 * Twelve points of the evaluation's year (the selected period's year) for the trend panel: the
 * reference line and the projection line (see {@link TrendPoint}). Values in the unit, not rounded.
 */
export function trendLines(
  input: Pick<IndicatorInput, 'kind' | 'annualTarget' | 'targetRank'>,
  e: IndicatorEvaluation,
  settings: Pick<CampaignSettings, 'timeProgressMode'>,
): TrendPoint[] {
  const year = parsePeriod(e.period)?.year ?? 2000;
  return Array.from({ length: 12 }, (_, k) => {
    const period = periodKey(year, k + 1);
    let reference: number | null = null;
    if (input.kind === 'cumulative') reference = timeLineValue(input.annualTarget, period, settings.timeProgressMode);
    else if (input.kind === 'level') reference = isFiniteNumber(input.annualTarget) ? input.annualTarget : null;
    else if (input.kind === 'rank') reference = isFiniteNumber(input.targetRank) ? input.targetRank : null;
    return { period, month: k + 1, reference, projection: projectionAt(e, k + 1) };
  });
}
