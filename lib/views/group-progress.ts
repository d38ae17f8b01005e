/**
 * How a group (task force, competition, unit) stands against its 应完成 line, shaped for cards,
 * key figures, charts and tables: the snapshot's groupProgress in the words of lib/format. Only
 * higher-is-better cumulative indicators are averaged, and every label says so.
 */
import { groupGap, type GroupProgress } from '@/lib/metrics';
import {
  describeGroupProgress,
  formatGap,
  formatPercent,
  groupCompletionLabel,
  percentNumber,
  STATUS_ICONS,
  STATUS_LABELS,
  type StatusKey,
} from '@/lib/format';

export interface GroupProgressView {
  /** ahead / behind / lagging / no_data, or null when the group has no higher-is-better cumulative indicator. */
  status: GroupProgress['status'];
  /** The status the colour and icon follow ('no_data' for a group without any figure). */
  tone: StatusKey;
  /** '累计型指标平均完成率（12项）'. */
  label: string;
  /** '72.3%', or '—' without a figure. */
  value: string;
  /** Mean completion and the 应完成 line as fractions (bar and tick), null without a figure. */
  completion: number | null;
  expected: number | null;
  /** '应完成70.6%', or '' without a figure. */
  expectedText: string;
  /** Gap words: '慢于应完成进度2.1个百分点（略滞后）'; without a figure, why there is none. */
  gap: string;
  /** The whole reading in one sentence (describeGroupProgress). */
  sentence: string;
}

/** The view of a group's progress (see GroupProgressView). */
export function groupProgressView(p: GroupProgress): GroupProgressView {
  const figure = p.completion !== null;
  return {
    status: p.status,
    tone: p.status ?? 'no_data',
    label: groupCompletionLabel(p.count),
    value: formatPercent(p.completion),
    completion: p.completion,
    expected: figure ? p.expected : null,
    expectedText: figure ? `应完成${formatPercent(p.expected)}` : '',
    gap: figure ? formatGap(groupGap(p)) : describeGroupProgress(p),
    sentence: describeGroupProgress(p),
  };
}

export interface CompletionBarView {
  key: string;
  name: string;
  /** Completion and 应完成 in percent (percentNumber, 1 decimal), 0 without a figure. */
  completionPct: number;
  expectedPct: number;
  tone: StatusKey;
  /** Written at the bar's end: '▲ 72.3% 略滞后', or why there is no bar. */
  label: string;
  /** Tooltip rows. */
  details: { label: string; value: string }[];
  /** The reading for screen readers and text parsers. */
  sentence: string;
}

/** One bar of a completion chart: a group's mean completion against its 应完成 line. */
export function completionBar(key: string, name: string, p: GroupProgress): CompletionBarView {
  const v = groupProgressView(p);
  const figure = p.completion !== null && p.status !== null;
  return {
    key,
    name,
    completionPct: Math.max(0, percentNumber(p.completion) ?? 0),
    expectedPct: percentNumber(v.expected) ?? 0,
    tone: v.tone,
    label: figure ? `${STATUS_ICONS[v.tone]} ${v.value} ${STATUS_LABELS[v.tone]}` : v.gap,
    details: figure
      ? [
          { label: v.label, value: v.value },
          { label: '应完成进度', value: formatPercent(v.expected) },
          { label: '较应完成进度', value: v.gap },
        ]
      : [{ label: '累计型指标', value: v.gap }],
    sentence: `${name}：${v.sentence}。`,
  };
}
