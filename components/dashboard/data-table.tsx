import { Card } from '@/components/ui/card';
import { cellText, isNumeric, type Cell, type Table } from '@/lib/excel/table';
import { cn } from '@/lib/utils';
import { ExportLink } from './export-link';
import { TableCell } from './table-cell';

interface DataTableProps {
  table: Table;
  /** Query string of the export (period, id …), without '?'; no export link when absent. */
  exportQuery?: string;
  /** Fixed height of the scrolling body in px (the box keeps its size while loading and after). */
  height?: number;
  /** Words shown when there is no row. */
  empty?: string;
  /** Heading level of the title. */
  headingLevel?: 'h2' | 'h3';
  className?: string;
  /** Extra content beside the title (filters). */
  actions?: React.ReactNode;
  /** A picture column shown on the page only (e.g. sparklines), one node per row; never exported. */
  figureColumn?: { header: string; cells: React.ReactNode[] };
}

/** A dashboard table with its title, an .xlsx download of exactly these columns and rows, and its note. */
export function DataTable({ table, exportQuery, height, empty = '暂无数据', headingLevel = 'h2', className, actions, figureColumn }: DataTableProps) {
  const Heading = headingLevel;
  const headingId = `table-${table.id}-title`;
  return (
    <Card className={cn('flex flex-col', className)} data-testid={`table-${table.id}`}>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-4 py-2.5">
        <Heading id={headingId} className="text-base font-semibold text-slate-900">
          {table.title}
          <span className="ml-2 text-xs font-normal text-slate-500">共{table.rows.length}项</span>
        </Heading>
        <div className="flex flex-wrap items-center gap-2">
          {actions}
          {exportQuery !== undefined && <ExportLink table={table.id} query={exportQuery} title={table.title} />}
        </div>
      </div>
      <div
        className="overflow-auto focus-visible:outline-2 focus-visible:outline-brand-600"
        style={height ? { height } : undefined}
        tabIndex={0}
        role="region"
        aria-labelledby={headingId}
      >
        <table className="w-full border-collapse text-sm" aria-labelledby={headingId}>
          <thead className="sticky top-0 z-10 bg-slate-50 text-left text-xs text-slate-600">
            <tr>
              {table.columns.map((c, i) => (
                <th key={c.header} scope="col" className={cn('px-3 py-2 font-semibold whitespace-nowrap', alignRight(c.align, table.rows[0]?.[i]) && 'text-right')}>
                  {c.header}
                </th>
              ))}
              {figureColumn && (
                <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
                  {figureColumn.header}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length + (figureColumn ? 1 : 0)} className="px-3 py-6 text-center text-slate-500">
                  {empty}
                </td>
              </tr>
            ) : (
              table.rows.map((row, r) => (
                <tr key={r} className="border-t border-slate-100 hover:bg-brand-50/50">
                  {row.map((cell, i) => (
                    <td key={i} className={cn('px-3 py-1.5 align-middle', alignRight(table.columns[i]?.align, cell) ? 'tabular text-right whitespace-nowrap' : short(cell) ? 'whitespace-nowrap' : 'min-w-40')}>
                      <TableCell cell={cell} />
                    </td>
                  ))}
                  {figureColumn && <td className="px-3 py-1">{figureColumn.cells[r]}</td>}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {table.note && <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">{table.note}</p>}
    </Card>
  );
}

function alignRight(align: 'left' | 'right' | undefined, cell: Cell | undefined): boolean {
  return align ? align === 'right' : cell !== undefined && isNumeric(cell);
}

/** Short labels (periods, names of units, statuses) never wrap; long texts do. */
function short(cell: Cell): boolean {
  return cell.kind !== 'text' || [...cellText(cell)].length <= 12;
}
