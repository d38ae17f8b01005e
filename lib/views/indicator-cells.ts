/**
 * Cells describing an indicator's target, actual, headline figure and gap, shared by every table
 * that lists indicators (task force, weak items, exports) and the indicator page. Pure; the
 * figures come from lib/metrics and their words from lib/format.
 */
import type { Indicator } from '@/db/schema';
import { progressFigure, type IndicatorEvaluation } from '@/lib/metrics';
import { describeGap, formatProgressFigure, formatRank, KIND_LABELS } from '@/lib/format';
import { amount, text, value, type Cell } from './table';

export interface IndicatorFacts {
  kind: Indicator['kind'];
  unit: string;
  annualTarget: number | null;
  targetRank: number | null;
  /** Milestone steps: how many, and how many done by the period end. */
  steps?: { total: number; done: number };
}

export function kindCell(kind: Indicator['kind']): Cell {
  return text(KIND_LABELS[kind]);
}

/**
 * 年度目标 (the 控制线 of a ceiling): the figure in its unit — as officials read it, or `as: 'typed'`
 * exactly as entered (the reporting template); 全市前N for rank indicators; N个节点 for milestones.
 */
export function targetCell(f: IndicatorFacts, as: 'amount' | 'typed' = 'amount'): Cell {
  if (f.kind === 'rank') return text(f.targetRank ? `全市前${f.targetRank}` : null);
  if (f.kind === 'milestone') return text(f.steps ? `${f.steps.total}个节点` : null);
  return as === 'typed' ? value(f.annualTarget, f.unit) : amount(f.annualTarget, f.unit);
}

/**
 * 本期实际: the approved figure; when there is none but a submitted one awaits approval, that one
 * marked 待审核. Rank indicators show 第N名; milestones 已完成 d/N.
 */
export function actualCell(f: IndicatorFacts, evaluation: IndicatorEvaluation, pendingValue: number | null): Cell {
  if (f.kind === 'milestone') return text(f.steps ? `已完成${f.steps.done}/${f.steps.total}` : null);
  if (evaluation.actual === null && pendingValue !== null) {
    return f.kind === 'rank' ? text(`${formatRank(pendingValue)}（待审核）`) : amount(pendingValue, f.unit, true);
  }
  if (f.kind === 'rank') return text(formatRank(evaluation.actual));
  return amount(evaluation.actual, f.unit);
}

/**
 * The headline figure in words — 完成率75.0% / 已用控制线75.0% / 零容忍控制线，已发生1处 /
 * 已完成节点3/5 — or '—' (level and rank indicators, no data): formatProgressFigure(progressFigure(e)).
 */
export function figureCell(evaluation: IndicatorEvaluation): Cell {
  return text(formatProgressFigure(progressFigure(evaluation), evaluation.unit)?.text ?? null);
}

/** The gap in words, fact then judgement (describeGap): '低于目标0.8个百分点（越低越好，达标）'. */
export function gapCell(evaluation: IndicatorEvaluation): Cell {
  return text(describeGap(evaluation));
}
