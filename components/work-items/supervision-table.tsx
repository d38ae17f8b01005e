'use client';

import Link from 'next/link';
import { SimpleTable } from '@/components/ui/simple-table';
import type { SupervisionRowView } from '@/lib/views/work-item';
import { FlagBadge } from './flag-badge';

/**
 * The overdue and escalation list: flag (word, icon and colour), item, task force, owner, deadline,
 * days overdue. A client component: the page's payload carries the rows' words, not their markup.
 */
export function SupervisionTable({ rows, caption, testId }: { rows: SupervisionRowView[]; caption: string; testId?: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">本期没有逾期或节点滞后的督办事项。</p>;
  return (
    <SimpleTable
      caption={caption}
      testId={testId}
      columns={[
        { header: '督办' },
        { header: '事项', wrap: true },
        { header: '专班' },
        { header: '责任单位与责任人', wrap: true },
        { header: '完成时限' },
        { header: '情况' },
      ]}
      rows={rows.map((r) => ({
        key: r.key,
        cells: [
          <FlagBadge key="f" flag={r.flag} compact />,
          <Link key="t" href={r.href} className="a-link" prefetch={false}>
            {r.title}
          </Link>,
          r.taskForce,
          r.owner,
          r.deadline,
          <span key="o" className={r.escalated ? 'esc' : undefined}>
            {r.overdue}
            {r.escalated && '（升级督办）'}
          </span>,
        ],
      }))}
    />
  );
}
