import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DataTable } from '@/components/dashboard/data-table';
import { CountyPanel } from '@/components/dashboard/indicator/county-panel';
import { IndicatorFigures } from '@/components/dashboard/indicator/indicator-figures';
import { Projection } from '@/components/dashboard/indicator/projection';
import { TrendPanel } from '@/components/dashboard/indicator/trend-panel';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { getDashboardData, parseId, resolveDashboard, type DashboardContext, type SearchParams } from '@/db/queries/dashboard-context';
import { entityTitle } from '@/db/queries/dashboard-titles';
import { getIndicatorRows, listIndicatorEntries } from '@/db/queries/indicator-rows';
import { listTargetChanges } from '@/db/queries/target-changes';
import type { AuthUser } from '@/lib/auth/permissions';
import { roleHas } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { formatPeriodZh } from '@/lib/format';
import { periodEndDate } from '@/lib/metrics';
import type { DashboardData } from '@/lib/views/context';
import { indicatorView, type IndicatorView } from '@/lib/views/indicator';
import { indicatorEntriesTable, indicatorStepsTable } from '@/lib/views/indicator-tables';
import { targetChangesTable, targetFormView } from '@/lib/views/target-changes';
import { TargetForm } from './target-form';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  return { title: entityTitle('indicator', (await params).id) ?? '未找到' };
}

export default async function IndicatorPage({
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
  if (!resolved.ok) return <PeriodError message={resolved.message} path={`/indicators/${id}`} />;
  const { ctx } = resolved;
  const data = getDashboardData(ctx);
  const rows = getIndicatorRows(ctx, id);
  const view = rows && indicatorView(data, id, rows, ctx.campaign.homeRegionCode);
  if (!view) notFound();
  const q = `period=${ctx.period}&id=${view.id}`;
  return (
    <div className="space-y-5">
      <PageTitle title={`${view.name} · ${formatPeriodZh(ctx.period)}`}>
        <Link className="text-brand-700 underline underline-offset-2" href={view.competition.href}>
          {view.competition.name}
        </Link>
        {' › '}
        <Link className="text-brand-700 underline underline-offset-2" href={view.taskForce.href}>
          {view.taskForce.name}
        </Link>
        {` · ${view.facts}`}
        {view.lagNote && <span className="ml-2 text-status-behind">{view.lagNote}</span>}
      </PageTitle>
      <IndicatorFigures view={view} />
      {view.projection && <Projection view={view.projection} />}
      {view.trend ? <TrendPanel scheme={ctx.settings.colourScheme} view={view.trend} /> : <Steps ctx={ctx} data={data} id={id} q={q} />}
      {view.counties && <CountyPanel scheme={ctx.settings.colourScheme} view={view.counties} exportQuery={q} />}
      {view.kind !== 'milestone' && <Entries ctx={ctx} data={data} view={view} q={q} />}
      <Targets data={data} id={id} user={user} />
    </div>
  );
}

function Steps({ ctx, data, id, q }: { ctx: DashboardContext; data: DashboardData; id: number; q: string }) {
  const ind = data.structure.indicators.find((i) => i.id === id)!;
  return <DataTable table={indicatorStepsTable(ind, data.structure.steps.get(id) ?? [], periodEndDate(ctx.period))} exportQuery={q} />;
}

function Entries({ ctx, data, view, q }: { ctx: DashboardContext; data: DashboardData; view: IndicatorView; q: string }) {
  const ind = data.structure.indicators.find((i) => i.id === view.id)!;
  const table = indicatorEntriesTable(ind, listIndicatorEntries(ctx, view.id) ?? []);
  return <DataTable table={table} exportQuery={q} empty="本年度尚无填报记录" />;
}

/** 目标调整: the history for everyone who may read the indicator; the form for administrators. */
function Targets({ data, id, user }: { data: DashboardData; id: number; user: AuthUser }) {
  const ind = data.structure.indicators.find((i) => i.id === id)!;
  const form = targetFormView(ind);
  const changes = listTargetChanges(id);
  if (!form && changes.length === 0) return null;
  return (
    <>
      {changes.length > 0 && <DataTable table={targetChangesTable(ind, changes)} />}
      {form && roleHas(user.role, 'campaign:manage') && <TargetForm indicatorId={id} view={form} />}
    </>
  );
}
