/**
 * 督办 work items as screens show them: one item's page (定任务 / 定目标 / 定责任 / 定时间, the
 * milestones with planned and actual dates and evidence, the 督办 flag as of the selected period,
 * the deadline history with every 延期申请, 销号), the per-task-force counts, and the overdue and
 * escalation list. Pure; flags and counts from lib/metrics, words from lib/format.
 */
import type { WorkItem, WorkItemExtension, WorkItemMilestone } from '@/db/schema';
import {
  EXTENSION_STATUS_LABELS,
  formatBeijingTime,
  formatDateZh,
  SUPERVISE_LABELS,
  SUPERVISE_SHORT,
  WORK_ITEM_STATUS_WORDS,
} from '@/lib/format';
import { escalationList, periodEndDate, superviseCounts, superviseFlag, type SuperviseFlag } from '@/lib/metrics';
import { originalDeadline } from '@/lib/work-items/rules';
import { timelineSteps, type TimelineStepView } from './projects';

export interface WorkItemInput {
  item: WorkItem;
  taskForce: { id: number; name: string } | null;
  ownerUnit: string | null;
  milestones: WorkItemMilestone[];
  extensions: (WorkItemExtension & { requestedByName: string | null; decidedByName: string | null })[];
  closedByName: string | null;
}

export interface FlagView {
  flag: SuperviseFlag;
  short: string;
  label: string;
}

const flagView = (flag: SuperviseFlag | null): FlagView | null =>
  flag ? { flag, short: SUPERVISE_SHORT[flag], label: SUPERVISE_LABELS[flag] } : null;

export interface ExtensionView {
  id: number;
  text: string;
  status: string;
  pending: boolean;
  decision: string | null;
}

export interface WorkItemView {
  id: number;
  title: string;
  target: string;
  owner: string;
  ownerPerson: string;
  deadline: string;
  originalDeadline: string | null;
  status: string;
  statusKey: WorkItem['status'];
  flag: FlagView | null;
  taskForce: { name: string; href: string } | null;
  description: string | null;
  steps: TimelineStepView[];
  extensions: ExtensionView[];
  pendingExtension: boolean;
  closed: string | null;
  version: number;
  demo: boolean;
}

function extensionView(e: WorkItemInput['extensions'][number]): ExtensionView {
  const decided = e.decidedAt
    ? `${e.decidedByName ?? '审核员'}于${formatBeijingTime(e.decidedAt)}${EXTENSION_STATUS_LABELS[e.status]}`
    : null;
  return {
    id: e.id,
    text: `${e.requestedByName ?? '责任单位'}于${formatBeijingTime(e.requestedAt)}申请将完成时限由${formatDateZh(e.previousDeadline)}延至${formatDateZh(e.newDeadline)}，理由：${e.reason}`,
    status: EXTENSION_STATUS_LABELS[e.status],
    pending: e.status === 'pending',
    decision: decided ? `${decided}${e.decisionNote ? `，意见：${e.decisionNote}` : ''}` : null,
  };
}

/** One work item as of the end of `period`. */
export function workItemView(row: WorkItemInput, period: string): WorkItemView {
  const w = row.item;
  const asOf = periodEndDate(period);
  const original = originalDeadline(w.deadline, row.extensions);
  return {
    id: w.id,
    title: w.title,
    target: w.target,
    owner: row.ownerUnit ?? '—',
    ownerPerson: w.ownerPerson ?? '—',
    deadline: formatDateZh(w.deadline),
    originalDeadline: original !== w.deadline ? formatDateZh(original) : null,
    status: WORK_ITEM_STATUS_WORDS[w.status],
    statusKey: w.status,
    flag: flagView(superviseFlag({ ...w, milestones: row.milestones }, asOf)),
    taskForce: row.taskForce ? { name: row.taskForce.name, href: `/task-forces/${row.taskForce.id}?period=${period}` } : null,
    description: w.description,
    steps: timelineSteps(row.milestones, asOf),
    extensions: row.extensions.map(extensionView),
    pendingExtension: row.extensions.some((e) => e.status === 'pending'),
    closed: w.closedAt ? `${row.closedByName ?? '审核员'}于${formatBeijingTime(w.closedAt)}核实销号：${w.closeNote ?? ''}` : null,
    version: w.version,
    demo: w.isDemo,
  };
}

export interface StatusCountsView {
  total: number;
  byStatus: { key: WorkItem['status']; label: string; count: number }[];
  byFlag: { key: SuperviseFlag; label: string; count: number }[];
}

/** 未启动 / 推进中 / 已完成 / 已销号 counts and 红 / 黄 / 蓝 counts of a set of items, as of the end of `period`. */
export function statusCounts(rows: WorkItemInput[], period: string): StatusCountsView {
  const c = superviseCounts(
    rows.map((r) => ({ ...r.item, milestones: r.milestones })),
    periodEndDate(period),
  );
  return {
    total: c.total,
    byStatus: (Object.keys(c.byStatus) as WorkItem['status'][]).map((key) => ({
      key,
      label: WORK_ITEM_STATUS_WORDS[key],
      count: c.byStatus[key],
    })),
    byFlag: (Object.keys(c.byFlag) as SuperviseFlag[]).map((key) => ({ key, label: SUPERVISE_SHORT[key], count: c.byFlag[key] })),
  };
}

export interface SupervisionRowView {
  key: string;
  href: string;
  title: string;
  taskForce: string;
  owner: string;
  deadline: string;
  flag: FlagView;
  overdue: string;
  escalated: boolean;
}

/** The overdue and escalation list of the period: red items (most overdue first), then yellow ones. */
export function supervisionRows(rows: WorkItemInput[], period: string): SupervisionRowView[] {
  const list = escalationList(
    rows.map((r) => ({ ...r.item, milestones: r.milestones, row: r })),
    periodEndDate(period),
  );
  return list.map((e) => ({
    key: `work-item-${e.item.id}`,
    href: `/work-items/${e.item.id}?period=${period}`,
    title: e.item.title,
    taskForce: e.item.row.taskForce?.name ?? '—',
    owner: [e.item.row.ownerUnit, e.item.ownerPerson].filter(Boolean).join(' · ') || '—',
    deadline: formatDateZh(e.item.deadline),
    flag: flagView(e.flag)!,
    overdue: e.flag === 'red' ? `逾期${e.daysOverdue}天` : '节点滞后',
    escalated: e.escalated,
  }));
}

export interface TaskForceCountsRow {
  key: string;
  name: string;
  href: string;
  counts: StatusCountsView;
}

/** Per task force, the counts of its items by status and flag (task forces with items only, in the given order). */
export function countsByTaskForce(rows: WorkItemInput[], taskForces: { id: number; name: string }[], period: string): TaskForceCountsRow[] {
  return taskForces.flatMap((tf) => {
    const own = rows.filter((r) => r.taskForce?.id === tf.id);
    return own.length
      ? [{ key: `task-force-${tf.id}`, name: tf.name, href: `/task-forces/${tf.id}?period=${period}`, counts: statusCounts(own, period) }]
      : [];
  });
}
