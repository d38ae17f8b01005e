import { Card } from '@/components/ui/card';
import { tablePage, type PagingLocation } from '@/lib/views/paging';
import type { Table } from '@/lib/views/table';
import { cn } from '@/lib/utils';
import { alignRight, drawCell } from '@/lib/views/drawn-cell';
import { ExportLink } from './export-link';
import { Pager } from './pager';
import { TableRows } from './table-rows';

/** Rows on one page of a table (the export always holds every row). */
export const PAGE_ROW_LIMIT = 50;

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
  /** Where the pager's links lead; without it only the first page is shown. */
  paging?: PagingLocation;
  /** Rows per page (PAGE_ROW_LIMIT unless the box is small). */
  pageSize?: number;
}

/**
 * Cell styles are set once on the table (arbitrary variants) and each cell carries at most a
 * one-letter class — n: number (right, tabular), x: a sentence column (gap words), w: long text
 * (wraps) — keeping the HTML and the RSC payload of big tables small.
 */
const TABLE_CLASSES = cn(
  'w-full border-collapse text-sm',
  '[&_th]:px-2.5 [&_th]:py-2 [&_th]:font-semibold [&_th]:whitespace-nowrap [&_th.n]:text-right',
  '[&_td]:px-2.5 [&_td]:py-1.5 [&_td]:align-middle [&_td]:whitespace-nowrap',
  '[&_td.n]:text-right [&_td.n]:tabular-nums [&_td.w]:min-w-24 [&_td.w]:whitespace-normal [&_td.x]:min-w-40 [&_td.x]:whitespace-normal',
  '[&_tbody_tr]:border-t [&_tbody_tr]:border-slate-100 [&_tbody_tr:hover]:bg-brand-50/50',
  '[&_td_a]:font-medium [&_td_a]:text-brand-700 [&_td_a:hover]:underline',
);

/** A dashboard table with its title, an .xlsx download of exactly these columns and rows, its pages and its note. */
export function DataTable({
  table,
  exportQuery,
  height,
  empty = '暂无数据',
  headingLevel = 'h2',
  className,
  actions,
  figureColumn,
  paging,
  pageSize = PAGE_ROW_LIMIT,
}: DataTableProps) {
  const Heading = headingLevel;
  const headingId = `table-${table.id}-title`;
  const page = tablePage(table.id, table.rows.length, pageSize, paging ?? { path: '', params: {} });
  return (
    <Card className={cn('flex flex-col', className)} data-testid={`table-${table.id}`}>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-4 py-2.5">
        <Heading id={headingId} className="text-base font-semibold text-slate-900">
          <bdi>{table.title}</bdi>
          <span className="ml-2 text-xs font-normal text-slate-600">共{table.rows.length}项</span>
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
        <table className={TABLE_CLASSES} aria-labelledby={headingId}>
          <thead className="sticky top-0 z-10 bg-slate-50 text-left text-xs text-slate-600">
            <tr>
              {table.columns.map((c, i) => (
                <th key={c.header} scope="col" className={alignRight(c.align, table.rows[0]?.[i]) ? 'n' : undefined}>
                  {c.header}
                </th>
              ))}
              {figureColumn && <th scope="col">{figureColumn.header}</th>}
            </tr>
          </thead>
          <tbody>
            <TableRows
              keys={table.columns.map((c) => c.key ?? '')}
              rows={table.rows.slice(page.from, page.to).map((row) => row.map((cell, i) => drawCell(table.columns[i], cell)))}
              rowKeys={table.rowKeys?.slice(page.from, page.to)}
              figures={figureColumn?.cells.slice(page.from, page.to)}
              empty={empty}
            />
          </tbody>
        </table>
      </div>
      {page.pages > 1 && (
        <Pager page={page} total={table.rows.length} linked={paging !== undefined} note={`导出的 Excel 包含全部${table.rows.length}项`} />
      )}
      {table.note && <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-600">{table.note}</p>}
    </Card>
  );
}
