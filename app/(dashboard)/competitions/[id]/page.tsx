import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { CompletionPanel } from '@/components/dashboard/competition/completion-panel';
import { DataTable } from '@/components/dashboard/data-table';
import { KeyFigure, KeyFigures } from '@/components/dashboard/key-figure';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { TableSkeleton } from '@/components/dashboard/skeletons';
import { Movement } from '@/components/movement';
import { getCompetitionView, taskForceRankingTable } from '@/db/queries/competition-detail';
import { parseId, resolveDashboard, type DashboardContext, type SearchParams } from '@/db/queries/dashboard-context';
import { entityTitle } from '@/db/queries/dashboard-titles';
import { requireUser } from '@/lib/auth/session';
import { formatNumber, formatPercent, formatPeriodZh, formatRank } from '@/lib/format';
import { StatusCountsRow } from '@/components/dashboard/status-counts';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  return { title: entityTitle('competition', (await params).id) ?? '未找到' };
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
  const resolved = resolveDashboard(await searchParams);
  const id = parseId(rawId);
  if (id === null) notFound();
  if (!resolved.ok) return <PeriodError message={resolved.message} path={`/competitions/${id}`} />;
  const { ctx } = resolved;
  const view = getCompetitionView(ctx, id);
  if (!view) notFound();
  const r = view.result;
  return (
    <div className="space-y-5">
      <PageTitle title={`${view.name} · ${formatPeriodZh(ctx.period)}`}>
        牵头领导：{view.leader ?? '—'} · 牵头部门：{view.unit ?? '—'}
      </PageTitle>
      <KeyFigures label="竞赛概况">
        <KeyFigure label="得分" value={formatNumber(r.score)} testId="competition-score" />
        <KeyFigure
          label="竞赛排名"
          value={formatRank(r.rank, view.total)}
          testId="competition-rank"
          extra={<Movement delta={r.movement} className="text-sm" />}
        />
        <KeyFigure label="平均完成率" value={formatPercent(r.completion)} />
        <StatusCountsRow counts={r.counts} className="text-sm" />
      </KeyFigures>
      <CompletionPanel ctx={ctx} bars={view.bars} />
      <Suspense fallback={<TableSkeleton height={view.bars.length * 36} />}>
        <TaskForceTable ctx={ctx} id={id} />
      </Suspense>
    </div>
  );
}

async function TaskForceTable({ ctx, id }: { ctx: DashboardContext; id: number }) {
  const table = taskForceRankingTable(ctx, { id: 'competition-task-forces', title: '专班排名', competitionId: id });
  return <DataTable table={table} exportQuery={`period=${ctx.period}&id=${id}`} />;
}
