import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { SupervisionTable } from '@/components/work-items/supervision-table';
import { listWorkItems } from '@/db/queries/work-items';
import { formatDateZh } from '@/lib/format';
import { periodEndDate } from '@/lib/metrics';
import { supervisionRows } from '@/lib/views/work-item';

/**
 * The overdue and escalation list of 督办 work items as of the end of `period` (red first, most
 * overdue first, then yellow), loading its own data; `limit` rows with a link to the full list.
 */
export function SupervisionList({ period, limit = 8 }: { period: string; limit?: number }) {
  const rows = supervisionRows(listWorkItems(), period);
  const red = rows.filter((r) => r.flag.flag === 'red').length;
  return (
    <Card data-testid="supervision-list">
      <CardHeader>
        <CardTitle>督办事项：逾期与滞后</CardTitle>
        <span className="text-xs text-slate-600">
          截至{formatDateZh(periodEndDate(period))}：红色督办{red}项，黄色督办{rows.length - red}项 ·{' '}
          <Link href={`/work-items?period=${period}`} className="text-brand-700 underline">
            全部督办事项
          </Link>
        </span>
      </CardHeader>
      <CardContent>
        <SupervisionTable rows={rows.slice(0, limit)} caption="逾期与滞后的督办事项" />
        {rows.length > limit && <p className="mt-2 text-xs text-slate-600">另有{rows.length - limit}项，见全部督办事项。</p>}
      </CardContent>
    </Card>
  );
}
