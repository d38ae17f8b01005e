import { tablePage, type PagingLocation } from '@/lib/views/paging';
import type { Table } from '@/lib/views/table';
import { alignRight, drawCell } from '@/lib/views/drawn-cell';
import { packRows } from '@/lib/views/packed-cell';
import { DataTableView, type DrawnTable } from './data-table-view';
import { Pager } from './pager';

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
 * and its note. The server pages and packs the rows; a client component draws them, so the page's
 * payload carries the table's words once, not its markup. Each keyed column names its test hook
 * once, on its header (`col-<key>`).
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
  const page = tablePage(table.id, table.rows.length, pageSize, paging ?? { path: '', params: {} });
  const shown = table.rows.slice(page.from, page.to);
  const drawn: DrawnTable = {
    id: table.id,
    title: table.title,
    count: table.rows.length,
    headers: table.columns.map((c, i) => ({
      t: c.header,
      ...(alignRight(c.align, table.rows[0]?.[i]) && { n: true as const }),
      ...(c.key && { key: c.key }),
    })),
    packed: packRows(
      shown.map((row) => row.map((cell, i) => drawCell(table.columns[i], cell))),
      table.columns.length,
    ),
    ...(table.rowKeys && { rowKeys: table.rowKeys.slice(page.from, page.to) }),
    ...(table.note && { note: table.note }),
    ...(exportQuery !== undefined && { exportQuery }),
  };
  const pager = page.pages > 1 && (
    <Pager page={page} total={table.rows.length} linked={paging !== undefined} note={`导出的 Excel 包含全部${table.rows.length}项`} />
  );
  // Props left out rather than undefined: an undefined prop still costs bytes in the payload.
  return (
    <DataTableView
      table={drawn}
      empty={empty}
      heading={headingLevel}
      {...(className && { className })}
      {...(height && { height })}
      {...(actions !== undefined && { actions })}
      {...(pager && { footer: pager })}
      {...(figureColumn && { figureHeader: figureColumn.header, figures: figureColumn.cells.slice(page.from, page.to) })}
    />
  );
}
