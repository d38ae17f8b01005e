import { DataTable } from '@/components/dashboard/data-table';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { RankingCaveat } from '@/components/dashboard/ranking-caveat';
import { SearchForm } from '@/components/dashboard/search-form';
import { getDashboardData, paramText, resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { requireUser } from '@/lib/auth/session';
import { formatPeriodZh } from '@/lib/format';
import { rankingCaveat } from '@/lib/views/context';
import { taskForceRankingTable } from '@/lib/views/ranking-tables';
import { matchingTaskForceIds } from '@/lib/views/search';

export const metadata = { title: '专班' };

export default async function TaskForcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const params = await searchParams;
  const resolved = await resolveDashboard(params);
  if (!resolved.ok) return <PeriodError message={resolved.message} path="/task-forces" />;
  const { ctx } = resolved;
  const data = getDashboardData(ctx);
  const q = paramText(params, 'q').slice(0, 40);
  const table = taskForceRankingTable(data, {
    id: 'task-forces',
    title: q ? `专班（筛选：${q}）` : '全部专班',
    taskForceIds: matchingTaskForceIds(data, q),
  });
  const qs = q ? `&q=${encodeURIComponent(q)}` : '';
  return (
    <div className="space-y-5">
      <PageTitle
        title={`专班 · ${formatPeriodZh(ctx.period)}`}
        actions={<SearchForm period={ctx.period} defaultValue={q} action="/task-forces" label="筛选专班" />}
      >
        全区专班按得分排名；点击专班名称查看其指标、工作任务和走势。
      </PageTitle>
      <RankingCaveat text={rankingCaveat(data.snapshot)} />
      <DataTable
        table={table}
        exportQuery={`period=${ctx.period}${qs}`}
        empty={`没有名称与“${q}”匹配的专班。`}
        paging={{ path: '/task-forces', params }}
      />
    </div>
  );
}
