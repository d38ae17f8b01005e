import { formatDateZh, SUPERVISE_LABELS } from '@/lib/format';
import { ESCALATE_AFTER_DAYS, escalationList, periodEndDate } from '@/lib/metrics';
import type { BulletinContext } from '../context';
import type { Section } from '../types';

/**
 * 六、逾期督办事项: the 督办 items overdue and not 销号 (red) as of the end of the period, most
 * overdue first, with their owners, and how many are escalated (lib/metrics escalationList); the
 * count of items with a milestone behind plan (yellow) in the text.
 */
export function supervisionSection(ctx: BulletinContext, heading: string): Section {
  const asOf = periodEndDate(ctx.input.period);
  const list = escalationList(
    ctx.input.workItems.map((r) => ({ ...r.item, milestones: r.milestones, row: r })),
    asOf,
  );
  const red = list.filter((e) => e.flag === 'red');
  const yellow = list.length - red.length;
  const escalated = red.filter((e) => e.escalated).length;
  const text = red.length
    ? `截至${formatDateZh(asOf)}，${SUPERVISE_LABELS.red}事项${red.length}项，其中逾期${ESCALATE_AFTER_DAYS}天及以上、升级督办${escalated}项；` +
      `${SUPERVISE_LABELS.yellow}事项${yellow}项。请责任单位对照时限倒排计划，完成后及时报请核实销号。`
    : `截至${formatDateZh(asOf)}，无逾期未销号的督办事项；${SUPERVISE_LABELS.yellow}事项${yellow}项。`;
  return {
    heading,
    blocks: [
      { type: 'p', text },
      ...(red.length
        ? [
            {
              type: 'table' as const,
              id: 'supervision',
              caption: '表5　逾期督办事项（逾期天数截至统计期末）',
              columns: [
                { header: '序号', align: 'center' as const },
                { header: '督办事项' },
                { header: '专班', nowrap: true },
                { header: '责任单位', nowrap: true },
                { header: '责任人' },
                { header: '完成时限', nowrap: true },
                { header: '逾期天数', align: 'right' as const },
                { header: '升级督办', align: 'center' as const },
              ],
              rows: red.map((e, i) => [
                String(i + 1),
                e.item.title,
                e.item.row.taskForce?.name ?? '—',
                e.item.row.ownerUnit ?? '—',
                e.item.ownerPerson ?? '—',
                formatDateZh(e.item.deadline),
                String(e.daysOverdue),
                e.escalated ? '是' : '否',
              ]),
            },
          ]
        : []),
    ],
    subsections: [],
  };
}
