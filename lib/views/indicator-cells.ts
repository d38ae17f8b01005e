/**
 * Cells describing an indicator's target, actual and gap in words, shared by every table that
 * lists indicators (task force, weak items, search, exports). Pure.
 */
import { isPercentUnit, type IndicatorEvaluation, type IndicatorKind } from '@/lib/metrics';
import { describeGapPp, describeProgressGap, formatNumber, formatRank, KIND_LABELS } from '@/lib/format';
import { text, value, type Cell } from './table';

export interface IndicatorFacts {
  kind: IndicatorKind;
  unit: string;
  annualTarget: number | null;
  targetRank: number | null;
  /** Milestone steps: how many, and how many done by the period end. */
  steps?: { total: number; done: number };
}

export function kindCell(kind: IndicatorKind): Cell {
  return text(KIND_LABELS[kind]);
}

/** 年度目标: the figure in its unit; 全市前N for rank indicators; N个节点 for milestones. */
export function targetCell(f: IndicatorFacts): Cell {
  if (f.kind === 'rank') return text(f.targetRank ? `全市前${f.targetRank}` : null);
  if (f.kind === 'milestone') return text(f.steps ? `${f.steps.total}个节点` : null);
  return value(f.annualTarget, f.unit);
}

/**
 * 本期实际: the approved figure; when there is none but a submitted one awaits approval, that one
 * marked 待审核. Rank indicators show 第N名; milestones 已完成 d/N.
 */
export function actualCell(f: IndicatorFacts, evaluation: IndicatorEvaluation, pendingValue: number | null): Cell {
  if (f.kind === 'milestone') return text(f.steps ? `已完成${f.steps.done}/${f.steps.total}` : null);
  if (evaluation.actual === null && pendingValue !== null) {
    return f.kind === 'rank' ? text(`${formatRank(pendingValue)}（待审核）`) : value(pendingValue, f.unit, true);
  }
  if (f.kind === 'rank') return text(formatRank(evaluation.actual));
  return value(evaluation.actual, f.unit);
}

/**
 * The gap in words: cumulative against 序时 (快于/慢于序时 x 个百分点), level against the target
 * (高于/低于目标 x 个百分点; for non-percent units x is % of the target), rank in places.
 */
export function gapText(kind: IndicatorKind, unit: string, evaluation: IndicatorEvaluation): string {
  const gap = evaluation.gapPp;
  if (gap === null) return '—';
  if (kind === 'cumulative') return describeProgressGap(gap);
  if (kind === 'level' && isPercentUnit(unit)) return describeGapPp(gap);
  if (kind === 'level') {
    const shown = formatNumber(Math.abs(gap));
    return shown === '0.0' ? '与目标持平' : `${gap > 0 ? '优于' : '差于'}目标${shown}%`;
  }
  if (kind === 'rank') return gap >= 0 ? (gap === 0 ? '达到目标名次' : `优于目标${gap}位`) : `落后目标${-gap}位`;
  return '—';
}

export function gapCell(f: IndicatorFacts, evaluation: IndicatorEvaluation): Cell {
  return text(gapText(f.kind, f.unit, evaluation));
}
