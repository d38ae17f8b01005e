import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DataTable } from '@/components/dashboard/data-table';
import { GroupFigures } from '@/components/dashboard/group-figures';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { RankingCaveat } from '@/components/dashboard/ranking-caveat';
import { TaskForceGoal } from '@/components/dashboard/task-force/goal';
import { TaskForceIndicatorTable } from '@/components/dashboard/task-force/indicator-table';
import { getDashboardData, parseId, resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { entityTitle } from '@/db/queries/dashboard-titles';
import { getTaskForceRows } from '@/db/queries/task-force-rows';
import { requireUser } from '@/lib/auth/session';
import { TaskForceWorkItems } from '../../_supervision/task-force-work-items';
import { formatPeriodZh } from '@/lib/format';
import { taskForceView } from '@/lib/views/task-force';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  return { title: (await entityTitle('taskForce', (await params).id)) ?? '未找到' };
}

export default async function TaskForcePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const { id: rawId } = await params;
  const id = parseId(rawId);
  if (id === null) notFound();
  const resolved = await resolveDashboard(await searchParams);
  if (!resolved.ok) return <PeriodError message={resolved.message} path={`/task-forces/${id}`} />;
  const { ctx } = resolved;
  const rows = getTaskForceRows(ctx, id);
  const view = rows && taskForceView(getDashboardData(ctx), id, rows);
  if (!view) notFound();
  const exportQuery = `period=${ctx.period}&id=${view.id}`;
  return (
    <div className="space-y-5">
      <PageTitle title={`${view.name} · ${formatPeriodZh(ctx.period)}`}>
        <Link className="text-brand-700 underline underline-offset-2" href={view.competition.href}>
          {view.competition.name}
        </Link>
        {' · '}牵头领导：{view.leader ?? '—'} · 牵头单位：{view.unit ?? '—'}
      </PageTitle>
      <TaskForceGoal goal={view.goal} members={view.members} />
      <RankingCaveat text={view.caveat} />
      <GroupFigures f={view} prefix="task-force" label="专班概况" rankLabel="全区排名" />
      <TaskForceIndicatorTable
        scheme={ctx.settings.colourScheme}
        table={view.indicators}
        sparklines={view.sparklines}
        exportQuery={exportQuery}
      />
      <TaskForceWorkItems taskForceId={view.id} period={ctx.period} user={user} />
      <DataTable table={view.workItems} exportQuery={exportQuery} empty="该专班暂无登记的工作任务" />
    </div>
  );
}
