/**
 * How a group of indicators (a task force, a competition, a unit) stands against its expected
 * line. Group figures never mix kinds: the mean completion covers higher-is-better cumulative
 * indicators only; ceilings, levels, ranks and milestones are counted by status instead.
 */

import type { IndicatorGap } from './gap';
import type { IndicatorEvaluation, Status } from './indicator-types';
import { finiteOrNull, isFiniteNumber, snap } from './numbers';
import { statusOfGap } from './score-rules';

/** Cap applied to each completion before a group mean, so one runaway indicator cannot dominate. */
export const GROUP_COMPLETION_CAP = 1.5;

export interface GroupProgress {
  /** Mean completion (fraction) of the indicators averaged, each capped at 150 %; null when none. */
  completion: number | null;
  /** Mean expected progress (fraction) of the same indicators: the group's 应完成 line. */
  expected: number | null;
  /** (completion − expected) × 100, in 百分点; null when none. */
  gapPp: number | null;
  /**
   * ahead / behind / lagging by gapPp and the tolerance; 'no_data' when the group has
   * higher-is-better cumulative indicators but none has a completion yet; null when it has none
   * at all (the group is then described by its status counts only, "无累计型指标").
   */
  status: Extract<Status, 'ahead' | 'behind' | 'lagging' | 'no_data'> | null;
  /** Indicators averaged (N in "累计型指标平均完成率（N项）"). */
  count: number;
  /** Higher-is-better cumulative indicators in the group, averaged or not. */
  eligible: number;
}

/**
 * The one rule for a group's completion and its expected line, used by every surface (overview
 * cards, competition and task-force pages, the completion chart, the deck, the PPTX, the 通报):
 * - averaged: the group's cumulative, higher-is-better indicators (basis 'completion') that have
 *   both a completion and an expected progress; other kinds never enter the mean.
 * - completion = unweighted mean of their completions, each capped at {@link GROUP_COMPLETION_CAP};
 *   expected = unweighted mean of their expected progress (phased target ÷ annual target where
 *   set, else 序时) — the group is judged against this 应完成 line, not against plain 序时, so a
 *   group whose indicators have phased targets is held to those targets.
 * - gapPp = (completion − expected) × 100; status: ≥ 0 ahead, within `tolerancePp` behind, else
 *   lagging (the cumulative tolerance of the campaign).
 * Fractions are not rounded; no NaN or Infinity (non-finite figures are left out).
 * @example two indicators at 80 % / 75 % and 50 % / 75 %, a ceiling and a level ⇒
 *          { completion: 0.65, expected: 0.75, gapPp: -10, status: 'lagging', count: 2, eligible: 2 }
 */
export function groupProgress(evaluations: IndicatorEvaluation[], tolerancePp: number): GroupProgress {
  const eligible = evaluations.filter((e) => e.basis === 'completion');
  const used = eligible.filter((e) => isFiniteNumber(e.completion) && isFiniteNumber(e.expected));
  if (used.length === 0) {
    return {
      completion: null,
      expected: null,
      gapPp: null,
      status: eligible.length ? 'no_data' : null,
      count: 0,
      eligible: eligible.length,
    };
  }
  let completion = 0;
  let expected = 0;
  used.forEach((e, i) => {
    completion += (Math.min(e.completion!, GROUP_COMPLETION_CAP) - completion) / (i + 1);
    expected += (e.expected! - expected) / (i + 1);
  });
  const c = finiteOrNull(completion);
  const x = finiteOrNull(expected);
  const gapPp = c === null || x === null ? null : finiteOrNull(snap((c - x) * 100));
  const tolerance = isFiniteNumber(tolerancePp) && tolerancePp >= 0 ? tolerancePp : 0;
  return {
    completion: c,
    expected: x,
    gapPp,
    status: gapPp === null ? 'no_data' : statusOfGap(gapPp, tolerance),
    count: used.length,
    eligible: eligible.length,
  };
}

/** The gap of a group against its 应完成 line, for lib/format's gap words; null without one. */
export function groupGap(p: GroupProgress): IndicatorGap | null {
  if (p.gapPp === null || p.status === null || p.status === 'no_data') return null;
  const d = snap(p.gapPp);
  return {
    line: 'group_expected',
    relation: d > 0 ? 'above' : d < 0 ? 'below' : 'equal',
    amount: Math.abs(d),
    measure: 'pp',
    unit: '',
    met: p.status === 'ahead',
    status: p.status,
    lowerIsBetter: false,
  };
}
