/** Expected progress 应完成进度 and the 序时 line of cumulative indicators. */

import type { ExpectedSource, IndicatorInput } from './indicator-types';
import { finiteOrNull, isFiniteNumber } from './numbers';
import { requirePeriod, timeProgress } from './period';
import type { CampaignSettings } from './settings';

export interface ExpectedProgress {
  /** Fraction of the annual target expected by the period (1 = 100%), not rounded. */
  fraction: number;
  /** The same in the indicator's unit (应完成 / year-to-date ceiling); null without an annual target. */
  value: number | null;
  source: ExpectedSource;
}

/** The last finite phased target set for `period`, or null. */
export function phasedTargetOf(phasedTargets: IndicatorInput['phasedTargets'], period: string): number | null {
  let found: number | null = null;
  for (const row of Array.isArray(phasedTargets) ? phasedTargets : []) {
    if (row.period === period) found = isFiniteNumber(row.target) ? row.target : null;
  }
  return found;
}

/**
 * The 序时 line of a cumulative indicator at `period` (its data month): annual target × time
 * progress of that month, in the indicator's unit, not rounded. For a ceiling indicator this is
 * the 序时控制线. null without a finite annual target. Throws RangeError on an invalid period.
 * @example timeLineValue(1200, '2020-09', 'month') // 900
 */
export function timeLineValue(annualTarget: number | null, period: string, mode: CampaignSettings['timeProgressMode']): number | null {
  const tp = timeProgress(period, mode);
  return isFiniteNumber(annualTarget) ? finiteOrNull(annualTarget * tp) : null;
}

/**
 * Expected progress 应完成进度 of a cumulative indicator for a data month `period` ('YYYY-MM'): the
 * phased target for that month divided by the annual target where both exist (annual ≠ 0), else
 * time progress 序时 of that month (month/12, or days elapsed in 'day' mode). `value` is the
 * expected year-to-date figure in the unit (the phased target itself, or annual × time progress).
 * This is the report page's "本期应达", the evaluation's `expected`, and the 应完成 of the trend
 * panel. For a lagged indicator pass the data month the round owes (see owedDataPeriod).
 * Throws RangeError on an invalid period.
 * @example expectedProgress({ annualTarget: 12, phasedTargets: [{ period: '2020-09', target: 8 }] }, '2020-09', S)
 *          // { fraction: 0.666…, value: 8, source: 'phased' }
 */
export function expectedProgress(
  input: Pick<IndicatorInput, 'annualTarget' | 'phasedTargets'>,
  period: string,
  settings: Pick<CampaignSettings, 'timeProgressMode'>,
): ExpectedProgress {
  requirePeriod(period);
  const target = isFiniteNumber(input.annualTarget) ? input.annualTarget : null;
  const phased = phasedTargetOf(input.phasedTargets, period);
  if (phased !== null && target !== null && target !== 0) {
    const fraction = phased / target;
    if (Number.isFinite(fraction)) return { fraction, value: phased, source: 'phased' };
  }
  const fraction = timeProgress(period, settings.timeProgressMode);
  if (phased !== null && target === 0) return { fraction, value: phased, source: 'phased' };
  return { fraction, value: timeLineValue(target, period, settings.timeProgressMode), source: 'time_progress' };
}
