/**
 * The entry panel of a village page, for users with the village in scope: each venture's metrics
 * to report, and the figures still in the workflow with what this user may do with each (the
 * workflow's own edit state). Pure.
 */
import type { Venture, VillageMetric } from '@/db/schema';
import type { AuthUser } from '@/lib/auth/permissions';
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';
import type { RoundState } from '@/lib/reporting';
import { entryEditState } from '@/lib/reporting/edit-state';
import { FIGURE_STATUS_WORDS, periodText, type LoadedFigure } from './village-figures';
import { GRANULARITY_LABELS, VENTURE_KIND_LABELS } from './village-words';

export interface EntryVentureView {
  id: number;
  label: string;
  metrics: { value: number; label: string }[];
}

export interface OpenFigureView {
  key: string;
  id: number;
  ventureId: number;
  metricId: number;
  period: string;
  label: string;
  value: string;
  qualifier: string;
  note: string;
  status: string;
  version: number;
  editable: boolean;
  reason: string | null;
  returnReason: string | null;
  late: boolean;
}

export interface VillageEntryView {
  ventures: EntryVentureView[];
  open: OpenFigureView[];
  /** How year figures are owed: '年度数据计入2020年10月填报轮次（截止…）'. */
  roundNote: string;
}

export function villageEntryView(
  user: AuthUser,
  ventures: Venture[],
  data: { metrics: Map<number, VillageMetric[]>; open: (LoadedFigure & { round: RoundState })[]; yearRound: RoundState },
): VillageEntryView {
  const y = data.yearRound;
  return {
    ventures: ventures.map((v) => ({
      id: v.id,
      label: `${VENTURE_KIND_LABELS[v.kind]}：${v.name}`,
      metrics: (data.metrics.get(v.id) ?? []).map((m) => ({
        value: m.id,
        label: `${m.name}（${m.unit}，${GRANULARITY_LABELS[m.granularity]}）`,
      })),
    })),
    open: data.open.map((f) => {
      const state = entryEditState(user, f.status, f.round);
      return {
        key: `open-figure-${f.id}`,
        id: f.id,
        ventureId: f.ventureId,
        metricId: f.metricId,
        period: f.period,
        label: `${f.ventureName} · ${f.metric.name}（${periodText(f.period)}，${f.metric.unit}）`,
        value: String(f.value),
        qualifier: f.qualifier ?? '',
        note: f.note ?? '',
        status: FIGURE_STATUS_WORDS[f.status],
        version: f.version,
        editable: state.editable,
        reason: state.reason ?? null,
        returnReason: f.status === 'returned' ? f.returnReason : null,
        late: f.late,
      };
    }),
    roundNote: y.opened
      ? `按年填报的数据计入${formatPeriodZh(y.period)}填报轮次（截止${formatBeijingTime(y.deadline)}）${y.locked ? '，该轮次已锁定' : ''}；按月填报的数据计入该月的轮次。`
      : '目前没有开放的填报轮次，请联系系统管理员开放统计期。',
  };
}
