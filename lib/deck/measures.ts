/**
 * Figures the slides share, derived from a period snapshot. Completion against expected progress
 * follows the dashboard's competition chart, so a slide and the page show the same numbers.
 */
import type { IndicatorResult } from '@/lib/metrics';
import type { Capped, WeakRow } from './types';
import type { DeckIndex } from './source';
import { WEAK_REASONS } from './labels';

/** Keeps the first `limit` rows and counts the rest. */
export function cap<T>(rows: T[], limit: number): Capped<T> {
  return { rows: rows.slice(0, limit), more: Math.max(0, rows.length - limit) };
}

/**
 * 弱项 of the given results (lagging or overdue, or a county rank in the bottom third), weakest
 * first: lowest score, then worst county rank; ties keep the campaign's order.
 */
export function weakRows(idx: DeckIndex, results: IndicatorResult[]): WeakRow[] {
  return results
    .filter((r) => r.weak)
    .map((r, order) => ({ r, order }))
    .sort(
      (a, b) =>
        (a.r.evaluation.score ?? 0) - (b.r.evaluation.score ?? 0) || (b.r.countyRank ?? 0) - (a.r.countyRank ?? 0) || a.order - b.order,
    )
    .flatMap(({ r }) => {
      const ind = idx.indicator.get(r.id);
      const tf = idx.taskForce.get(r.taskForceId);
      const comp = tf ? idx.competition.get(tf.competitionId) : undefined;
      if (!ind || !tf || !comp) return [];
      const status = r.evaluation.status;
      const reasons: string[] = [];
      if (status === 'lagging') reasons.push(WEAK_REASONS.lagging);
      if (status === 'overdue') reasons.push(WEAK_REASONS.overdue);
      if (r.countyBottomThird) reasons.push(WEAK_REASONS.bottomThird);
      return [
        {
          indicatorId: r.id,
          name: ind.name,
          label: ind.name,
          taskForce: tf.name,
          competition: comp.shortName,
          unit: idx.unitName(ind.responsibleUnitId),
          status,
          countyRank: r.countyRank,
          countyTotal: r.countyTotal,
          reason: reasons.join('、'),
        },
      ];
    });
}

/** Indicator statuses folded for headlines: milestones done → ahead, overdue → lagging; not_due left out. */
export function headlineCounts(results: IndicatorResult[]) {
  const counts = { ahead: 0, behind: 0, lagging: 0, noData: 0, total: 0 };
  for (const r of results) {
    const s = r.evaluation.status;
    if (s === 'not_due') continue;
    counts.total++;
    if (s === 'ahead' || s === 'done') counts.ahead++;
    else if (s === 'behind') counts.behind++;
    else if (s === 'lagging' || s === 'overdue') counts.lagging++;
    else counts.noData++;
  }
  return counts;
}

/** "招商引资专班" → "招商引资": a task force's name without the trailing 专班. */
export function shortTaskForceName(name: string): string {
  return name.replace(/专班$/, '') || name;
}

/** Sets each row's label to its name, adding the task force where two rows share a name. */
export function disambiguate<T extends { name: string; taskForce: string; label: string }>(rows: T[]): T[] {
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.name, (seen.get(r.name) ?? 0) + 1);
  return rows.map((r) => ({ ...r, label: (seen.get(r.name) ?? 0) > 1 ? `${r.name}（${shortTaskForceName(r.taskForce)}）` : r.name }));
}
