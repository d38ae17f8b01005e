import 'server-only';
import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { progressEntries, users } from '@/db/schema';
import { stepState } from '@/lib/metrics';
import { rank, text, value, type Table } from '@/lib/views/table';
import { ENTRY_STATUS_LABELS, formatBeijingTimeShort, formatDateZh, formatPeriodRangeZh, formatPeriodZh } from '@/lib/format';
import type { DashboardContext } from './dashboard-context';
import type { IndicatorView } from './indicator-detail';

/** Entries of the indicator from January to the period, newest first, with who entered and approved each. */
export function indicatorEntriesTable(ctx: DashboardContext, view: IndicatorView): Table {
  const ind = view.indicator;
  const db = getDb();
  const rows = db
    .select()
    .from(progressEntries)
    .where(and(eq(progressEntries.indicatorId, ind.id), lte(progressEntries.period, ctx.period)))
    .orderBy(desc(progressEntries.period))
    .all()
    .filter((e) => e.period.startsWith(ctx.period.slice(0, 4)));
  const ids = [...new Set(rows.flatMap((e) => [e.createdBy, e.submittedBy, e.reviewedBy]).filter((x): x is number => x !== null))];
  const names = new Map(
    ids.length
      ? db
          .select({ id: users.id, name: users.displayName })
          .from(users)
          .where(inArray(users.id, ids))
          .all()
          .map((u) => [u.id, u.name])
      : [],
  );
  const who = (id: number | null) => (id === null ? null : (names.get(id) ?? `用户${id}`));
  const label = (p: string) =>
    ind.kind === 'cumulative' ? `${formatPeriodZh(p)}（${formatPeriodRangeZh(p, ind.combinedJanFeb)}累计）` : formatPeriodZh(p);
  return {
    id: 'indicator-entries',
    title: `${ind.name} · 填报记录`,
    columns: ['统计期', '数值', '填报状态', '工作进展', '存在问题', '下步打算', '填报人', '报送时间', '审核人', '审核时间', '退回原因'].map(
      (header) => ({
        header,
        align: header === '数值' ? ('right' as const) : undefined,
      }),
    ),
    rows: rows.map((e) => [
      text(label(e.period)),
      ind.kind === 'rank' ? rank(e.value) : value(e.value, ind.unit),
      text(`${ENTRY_STATUS_LABELS[e.status]}${e.late ? '（逾期报送）' : ''}`),
      text(e.workProgress || null),
      text(e.problems || null),
      text(e.nextSteps || null),
      text(who(e.submittedBy ?? e.createdBy)),
      text(e.submittedAt ? formatBeijingTimeShort(e.submittedAt) : null),
      text(who(e.reviewedBy)),
      text(e.reviewedAt && e.status !== 'submitted' ? formatBeijingTimeShort(e.reviewedAt) : null),
      text(e.returnReason),
    ]),
    note: '只有“已通过”的数值计入进度和排名；时间为北京时间。演示数据中的历史记录没有具体填报人。',
  };
}

/** The six counties' values of the effective period, in the official order, with each one's rank. */
export function indicatorCountyTable(view: IndicatorView): Table {
  const c = view.county;
  const ind = view.indicator;
  return {
    id: 'indicator-counties',
    title: `${ind.name} · 全市县（市、区）比较${c ? `（${formatPeriodZh(c.period)}）` : ''}`,
    columns: [{ header: '县（市、区）' }, { header: '数值', align: 'right' }, { header: '排名', align: 'right' }],
    rows: (c?.rows ?? []).map((r) => [text(r.home ? `${r.name}（本区）` : r.name), value(r.value, ind.unit), rank(r.rank)]),
    note: ind.direction === 'lower' ? '该指标越低越好，数值最小者排第1名；数值相同名次并列。' : '数值最大者排第1名；数值相同名次并列。',
  };
}

const STEP_STATE_LABELS = { on_time: '按时完成', late: '逾期完成', overdue: '已逾期', done_early: '提前完成', pending: '未到期' } as const;

/** Milestone steps with planned and actual dates and their state as of the period end. */
export function indicatorStepsTable(view: IndicatorView, asOf: string): Table {
  return {
    id: 'indicator-steps',
    title: `${view.indicator.name} · 节点`,
    columns: [{ header: '节点' }, { header: '计划完成' }, { header: '实际完成' }, { header: '状态' }],
    rows: view.steps.map((s) => [
      text(s.title),
      text(formatDateZh(s.plannedDate)),
      text(s.doneDate ? formatDateZh(s.doneDate) : null),
      text(STEP_STATE_LABELS[stepState(s.plannedDate.slice(0, 10), s.doneDate ? s.doneDate.slice(0, 10) : null, asOf)]),
    ]),
    note: `状态按${formatDateZh(asOf)}（统计期末）判断。`,
  };
}
