import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DataTable } from '@/components/dashboard/data-table';
import { KeyFigure, KeyFigures } from '@/components/dashboard/key-figure';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { StatusCountsRow } from '@/components/dashboard/status-counts';
import { TaskForceIndicatorTable } from '@/components/dashboard/task-force/indicator-table';
import { Movement } from '@/components/movement';
import { parseId, resolveDashboard, withPeriod, type SearchParams } from '@/db/queries/dashboard-context';
import { getTaskForceView, workItemsTable } from '@/db/queries/task-force-detail';
import { entityTitle } from '@/db/queries/dashboard-titles';
import { requireUser } from '@/lib/auth/session';
import { TaskForceWorkItems } from '../../_supervision/task-force-work-items';
import { formatNumber, formatPercent, formatPeriodZh, formatRank } from '@/lib/format';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  return { title: entityTitle('taskForce', (await params).id) ?? '未找到' };
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
  const resolved = resolveDashboard(await searchParams);
  if (!resolved.ok) return <PeriodError message={resolved.message} path={`/task-forces/${id}`} />;
  const { ctx } = resolved;
  const view = getTaskForceView(ctx, id);
  if (!view) notFound();
  const r = view.result;
  return (
    <div className="space-y-5">
      <PageTitle title={`${view.name} · ${formatPeriodZh(ctx.period)}`}>
        <Link className="text-brand-700 underline underline-offset-2" href={withPeriod(`/competitions/${view.competition.id}`, ctx.period)}>
          {view.competition.name}
        </Link>
        {' · '}牵头领导：{view.leader ?? '—'} · 牵头单位：{view.unit ?? '—'}
      </PageTitle>
      <section
        aria-label="专班目标与成员"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white px-5 py-4 text-sm shadow-sm lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]"
      >
        <div>
          <h2 className="text-xs font-semibold text-slate-600">目标</h2>
          <p className="mt-1 text-base text-slate-900">{view.goal}</p>
        </div>
        <div>
          <h2 className="text-xs font-semibold text-slate-600">成员单位（{view.members.length}个）</h2>
          <p className="mt-1 text-slate-800">{view.members.join('、') || '—'}</p>
        </div>
      </section>
      <KeyFigures label="专班概况">
        <KeyFigure label="得分" value={formatNumber(r.score)} testId="task-force-score" />
        <KeyFigure
          label="全区排名"
          value={formatRank(r.rank, view.total)}
          testId="task-force-rank"
          extra={
            <span data-testid="task-force-movement">
              <Movement delta={r.movement} className="text-sm" />
            </span>
          }
        />
        <KeyFigure label="上期排名" value={formatRank(r.previousRank, view.total)} />
        <KeyFigure label="平均完成率" value={formatPercent(r.completion)} />
        <StatusCountsRow counts={r.counts} className="text-sm" />
      </KeyFigures>
      <TaskForceIndicatorTable ctx={ctx} view={view} />
      <TaskForceWorkItems taskForce={{ id: view.id, competitionId: view.competition.id }} period={ctx.period} user={user} />
      <DataTable table={workItemsTable(ctx, view)} exportQuery={`period=${ctx.period}&id=${view.id}`} empty="该专班暂无登记的工作任务" />
    </div>
  );
}
