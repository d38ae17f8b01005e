/** The live preview of an entry being typed: the status it would get in the round that owes it. */

import { evaluateIndicator } from './indicator';
import type { IndicatorEvaluation, IndicatorInput } from './indicator-types';
import { roundOwing } from './rounds';
import type { CampaignSettings } from './settings';

/**
 * Evaluates the figure of data month `dataPeriod` as typed (`value`) together with the approved
 * `history` of the year, as it will be judged in the round that owes it (错月: round = data month
 * + lag). The result is the evaluation that round will show for this figure (its effectivePeriod
 * is `dataPeriod`; `period` is the owing round, or the data month when nothing owes it). A history
 * value for the same month is replaced by the typed one. Throws RangeError on an invalid period.
 */
export function previewEntry(args: {
  input: Omit<IndicatorInput, 'values'>;
  dataPeriod: string;
  value: number | null;
  history: { period: string; value: number | null }[];
  settings: CampaignSettings;
}): IndicatorEvaluation {
  const values = [...args.history.filter((h) => h.period !== args.dataPeriod), { period: args.dataPeriod, value: args.value }];
  const e = evaluateIndicator({ ...args.input, lagMonths: 0, values }, args.dataPeriod, args.settings);
  return { ...e, period: roundOwing(args.input, args.dataPeriod) ?? args.dataPeriod };
}
