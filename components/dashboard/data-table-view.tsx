'use client';

import { clsx } from 'clsx';
import type { PackedRows } from '@/lib/views/packed-cell';
import { ExportLink } from './export-link';
import { TableRows } from './table-rows';

/** A dashboard table as the page's payload carries it: words and packed cells, no markup. */
export interface DrawnTable {
  id: string;
  title: string;
  /** Rows in the whole table (every page). */
  count: number;
  /** Header words; n: a number column (right-aligned); key: the column's test hook (`col-<key>`). */
  headers: { t: string; n?: true; key?: string }[];
  packed: PackedRows;
  rowKeys?: string[];
  note?: string;
  /** Query string of the .xlsx export; no export link when absent. */
  exportQuery?: string;
}

interface DataTableViewProps {
  table: DrawnTable;
  empty: string;
  heading: 'h2' | 'h3';
  className?: string;
  height?: number;
  /** Content beside the title (filters) and under the rows (the pager), drawn by the server. */
  actions?: React.ReactNode;
  footer?: React.ReactNode;
  /** The picture column (sparklines): its header and one node per shown row. */
  figureHeader?: string;
  figures?: React.ReactNode[];
}

/** Draws a dashboard table (see DataTable) from its words: the `dt` classes of app/globals.css. */
export function DataTableView({
  table,
  empty,
  heading: Heading,
  className,
  height,
  actions,
  footer,
  figureHeader,
  figures,
}: DataTableViewProps) {
  const headingId = `table-${table.id}-title`;
  return (
    <div className={clsx('card flex flex-col', className)} data-testid={`table-${table.id}`}>
      <div className="dt-bar">
        <Heading id={headingId} className="text-base font-semibold text-slate-900">
          <bdi>{table.title}</bdi>
          <span className="ml-2 text-xs font-normal text-slate-600">共{table.count}项</span>
        </Heading>
        <div className="flex flex-wrap items-center gap-2">
          {actions}
          {table.exportQuery !== undefined && <ExportLink table={table.id} query={table.exportQuery} title={table.title} />}
        </div>
      </div>
      <div className="dt-box" style={height ? { height } : undefined} tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className="dt" aria-labelledby={headingId}>
          <thead>
            <tr>
              {table.headers.map((h) => (
                <th key={h.t} scope="col" className={h.n ? 'n' : undefined} data-testid={h.key ? `col-${h.key}` : undefined}>
                  {h.t}
                </th>
              ))}
              {figureHeader !== undefined && <th scope="col">{figureHeader}</th>}
            </tr>
          </thead>
          <tbody>
            <TableRows packed={table.packed} rowKeys={table.rowKeys} figures={figures} empty={empty} />
          </tbody>
        </table>
      </div>
      {footer}
      {table.note && <p className="dt-note">{table.note}</p>}
    </div>
  );
}
