import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { SimpleTable } from '@/components/ui/simple-table';
import { SupervisionTable } from '@/components/work-items/supervision-table';
import { resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { getCampaignStructure } from '@/db/queries/structure';
import { listWorkItems } from '@/db/queries/work-items';
import { requirePermission } from '@/lib/auth/session';
import { formatDateZh, formatPeriodZh } from '@/lib/format';
import { periodEndDate } from '@/lib/metrics';
import { countsByTaskForce, supervisionRows } from '@/lib/views/work-item';

export const metadata: Metadata = { title: '督办事项' };

export default async function WorkItemsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('dashboard:read');
  const resolved = await resolveDashboard(await searchParams);
  if (!resolved.ok) return <PeriodError message={resolved.message} path="/work-items" />;
  const { ctx } = resolved;
  const items = listWorkItems();
  const byTaskForce = countsByTaskForce(items, getCampaignStructure(ctx.campaign.id).taskForces, ctx.period);
  const statusHeaders = byTaskForce[0]?.counts.byStatus.map((c) => c.label) ?? [];
  const flagHeaders = byTaskForce[0]?.counts.byFlag.map((c) => c.label) ?? [];
  return (
    <div className="space-y-5">
      <PageTitle title={`督办事项 · ${formatPeriodZh(ctx.period)}`}>
        项目化推进：定任务、定目标、定责任、定时间。红色督办为超过完成时限仍未销号，黄色督办为节点滞后于计划，蓝色督办为7日内到期；均按
        {formatDateZh(periodEndDate(ctx.period))}（统计期末）判断。
      </PageTitle>
      <Card>
        <CardHeader>
          <CardTitle>逾期与滞后（红色、黄色督办）</CardTitle>
        </CardHeader>
        <CardContent>
          <SupervisionTable rows={supervisionRows(items, ctx.period)} caption="逾期与滞后的督办事项" testId="table-supervision" />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>各专班督办事项</CardTitle>
        </CardHeader>
        <CardContent>
          <SimpleTable
            caption="各专班督办事项按状态统计"
            testId="table-work-item-counts"
            columns={[
              { header: '专班' },
              { header: '事项', numeric: true },
              ...[...statusHeaders, ...flagHeaders].map((h) => ({ header: h, numeric: true })),
            ]}
            rows={byTaskForce.map((r) => ({
              key: r.key,
              cells: [
                <Link key="n" href={r.href} className="font-medium text-brand-700 hover:underline">
                  {r.name}
                </Link>,
                r.counts.total,
                ...r.counts.byStatus.map((c) => c.count),
                ...r.counts.byFlag.map((c) => c.count),
              ],
            }))}
          />
        </CardContent>
      </Card>
    </div>
  );
}
