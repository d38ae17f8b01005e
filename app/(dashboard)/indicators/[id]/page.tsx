import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DataTable } from '@/components/dashboard/data-table';
import { CountyPanel } from '@/components/dashboard/indicator/county-panel';
import { Projection } from '@/components/dashboard/indicator/projection';
import { TrendPanel } from '@/components/dashboard/indicator/trend-panel';
import { KeyFigure, KeyFigures } from '@/components/dashboard/key-figure';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { TableCell } from '@/components/dashboard/table-cell';
import { Movement } from '@/components/movement';
import { parseId, resolveDashboard, withPeriod, type SearchParams } from '@/db/queries/dashboard-context';
import { getIndicatorView } from '@/db/queries/indicator-detail';
import { indicatorEntriesTable, indicatorStepsTable } from '@/db/queries/indicator-tables';
import { entityTitle } from '@/db/queries/dashboard-titles';
import { requireUser } from '@/lib/auth/session';
import { actualCell, gapText, targetCell } from '@/lib/views/indicator-cells';
import { cellText, status } from '@/lib/views/table';
import { DIRECTION_LABELS, formatNumber, formatPercent, formatPeriodZh, formatRank, KIND_LABELS } from '@/lib/format';
import { periodEndDate } from '@/lib/metrics';

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
  await requireUser();
  const { id: rawId } = await params;
  const id = parseId(rawId);
  if (id === null) notFound();
  const resolved = resolveDashboard(await searchParams);
  if (!resolved.ok) return <PeriodError message={resolved.message} path={`/indicators/${id}`} />;
  const { ctx } = resolved;
  const view = getIndicatorView(ctx, id);
  if (!view) notFound();
  const ind = view.indicator;
  const r = view.result;
  const e = r.evaluation;
  const q = `period=${ctx.period}&id=${ind.id}`;
  const lagNote = ind.lagMonths > 0 ? `错月指标：本期按${e.effectivePeriod ? formatPeriodZh(e.effectivePeriod) : '—'}数据评价。` : '';
  return (
    <div className="space-y-5">
      <PageTitle title={`${ind.name} · ${formatPeriodZh(ctx.period)}`}>
        <Link className="text-brand-700 underline underline-offset-2" href={withPeriod(`/competitions/${view.competition.id}`, ctx.period)}>
          {view.competition.name}
        </Link>
        {' › '}
        <Link className="text-brand-700 underline underline-offset-2" href={withPeriod(`/task-forces/${view.taskForce.id}`, ctx.period)}>
          {view.taskForce.name}
        </Link>
        {` · 责任单位：${view.responsibleUnit ?? '—'} · ${KIND_LABELS[ind.kind]}`}
        {ind.kind !== 'milestone' && ` · 单位：${ind.unit} · ${ind.kind === 'rank' ? '名次越小越好' : DIRECTION_LABELS[ind.direction]}`}
        {lagNote && <span className="ml-2 text-status-behind">{lagNote}</span>}
      </PageTitle>
      <KeyFigures label="指标概况">
        <KeyFigure label="年度目标" value={cellText(targetCell(view.facts))} />
        <KeyFigure
          label="本期实际"
          value={cellText(actualCell(view.facts, e, view.months.find((m) => m.period === e.effectivePeriod)?.pending ?? null))}
        />
        {ind.kind !== 'level' && ind.kind !== 'rank' && <KeyFigure label="完成率" value={formatPercent(e.completion)} />}
        <div>
          <div className="text-xs text-slate-600">状态</div>
          <div className="mt-1 text-base" data-testid="indicator-status">
            <TableCell cell={status(e.status, r.pending)} />
          </div>
          <div className="mt-0.5 text-xs text-slate-600">{gapText(ind.kind, ind.unit, e)}</div>
        </div>
        <KeyFigure label="得分" value={formatNumber(e.score)} />
        {view.county && (
          <KeyFigure
            label="全市排名"
            value={formatRank(r.countyRank, r.countyTotal)}
            testId="indicator-county-rank"
            extra={<Movement delta={r.countyMovement} className="text-sm" />}
          />
        )}
      </KeyFigures>
      <Projection view={view} />
      {ind.kind === 'milestone' ? (
        <DataTable table={indicatorStepsTable(view, periodEndDate(ctx.period))} exportQuery={q} />
      ) : (
        <TrendPanel ctx={ctx} view={view} />
      )}
      <CountyPanel ctx={ctx} view={view} />
      {ind.kind !== 'milestone' && <DataTable table={indicatorEntriesTable(ctx, view)} exportQuery={q} empty="本年度尚无填报记录" />}
    </div>
  );
}
