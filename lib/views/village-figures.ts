/**
 * Village figures as screens show them: the metric input of lib/metrics from loaded rows, and the
 * words of one figure (its value with the source's approximation word, its period, the page's own
 * wording). Pure.
 */
import type { EntryStatus, VillageMetric, VillageMetricValue } from '@/db/schema';
import { ENTRY_STATUS_LABELS, formatLooseDate, formatQualified } from '@/lib/format';
import type { VillageFigure } from '@/lib/metrics';

/** A loaded figure with its metric (what the loaders return). */
export type LoadedFigure = VillageMetricValue & { metric: VillageMetric; villageId: number; ventureName: string };

/** The metrics' input for a loaded figure. */
export function toVillageFigure(f: LoadedFigure): VillageFigure & { source: LoadedFigure } {
  return {
    ventureId: f.ventureId,
    metricKey: f.metric.key,
    metricName: f.metric.name,
    unit: f.metric.unit,
    role: f.metric.role,
    compareGroup: f.metric.compareGroup,
    period: f.period,
    value: f.value,
    qualifier: f.qualifier,
    source: f,
  };
}

/** '2020年' / '2020年9月', with the page's own words for the time when it has them: '2019年（去年）'. */
export function periodText(period: string, label?: string | null): string {
  const base = formatLooseDate(period);
  return label ? `${base}（${label}）` : base;
}

/** The figure as read: '50多户', '3万多元', '85%以上'. */
export function figureText(f: { value: number; qualifier: string | null; printed?: string | null }, unit: string): string {
  return formatQualified(f.value, unit, f.qualifier, f.printed);
}

/** The workflow's status words, as on progress entries. */
export const FIGURE_STATUS_WORDS: Record<EntryStatus, string> = ENTRY_STATUS_LABELS;

export interface FigureRowView {
  key: string;
  metric: string;
  unit: string;
  period: string;
  value: string;
  /** The source page's words, quoted, for the page's own figures. */
  quote: string | null;
  note: string | null;
  status: string;
  pending: boolean;
}

/** One row of a venture's figure table. */
export function figureRow(f: LoadedFigure): FigureRowView {
  return {
    key: `figure-${f.id}`,
    metric: f.metric.name,
    unit: f.metric.unit,
    period: periodText(f.period, f.periodLabel),
    value: figureText(f, f.metric.unit),
    quote: f.printed,
    note: f.note,
    status: FIGURE_STATUS_WORDS[f.status],
    pending: f.status === 'submitted',
  };
}
