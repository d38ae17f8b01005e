/**
 * A second opinion, written from the domain rules and not from lib/metrics, on how a group (a
 * competition, a task force) stands against its 应完成 line, and on how much of a reporting round
 * is in:
 * - only higher-is-better cumulative indicators are averaged; each one's completion = actual of
 *   its effective month (month − lag) ÷ annual target, capped at 150 %; its expected progress =
 *   phased target ÷ annual target where one is set for that month, else month / 12;
 * - the group's completion and 应完成 are the plain means; gap = (completion − 应完成) × 100, in
 *   百分点; ≥ 0 达到序时, within the tolerance 略滞后, else 严重滞后;
 * - a round P owes, per non-milestone indicator, the figure of month P − lag (none before January,
 *   none for January of a 1—2月 combined indicator); it is in once submitted or approved.
 */
import type { CompetitionRows } from './independent-score';

const pad2 = (n: number) => String(n).padStart(2, '0');

export interface IndependentProgress {
  /** Fractions; null when no indicator is averaged. */
  completion: number | null;
  expected: number | null;
  count: number;
  status: '达到序时' | '略滞后' | '严重滞后' | null;
}

/** Group progress of the task forces `taskForceIds` (all of the competition's when omitted). */
export function independentProgress(
  rows: CompetitionRows,
  period: string,
  tolerancePp: number,
  taskForceIds?: number[],
): IndependentProgress {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const tfs = new Set(taskForceIds ?? rows.taskForceIds);
  const used: { c: number; x: number }[] = [];
  for (const ind of rows.indicators) {
    if (!tfs.has(ind.taskForceId) || ind.kind !== 'cumulative' || ind.direction !== 'higher' || !ind.annualTarget) continue;
    const m = month - ind.lagMonths;
    if (m < 1 || (ind.combinedJanFeb && m === 1)) continue;
    const eff = `${year}-${pad2(m)}`;
    const actual = rows.approvedValues.get(`${ind.id}|${eff}`);
    if (actual === undefined || actual === null) continue;
    const phased = rows.phasedTargets.get(`${ind.id}|${eff}`);
    used.push({ c: Math.min(actual / ind.annualTarget, 1.5), x: phased !== undefined ? phased / ind.annualTarget : m / 12 });
  }
  if (used.length === 0) return { completion: null, expected: null, count: 0, status: null };
  const completion = used.reduce((s, u) => s + u.c, 0) / used.length;
  const expected = used.reduce((s, u) => s + u.x, 0) / used.length;
  const gap = (completion - expected) * 100;
  const status = gap >= -1e-9 ? '达到序时' : gap >= -tolerancePp - 1e-9 ? '略滞后' : '严重滞后';
  return { completion, expected, count: used.length, status };
}
