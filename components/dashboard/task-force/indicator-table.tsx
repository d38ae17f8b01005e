import { chartPalette } from '@/components/charts/palette';
import { Sparkline } from '@/components/charts/sparkline';
import type { DashboardContext } from '@/db/queries/dashboard-context';
import { taskForceIndicatorsTable, type TaskForceView } from '@/db/queries/task-force-detail';
import { formatPeriodRangeZh, STATUS_LABELS } from '@/lib/format';
import { DataTable } from '../data-table';

/** The task force's indicators with status and a sparkline each (approved values, January to the period). */
export function TaskForceIndicatorTable({ ctx, view }: { ctx: DashboardContext; view: TaskForceView }) {
  const palette = chartPalette(ctx.settings.colourScheme);
  const table = taskForceIndicatorsTable(ctx, view);
  const cells = view.indicators.map(({ indicator, result, series }) =>
    series.length === 0 ? (
      <span key={indicator.id} className="text-xs text-slate-600">
        —
      </span>
    ) : (
      <Sparkline
        key={indicator.id}
        values={series}
        colour={palette.status[result.evaluation.status]}
        reversed={indicator.kind === 'rank'}
        title={`${indicator.name}：${formatPeriodRangeZh(result.evaluation.effectivePeriod ?? ctx.period)}走势，${STATUS_LABELS[result.evaluation.status]}`}
      />
    ),
  );
  return <DataTable table={table} exportQuery={`period=${ctx.period}&id=${view.id}`} figureColumn={{ header: '走势', cells }} />;
}
