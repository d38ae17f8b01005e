import { describe, expect, it } from 'vitest';
import { emptyEvaluation, type IndicatorEvaluation } from '@/lib/metrics';
import { actualCell, figureCell, gapCell, targetCell } from './indicator-cells';
import { cellText } from './table';
import { fixtureData } from './test-fixtures';

function ev(over: Partial<IndicatorEvaluation>): IndicatorEvaluation {
  return { ...emptyEvaluation({ kind: 'cumulative', direction: 'higher', unit: '万元' }, '2020-09', '2020-09', 'no_data', 0), ...over };
}

const cumulative = { kind: 'cumulative' as const, unit: '万元', annualTarget: 12000, targetRank: null };
const evaluationOf = (id: number) => fixtureData('2020-09').snapshot.indicators.find((i) => i.id === id)!.evaluation;

describe('indicator cells', () => {
  it('describes targets by kind, amounts as officials read them', () => {
    expect(cellText(targetCell(cumulative))).toBe('1.2亿元');
    expect(cellText(targetCell(cumulative, 'typed'))).toBe('12,000.0万元');
    expect(cellText(targetCell({ kind: 'rank', unit: '名', annualTarget: null, targetRank: 3 }))).toBe('全市前3');
    expect(
      cellText(targetCell({ kind: 'milestone', unit: '项', annualTarget: null, targetRank: null, steps: { total: 4, done: 2 } })),
    ).toBe('4个节点');
  });

  it('shows the approved actual, else the submitted one marked 待审核', () => {
    expect(cellText(actualCell(cumulative, ev({ actual: 9000 }), null))).toBe('9,000.0万元');
    expect(cellText(actualCell(cumulative, ev({ actual: 1541800 }), null))).toBe('154.2亿元');
    expect(cellText(actualCell(cumulative, ev({}), 8800))).toBe('8,800.0万元（待审核）');
    expect(cellText(actualCell(cumulative, ev({}), null))).toBe('—');
    const rank = { kind: 'rank' as const, unit: '名', annualTarget: null, targetRank: 3 };
    expect(cellText(actualCell(rank, ev({ actual: 2 }), null))).toBe('第2名');
    expect(cellText(actualCell(rank, ev({}), 4))).toBe('第4名（待审核）');
  });

  it('words the headline figure of each basis, never a ceiling as a completion', () => {
    expect(cellText(figureCell(evaluationOf(197)))).toBe('已用控制线75.0%');
    expect(cellText(figureCell(evaluationOf(68)))).toBe('零容忍控制线，已发生1处');
    expect(cellText(figureCell(evaluationOf(300)))).toBe('完成率54.0%');
    expect(cellText(figureCell(evaluationOf(169)))).toBe('—');
  });

  it('words gaps as facts, then the judgement', () => {
    expect(cellText(gapCell(evaluationOf(197)))).toBe('超出阶段控制线1起（严重滞后）');
    expect(cellText(gapCell(evaluationOf(169)))).toBe('低于目标0.8个百分点（越低越好，达标）');
    expect(cellText(gapCell(evaluationOf(68)))).toBe('发生1处（零容忍，未达标）');
    expect(cellText(gapCell(evaluationOf(300)))).toBe('慢于序时21.0个百分点（严重滞后）');
    expect(cellText(gapCell(ev({})))).toBe('—');
  });
});
