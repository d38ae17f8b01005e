/**
 * Figures the slides share, taken from a period snapshot: every number comes from lib/metrics
 * (group progress, headline counts, weak items, completeness) and every word from lib/format, so a
 * slide, the PPTX, the 通报 and the dashboard show the same figures.
 */
import { completenessNote, describeGap, describeGroupProgress, formatGap, STATUS_ICONS, STATUS_LABELS } from '@/lib/format';
import {
  groupGap,
  headlineFigures,
  weakestFirst,
  type GroupProgress,
  type HeadlineCounts,
  type IndicatorResult,
  type RoundCompleteness,
} from '@/lib/metrics';
import { WEAK_REASONS } from './labels';
import type { DeckIndex } from './source';
import type { Capped, DeckCompleteness, GroupFigures, WeakRow } from './types';

/** Keeps the first `limit` rows and counts the rest. */
export function cap<T>(rows: T[], limit: number): Capped<T> {
  return { rows: rows.slice(0, limit), more: Math.max(0, rows.length - limit) };
}

/** A group's progress (the snapshot's groupProgress) with its words and its indicators' status counts. */
export function groupFigures(progress: GroupProgress, own: IndicatorResult[]): GroupFigures {
  return {
    progress,
    status: progress.status,
    text: describeGroupProgress(progress),
    gap: formatGap(groupGap(progress)),
    counts: headlineFigures(own).counts,
  };
}

/** "✔达到序时3 ▲略滞后1 ✖严重滞后0 ○未报送1": folded status counts, each with its icon and word. */
export function statusCountsText(c: HeadlineCounts, separator = '　'): string {
  return (
    [
      ['ahead', c.ahead],
      ['behind', c.behind],
      ['lagging', c.lagging],
      ['no_data', c.noData],
    ] as const
  )
    .map(([k, n]) => `${STATUS_ICONS[k]}${STATUS_LABELS[k]}${n}`)
    .join(separator);
}

/** The round's completeness and the caveat on its ranks (lib/format completenessNote). */
export function deckCompleteness(c: RoundCompleteness): DeckCompleteness {
  return { submitted: c.submitted, due: c.due, complete: c.complete, note: completenessNote(c) };
}

/** 弱项 of the given results, weakest first (lib/metrics weakestFirst), with the reason and the gap in words. */
export function weakRows(idx: DeckIndex, results: IndicatorResult[]): WeakRow[] {
  return weakestFirst(results).flatMap((r) => {
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
        gap: describeGap(r.evaluation),
        countyRank: r.countyRank,
        countyTotal: r.countyTotal,
        reason: reasons.join('、'),
      },
    ];
  });
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

/**
 * The right end of a completion scale in percent, for the live deck's bars and the PPTX chart's
 * axis alike: at least 100, else the largest mean completion or 应完成 line of the groups (fractions,
 * groups without a figure ignored) rounded up to the next 10 — 110% stays 110, 110.2% gives 120.
 */
export function completionScaleMax(groups: { progress: { completion: number | null; expected: number | null } }[]): number {
  const values = groups
    .flatMap((g) => [g.progress.completion, g.progress.expected])
    .filter((v): v is number => v !== null && Number.isFinite(v));
  const top = Math.max(100, ...values.map((v) => v * 100));
  // 1.1 × 100 is 110.00000000000001 in binary: the tolerance keeps it at 110.
  return Math.ceil(top / 10 - 1e-9) * 10;
}
