import { SUPERVISE_LABELS, SUPERVISE_SHORT } from '@/lib/format';
import { ESCALATE_AFTER_DAYS } from '@/lib/metrics';
import { supervisionRows } from '@/lib/views/work-item';
import { DEFAULT_TITLES } from '../labels';
import type { SlideChart, WorkItemsSlide } from '../place-types';
import { titleOr, type BuildContext } from './context';
import { capRows, placesOf } from './places';

export const WORK_ITEMS_LIMIT = 6;
/** Task forces in the chart, most red first. */
export const WORK_ITEMS_CHART_LIMIT = 5;

/** Red and yellow items per task force (most red first), as one two-series chart. */
function perTaskForce(rows: ReturnType<typeof supervisionRows>): SlideChart | null {
  const names = [...new Set(rows.map((r) => r.taskForce))];
  if (names.length === 0) return null;
  const count = (name: string, flag: 'red' | 'yellow') => rows.filter((r) => r.taskForce === name && r.flag.flag === flag).length;
  const ordered = names
    .sort((a, b) => count(b, 'red') - count(a, 'red') || count(b, 'yellow') - count(a, 'yellow'))
    .slice(0, WORK_ITEMS_CHART_LIMIT);
  const series = (['red', 'yellow'] as const).map((flag) => {
    const values = ordered.map((n) => count(n, flag));
    return { name: SUPERVISE_SHORT[flag], values, texts: values.map((v) => `${v}项`) };
  });
  return {
    id: 'work-items-by-task-force',
    title: names.length > WORK_ITEMS_CHART_LIMIT ? `红色督办最多的${WORK_ITEMS_CHART_LIMIT}个专班` : '各专班红色、黄色督办事项',
    unit: '项',
    type: 'bar',
    summary: ordered
      .map((n) => `${n}${SUPERVISE_SHORT.red}${count(n, 'red')}项、${SUPERVISE_SHORT.yellow}${count(n, 'yellow')}项`)
      .join('；'),
    categories: ordered,
    series,
  };
}

/** 督办事项: red (overdue, most overdue first) and yellow (a milestone behind) items as of the meeting period's end, with owners. */
export function buildWorkItems(ctx: BuildContext): WorkItemsSlide {
  const rows = supervisionRows(placesOf(ctx).workItems, ctx.meeting.period);
  const red = rows.filter((r) => r.flag.flag === 'red').length;
  const yellow = rows.filter((r) => r.flag.flag === 'yellow').length;
  const escalated = rows.filter((r) => r.escalated).length;
  const chart = perTaskForce(rows);
  return {
    kind: 'work_items',
    number: ctx.number,
    title: titleOr(ctx.spec, DEFAULT_TITLES.work_items),
    notes: ctx.spec.notes,
    summary: `${SUPERVISE_LABELS.red}${red}项，其中逾期${ESCALATE_AFTER_DAYS}天及以上（升级督办）${escalated}项；${SUPERVISE_LABELS.yellow}${yellow}项。`,
    red,
    yellow,
    escalated,
    rows: capRows(
      rows.map(({ key, title, taskForce, owner, deadline, flag, overdue, escalated: e }) => ({
        key,
        title,
        taskForce,
        owner,
        deadline,
        flag,
        overdue,
        escalated: e,
      })),
      WORK_ITEMS_LIMIT,
    ),
    charts: chart ? [chart] : [],
  };
}
