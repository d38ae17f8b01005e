/** 较上次会议: what changed since the previous frozen meeting's report of the same competition. */
import { formatRank, STATUS_LABELS } from '@/lib/format';
import type { Deck } from '../types';
import type { ReportSource } from './source';
import { entryTextsByTaskForce } from './texts';
import type { ChangeRow, IndicatorDetailRow, PromiseRow, ReportCompareSlide, ReportGoalsSlide, ReportNextSlide } from './types';

/** The previous meeting's frozen report deck of the competition. */
export interface PreviousReport {
  title: string;
  dateLabel: string;
  deck: Deck;
}

export const COMPARE_LIMITS = { changes: 8, promises: 5 } as const;

const shown = (r: IndicatorDetailRow) =>
  `${r.actual}，${STATUS_LABELS[r.status]}${r.countyRank === null ? '' : `，全市${formatRank(r.countyRank, r.countyTotal)}`}`;

function detailOf(deck: Deck): IndicatorDetailRow[] {
  return deck.slides.flatMap((s) => (s.kind === 'report-indicators' ? s.rows : []));
}

/** Indicators whose actual, status or county rank differ between the two decks' 指标明细. */
export function changedIndicators(before: IndicatorDetailRow[], now: IndicatorDetailRow[]): ChangeRow[] {
  const old = new Map(before.map((r) => [r.indicatorId, r]));
  return now.flatMap((r) => {
    const o = old.get(r.indicatorId);
    if (!o || (o.actual === r.actual && o.status === r.status && o.countyRank === r.countyRank)) return [];
    return [{ indicatorId: r.indicatorId, name: r.name, before: shown(o), now: shown(r) }];
  });
}

/** The slide, from the previous report and the current 目标 and 指标明细 slides. */
export function buildCompare(
  src: ReportSource,
  previous: PreviousReport,
  goals: Omit<ReportGoalsSlide, 'number'>,
  detail: IndicatorDetailRow[],
): Omit<ReportCompareSlide, 'number'> {
  const prevGoals = previous.deck.slides.find((s): s is ReportGoalsSlide => s.kind === 'report-goals');
  const prevNext = previous.deck.slides.find((s): s is ReportNextSlide => s.kind === 'report-next');
  const changes = changedIndicators(detailOf(previous.deck), detail);
  const progress = entryTextsByTaskForce(src, 'workProgress');
  const promises: PromiseRow[] = (prevNext?.groups ?? [])
    .filter((g) => g.text)
    .map((g) => ({ ...g, progress: progress.get(g.taskForceId)?.trim() || '本期未填写工作进展' }));
  const before = prevGoals?.rank ?? null;
  return {
    kind: 'report-compare',
    title: '较上次会议',
    notes: '',
    summary:
      `较${previous.dateLabel}${previous.title}：竞赛排名${formatRank(before)}→${formatRank(goals.rank)}；` +
      `${changes.length}项指标数据、状态或排名有变化` +
      (changes.length ? `（${changes.map((c) => `${c.name}：${c.before}→${c.now}`).join('；')}）` : '') +
      `；上次承诺的下步打算${promises.length}条。`,
    previousTitle: previous.title,
    previousDate: previous.dateLabel,
    competitionRank: { before, now: goals.rank, total: goals.total },
    changes: changes.slice(0, COMPARE_LIMITS.changes),
    promises: promises.slice(0, COMPARE_LIMITS.promises),
  };
}
