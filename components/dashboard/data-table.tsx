import { Card } from '@/components/ui/card';
import { tablePage, type PagingLocation } from '@/lib/views/paging';
import type { Table } from '@/lib/views/table';
import { cn } from '@/lib/utils';
import { alignRight, drawCell } from '@/lib/views/drawn-cell';
import { packRows } from '@/lib/views/packed-cell';
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
 * A dashboard table with its title, an .xlsx download of exactly these columns and rows, its pages
 * and its note. Its styles are the `dt` classes of app/globals.css: each cell carries at most a
 * one-letter class, and each keyed column its test hook once, on its header (`col-<key>`).
 */
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
      <div className="dt-bar">
        <Heading id={headingId} className="text-base font-semibold text-slate-900">
          <bdi>{table.title}</bdi>
          <span className="ml-2 text-xs font-normal text-slate-600">共{table.rows.length}项</span>
        </Heading>
        <div className="flex flex-wrap items-center gap-2">
          {actions}
          {exportQuery !== undefined && <ExportLink table={table.id} query={exportQuery} title={table.title} />}
        </div>
      </div>
      <div className="dt-box" style={height ? { height } : undefined} tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className="dt" aria-labelledby={headingId}>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th
                  key={c.header}
                  scope="col"
                  className={alignRight(c.align, table.rows[0]?.[i]) ? 'n' : undefined}
                  data-testid={c.key ? `col-${c.key}` : undefined}
                >
                  {c.header}
                </th>
              ))}
              {figureColumn && <th scope="col">{figureColumn.header}</th>}
            </tr>
          </thead>
          <tbody>
            <TableRows
              packed={packRows(
                table.rows.slice(page.from, page.to).map((row) => row.map((cell, i) => drawCell(table.columns[i], cell))),
                table.columns.length,
              )}
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
      {table.note && <p className="dt-note">{table.note}</p>}
    </Card>
  );
}
