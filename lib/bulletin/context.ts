/** Shared lookups of one bulletin's generation. */
import { indexSource, type DeckIndex } from '@/lib/deck/source';
import { formatPercent, formatPeriodRangeZh, formatPeriodZh } from '@/lib/format';
import type { BulletinInput, BulletinStructure } from './types';

export interface BulletinContext {
  input: BulletinInput;
  idx: DeckIndex;
  indicator: Map<number, BulletinStructure['indicators'][number]>;
  /** 2020年9月 */
  periodLabel: string;
  /** 2020年1—9月 */
  rangeLabel: string;
}

export function bulletinContext(input: BulletinInput): BulletinContext {
  const idx = indexSource({
    campaign: input.campaign,
    settings: input.settings,
    demo: input.demo,
    snapshot: input.snapshot,
    structure: input.structure,
  });
  return {
    input,
    idx,
    indicator: new Map(input.structure.indicators.map((i) => [i.id, i])),
    periodLabel: formatPeriodZh(input.period),
    rangeLabel: `${input.period.slice(0, 4)}年${formatPeriodRangeZh(input.period)}`,
  };
}

/** "A、B和C" */
export function joinZh(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}

/** Share as "，占xx.x%" of a total (lib/format formatPercent: half up to 0.1), or '' when the total is 0. */
export function shareOf(n: number, total: number): string {
  return total > 0 ? `，占${formatPercent(n / total)}` : '';
}
