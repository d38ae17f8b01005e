/** Types of indicator evaluation; re-exported from './indicator'. */

export type IndicatorKind = 'cumulative' | 'level' | 'milestone' | 'rank';
export type Direction = 'higher' | 'lower';
export type Status = 'ahead' | 'behind' | 'lagging' | 'no_data' | 'done' | 'overdue' | 'not_due';

/**
 * What an indicator is judged against, which decides how its figures are worded:
 * - 'completion': cumulative, higher is better — 完成率 against 序时 or the phased target;
 * - 'ceiling': cumulative, lower is better — the annual target is a 控制线 (ceiling);
 * - 'level', 'rank', 'milestone': the kinds of the same name.
 */
export type Basis = 'completion' | 'ceiling' | 'level' | 'rank' | 'milestone';

/** Where the expected line came from: time progress 序时, or a phased target 阶段性目标. */
export type ExpectedSource = 'time_progress' | 'phased';

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
  /** Annual target 年度目标 (cumulative and level); the 控制线 of a ceiling indicator. */
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

/** Milestone steps counted as of the period end. */
export interface StepCounts {
  total: number;
  /** Planned on or before the period end. */
  due: number;
  /** Done on or before the period end (early ones included). */
  done: number;
  /** Due and not done by the period end. */
  overdue: number;
}

export interface IndicatorEvaluation {
  period: string;
  effectivePeriod: string | null;
  kind: IndicatorKind;
  direction: Direction;
  basis: Basis;
  unit: string;
  /**
   * The target judged against: the annual target (cumulative; the 控制线 for a ceiling), the level
   * in force (phased or annual) for level, the rank in force for rank; null for milestones or
   * when missing.
   */
  target: number | null;
  /** Expected progress as a fraction of the target (cumulative; milestones: share of steps due). */
  expected: number | null;
  /** The expected line in the indicator's unit: 应完成 / year-to-date ceiling / level / rank to reach. */
  expectedValue: number | null;
  expectedSource: ExpectedSource | null;
  actual: number | null;
  /** 完成率 (higher-is-better cumulative only; milestones: share of steps done). Never for ceilings. */
  completion: number | null;
  /** 控制线使用 = actual / annual ceiling (ceilings with a ceiling > 0 only). */
  ceilingUse: number | null;
  gapPp: number | null;
  status: Status;
  score: number | null;
  projection: number | null;
  projectionCompletion: number | null;
  requiredMonthly: number | null;
  steps: StepCounts | null;
}

/** The basis of an indicator from its kind and direction. */
export function basisOf(kind: IndicatorKind, direction: Direction): Basis {
  if (kind === 'cumulative') return direction === 'lower' ? 'ceiling' : 'completion';
  return kind;
}

/** Evaluation with every derived field null, for the given indicator, period and status. */
export function emptyEvaluation(
  input: Pick<IndicatorInput, 'kind' | 'direction' | 'unit'>,
  period: string,
  effectivePeriod: string | null,
  status: Status,
  score: number | null,
): IndicatorEvaluation {
  return {
    period,
    effectivePeriod,
    kind: input.kind,
    direction: input.direction,
    basis: basisOf(input.kind, input.direction),
    unit: typeof input.unit === 'string' ? input.unit : '',
    target: null,
    expected: null,
    expectedValue: null,
    expectedSource: null,
    actual: null,
    completion: null,
    ceilingUse: null,
    gapPp: null,
    status,
    score,
    projection: null,
    projectionCompletion: null,
    requiredMonthly: null,
    steps: null,
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
