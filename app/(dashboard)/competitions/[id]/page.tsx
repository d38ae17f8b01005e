import { notFound } from 'next/navigation';
import { CompletionPanel } from '@/components/dashboard/competition/completion-panel';
import { DataTable } from '@/components/dashboard/data-table';
import { GroupFigures } from '@/components/dashboard/group-figures';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { RankingCaveat } from '@/components/dashboard/ranking-caveat';
import { getDashboardData, parseId, resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { entityTitle } from '@/db/queries/dashboard-titles';
import { requireUser } from '@/lib/auth/session';
import { formatPeriodZh } from '@/lib/format';
import { competitionView } from '@/lib/views/competition';
import { taskForceRankingTable } from '@/lib/views/ranking-tables';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  return { title: (await entityTitle('competition', (await params).id)) ?? '未找到' };
}

export default async function CompetitionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  await requireUser();
  const { id: rawId } = await params;
  const query = await searchParams;
  const resolved = await resolveDashboard(query);
  const id = parseId(rawId);
  if (id === null) notFound();
  if (!resolved.ok) return <PeriodError message={resolved.message} path={`/competitions/${id}`} />;
  const { ctx } = resolved;
  const data = getDashboardData(ctx);
  const view = competitionView(data, id);
  if (!view) notFound();
  return (
    <div className="space-y-5">
      <PageTitle title={`${view.name} · ${formatPeriodZh(ctx.period)}`}>
        牵头领导：{view.leader ?? '—'} · 牵头部门：{view.unit ?? '—'}
      </PageTitle>
      <RankingCaveat text={view.caveat} />
      <GroupFigures f={view} prefix="competition" label="竞赛概况" rankLabel="竞赛排名" />
      <CompletionPanel scheme={ctx.settings.colourScheme} bars={view.bars} summary={view.chartSummary} />
      <DataTable
        table={taskForceRankingTable(data, { id: 'competition-task-forces', title: '专班排名', competitionId: id })}
        exportQuery={`period=${ctx.period}&id=${id}`}
        paging={{ path: `/competitions/${id}`, params: query }}
      />
    </div>
  );
}
