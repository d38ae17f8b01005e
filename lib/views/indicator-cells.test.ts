import { describe, expect, it } from 'vitest';
import { emptyEvaluation, type IndicatorEvaluation } from '@/lib/metrics';
import { actualCell, gapText, targetCell } from './indicator-cells';
import { cellText } from './table';

function ev(over: Partial<IndicatorEvaluation>): IndicatorEvaluation {
  return { ...emptyEvaluation({ kind: 'cumulative', direction: 'higher', unit: '万元' }, '2020-09', '2020-09', 'no_data', 0), ...over };
}

const cumulative = { kind: 'cumulative' as const, unit: '万元', annualTarget: 12000, targetRank: null };

describe('indicator cells', () => {
  it('describes targets by kind', () => {
    expect(cellText(targetCell(cumulative))).toBe('12,000.0万元');
    expect(cellText(targetCell({ kind: 'rank', unit: '名', annualTarget: null, targetRank: 3 }))).toBe('全市前3');
    expect(
      cellText(targetCell({ kind: 'milestone', unit: '项', annualTarget: null, targetRank: null, steps: { total: 4, done: 2 } })),
    ).toBe('4个节点');
  });

  it('shows the approved actual, else the submitted one marked 待审核', () => {
    expect(cellText(actualCell(cumulative, ev({ actual: 9000 }), null))).toBe('9,000.0万元');
    expect(cellText(actualCell(cumulative, ev({}), 8800))).toBe('8,800.0万元（待审核）');
    expect(cellText(actualCell(cumulative, ev({}), null))).toBe('—');
    const rank = { kind: 'rank' as const, unit: '名', annualTarget: null, targetRank: 3 };
    expect(cellText(actualCell(rank, ev({ actual: 2 }), null))).toBe('第2名');
    expect(cellText(actualCell(rank, ev({}), 4))).toBe('第4名（待审核）');
  });

  it('words gaps by kind', () => {
    expect(gapText('cumulative', '万元', ev({ gapPp: 3.25 }))).toBe('快于序时3.3个百分点');
    expect(gapText('cumulative', '万元', ev({ gapPp: -4 }))).toBe('慢于序时4.0个百分点');
    expect(gapText('level', '%', ev({ gapPp: 0.7 }))).toBe('高于目标0.7个百分点');
    expect(gapText('level', '元/公斤', ev({ gapPp: -12.5 }))).toBe('差于目标12.5%');
    expect(gapText('level', '元/公斤', ev({ gapPp: 0.01 }))).toBe('与目标持平');
    expect(gapText('rank', '名', ev({ gapPp: -2 }))).toBe('落后目标2位');
    expect(gapText('rank', '名', ev({ gapPp: 0 }))).toBe('达到目标名次');
    expect(gapText('rank', '名', ev({ gapPp: 1 }))).toBe('优于目标1位');
    expect(gapText('milestone', '项', ev({ gapPp: null }))).toBe('—');
  });
});
