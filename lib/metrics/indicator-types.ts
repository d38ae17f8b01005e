/** Types of indicator evaluation; re-exported from './indicator'. */

export type IndicatorKind = 'cumulative' | 'level' | 'milestone' | 'rank';
export type Direction = 'higher' | 'lower';
export type Status = 'ahead' | 'behind' | 'lagging' | 'no_data' | 'done' | 'overdue' | 'not_due';

export interface MilestoneStep {
  /** 'YYYY-MM-DD' (only the first 10 characters of an ISO string are read). */
  plannedDate: string;
  /** 'YYYY-MM-DD' or null when not done. */
  doneDate: string | null;
}

export interface IndicatorInput {
  kind: IndicatorKind;
  direction: Direction;
  unit: string;
  /** Annual target 年度目标 (cumulative and level). */
  annualTarget: number | null;
  /** Target county rank (rank kind), e.g. 3 for 全市前3. */
  targetRank: number | null;
  /** 错月: the indicator is judged on the data of period − lagMonths. */
  lagMonths: number;
  /** January is reported together with February (1—2月合并). */
  combinedJanFeb: boolean;
  /** 阶段性目标 (cumulative values for cumulative indicators). */
  phasedTargets: { period: string; target: number }[];
  /** The values to judge on (approved ones, chosen by the caller); cumulative = 1—N月 year-to-date. */
  values: { period: string; value: number | null }[];
  /** Milestone kind only. */
  steps?: MilestoneStep[];
}

export interface IndicatorEvaluation {
  period: string;
  effectivePeriod: string | null;
  expected: number | null;
  actual: number | null;
  completion: number | null;
  gapPp: number | null;
  status: Status;
  score: number | null;
  projection: number | null;
  projectionCompletion: number | null;
  requiredMonthly: number | null;
}

/** Evaluation with every derived field null, for the given status. */
export function emptyEvaluation(period: string, effectivePeriod: string | null, status: Status, score: number | null): IndicatorEvaluation {
  return {
    period,
    effectivePeriod,
    expected: null,
    actual: null,
    completion: null,
    gapPp: null,
    status,
    score,
    projection: null,
    projectionCompletion: null,
    requiredMonthly: null,
  };
}

/** What the kind-specific evaluators receive once lag and the 1—2月 rule have been applied. */
export interface EvalContext {
  input: IndicatorInput;
  period: string;
  effectivePeriod: string;
  /** Month (1..12) of the effective period. */
  month: number;
  /** The value for the effective period, null when missing or not a finite number. */
  actual: number | null;
  /** The phased target for the effective period, null when none (or not finite). */
  phasedTarget: number | null;
}
