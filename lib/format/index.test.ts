import { describe, expect, it } from 'vitest';
import * as fmt from './index';

const FORBIDDEN = /NaN|Infinity|undefined|null/;
const NASTY = [null, undefined, Number.NaN, Infinity, -Infinity, -0, 0, 1e21, -1e-9, 0.15];

describe('index re-exports', () => {
  it('exposes the whole public API', () => {
    for (const name of [
      'formatNumber',
      'formatWan',
      'formatYi',
      'formatMoney',
      'formatValue',
      'formatPercent',
      'formatPp',
      'describeGapPp',
      'describeProgressGap',
      'formatDateZh',
      'formatPeriodZh',
      'formatPeriodRangeZh',
      'formatBeijingTime',
      'formatBeijingTimeShort',
      'formatMovement',
      'movementArrow',
      'formatRank',
      'formatYiAmount',
      'formatAmount',
      'percentNumber',
      'formatGap',
      'describeGap',
      'describeGroupProgress',
      'groupCompletionLabel',
      'formatProgressFigure',
      'formatOutlook',
      'completenessNote',
      'completenessText',
    ] as const) {
      expect(typeof fmt[name]).toBe('function');
    }
    expect(fmt.STATUS_LABELS).toBeDefined();
    expect(fmt.STATUS_ICONS).toBeDefined();
    expect(fmt.ENTRY_STATUS_LABELS).toBeDefined();
    expect(fmt.KIND_LABELS).toBeDefined();
    expect(fmt.DIRECTION_LABELS).toBeDefined();
    expect(fmt.DASH).toBe('—');
  });

  it('never emits NaN / Infinity / undefined / null or negative zero', () => {
    const numeric = [
      fmt.formatNumber,
      fmt.formatWan,
      fmt.formatYi,
      fmt.formatMoney,
      fmt.formatPercent,
      fmt.formatPp,
      fmt.describeGapPp,
      fmt.describeProgressGap,
      fmt.formatMovement,
      fmt.movementArrow,
      fmt.formatRank,
      (v: number | null | undefined) => fmt.formatValue(v, '个'),
      (v: number | null | undefined) => fmt.formatValue(v, '%'),
      fmt.formatYiAmount,
      (v: number | null | undefined) => fmt.formatAmount(v, '万元'),
      (v: number | null | undefined) => fmt.formatAmount(v, '亿元'),
      (v: number | null | undefined) => String(fmt.percentNumber(v) ?? '—'),
    ];
    for (const f of numeric) {
      for (const v of NASTY) {
        const out = f(v);
        expect(out).not.toMatch(FORBIDDEN);
        expect(out).not.toMatch(/^-0(\.0*)?(\D|$)/);
      }
    }
    for (const f of [fmt.formatDateZh, fmt.formatBeijingTime, fmt.formatBeijingTimeShort, fmt.formatPeriodZh]) {
      for (const v of [null, undefined, '', 'NaN', 'null', new Date(Number.NaN)]) {
        expect(f(v as never)).toBe('—');
      }
    }
  });
});
