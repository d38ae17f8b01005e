/** 项目化推进: a task force's work items with their milestones and 督办 flags. */
import type { WorkItem } from '@/db/schema';
import { periodEndDate, superviseFlag } from '@/lib/metrics';
import { formatDateZh, SUPERVISE_LABELS } from '@/lib/format';
import { withPeriod, type DashboardData } from './context';
import type { WorkItemRow } from './rows';
import { unitLabel } from './structure';
import { keyedRows, text, type Table } from './table';

export const WORK_ITEM_STATUS_LABELS: Record<WorkItem['status'], string> = {
  not_started: '未启动',
  in_progress: '推进中',
  done: '已完成',
  closed: '已销号',
};

function nextMilestoneText(w: WorkItemRow, asOf: string): string {
  const next = w.milestones.find((m) => !(m.actualDate !== null && m.actualDate <= asOf));
  if (!next) return '—';
  return `${next.title}（${next.dateLabel ?? (next.plannedDate ? formatDateZh(next.plannedDate) : '时间待定')}）`;
}

/**
 * 项目化推进: task, target, owner, deadline, status, milestones done by the period end, the next
 * milestone, and the 督办 flag as of the period end (superviseFlag: 红 overdue until 销号, 黄 a
 * milestone behind plan, 蓝 due within 7 days).
 */
export function workItemsTable({ ctx, structure: s }: DashboardData, name: string, items: WorkItemRow[]): Table {
  const asOf = periodEndDate(ctx.period);
  const rows = items.map((w) => {
    const done = w.milestones.filter((m) => m.actualDate !== null && m.actualDate <= asOf).length;
    const flag = superviseFlag(
      {
        deadline: w.deadline,
        status: w.status,
        milestones: w.milestones.map((m) => ({ plannedDate: m.plannedDate, actualDate: m.actualDate })),
      },
      asOf,
    );
    return {
      key: `work-item-${w.id}`,
      cells: [
        text(w.title, withPeriod(`/work-items/${w.id}`, ctx.period)),
        text(w.target),
        text(unitLabel(s, w.ownerUnitId)),
        text(w.ownerPerson),
        text(formatDateZh(w.deadline)),
        text(WORK_ITEM_STATUS_LABELS[w.status]),
        text(`${done}/${w.milestones.length}`),
        text(nextMilestoneText(w, asOf)),
        text(flag ? SUPERVISE_LABELS[flag] : '—'),
      ],
    };
  });
  return {
    id: 'task-force-work-items',
    title: `${name} · 工作任务`,
    columns: ['任务', '目标', '责任单位', '责任人', '完成时限', '状态', '节点进度', '下一节点', '督办'].map((header) => ({
      header,
      key: header === '督办' ? 'supervise' : undefined,
    })),
    ...keyedRows(rows),
    note: `节点与督办按${formatDateZh(asOf)}（统计期末）计：红色督办为超过完成时限仍未销号，黄色督办为节点滞后于计划，蓝色督办为7日内到期。`,
  };
}
