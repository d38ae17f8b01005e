import { chartPalette, type ColourScheme } from '@/components/charts/palette';
import { Sparkline } from '@/components/charts/sparkline';
import type { Table } from '@/lib/views/table';
import type { SparklineView } from '@/lib/views/task-force';
import { DataTable } from '../data-table';

/** The task force's indicators with status and a sparkline each (approved values, January to the period). */
export function TaskForceIndicatorTable({
  scheme,
  table,
  sparklines,
  exportQuery,
}: {
  scheme: ColourScheme;
  table: Table;
  sparklines: SparklineView[];
  exportQuery: string;
}) {
  const palette = chartPalette(scheme);
  const cells = sparklines.map((s) =>
    s.values.length === 0 ? (
      <span key={s.key} className="text-xs text-slate-600">
        —
      </span>
    ) : (
      <Sparkline key={s.key} values={s.values} colour={palette.status[s.tone]} reversed={s.reversed} title={s.title} />
    ),
  );
  return <DataTable table={table} exportQuery={exportQuery} figureColumn={{ header: '走势', cells }} />;
}
