/** The indicator page's tables: 填报记录 and milestone steps. */
import type { Indicator, IndicatorStep } from '@/db/schema';
import { stepState, type StepState } from '@/lib/metrics';
import { ENTRY_STATUS_LABELS, formatBeijingTimeShort, formatDateZh, formatPeriodRangeZh, formatPeriodZh } from '@/lib/format';
import type { EntryRow } from './rows';
import { amount, keyedRows, rank, text, type Table } from './table';

const HEADERS = ['统计期', '数值', '填报状态', '工作进展', '存在问题', '下步打算', '填报人', '报送时间', '审核人', '审核时间', '退回原因'];

/** Entries of the indicator from January to the period, newest first (`entries` as loaded), with who entered and approved each. */
export function indicatorEntriesTable(ind: Indicator, entries: EntryRow[]): Table {
  const label = (p: string) =>
    ind.kind === 'cumulative' ? `${formatPeriodZh(p)}（${formatPeriodRangeZh(p, ind.combinedJanFeb)}累计）` : formatPeriodZh(p);
  return {
    id: 'indicator-entries',
    title: `${ind.name} · 填报记录`,
    columns: HEADERS.map((header) => ({ header, align: header === '数值' ? ('right' as const) : undefined })),
    ...keyedRows(
      entries.map((e) => ({
        key: `entry-${e.id}`,
        cells: [
          text(label(e.period)),
          ind.kind === 'rank' ? rank(e.value) : amount(e.value, ind.unit),
          text(`${ENTRY_STATUS_LABELS[e.status]}${e.late ? '（逾期报送）' : ''}`),
          text(e.workProgress || null),
          text(e.problems || null),
          text(e.nextSteps || null),
          text(e.enteredBy),
          text(e.submittedAt ? formatBeijingTimeShort(e.submittedAt) : null),
          text(e.reviewedByName),
          text(e.reviewedAt && e.status !== 'submitted' ? formatBeijingTimeShort(e.reviewedAt) : null),
          text(e.returnReason),
        ],
      })),
    ),
    note: '只有“已通过”的数值计入进度和排名；时间为北京时间。演示数据中的历史记录没有具体填报人。',
  };
}

const STEP_STATE_LABELS: Record<StepState, string> = {
  on_time: '按时完成',
  late: '逾期完成',
  overdue: '已逾期',
  done_early: '提前完成',
  pending: '未到期',
};

/** Milestone steps with planned and actual dates and their state as of `asOf` (the period end). */
export function indicatorStepsTable(ind: Indicator, steps: IndicatorStep[], asOf: string): Table {
  return {
    id: 'indicator-steps',
    title: `${ind.name} · 节点`,
    columns: [{ header: '节点' }, { header: '计划完成' }, { header: '实际完成' }, { header: '状态', key: 'status' }],
    ...keyedRows(
      steps.map((s) => ({
        key: `step-${s.id}`,
        cells: [
          text(s.title),
          text(formatDateZh(s.plannedDate)),
          text(s.doneDate ? formatDateZh(s.doneDate) : null),
          text(STEP_STATE_LABELS[stepState(s.plannedDate.slice(0, 10), s.doneDate ? s.doneDate.slice(0, 10) : null, asOf)]),
        ],
      })),
    ),
    note: `状态按${formatDateZh(asOf)}（统计期末）判断。`,
  };
}
