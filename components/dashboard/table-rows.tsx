'use client';

import type { Cell } from '@/lib/views/table';
import { cellClass, type ColumnLook } from './cell-class';
import { TableCell } from './table-cell';

interface TableRowsProps {
  columns: ColumnLook[];
  rows: Cell[][];
  rowKeys?: string[];
  /** The picture column's nodes of these rows (sparklines), when the table has one. */
  figures?: React.ReactNode[];
  empty: string;
}

/**
 * The rows of a dashboard table, drawn from the cells themselves: the page's payload carries each
 * cell once as data (kind, text, value) instead of as a tree of elements, and only the rows shown.
 */
export function TableRows({ columns, rows, rowKeys, figures, empty }: TableRowsProps) {
  if (rows.length === 0)
    return (
      <tr>
        <td colSpan={columns.length + (figures ? 1 : 0)} className="w py-6! text-center text-slate-600">
          {empty}
        </td>
      </tr>
    );
  return rows.map((row, r) => (
    <tr key={r} data-testid={rowKeys?.[r] ? `row-${rowKeys[r]}` : undefined}>
      {row.map((cell, i) => (
        <td key={i} className={cellClass(columns[i], cell)} data-testid={columns[i]?.key ? `cell-${columns[i].key}` : undefined}>
          <TableCell cell={cell} />
        </td>
      ))}
      {figures && <td className="py-1!">{figures[r]}</td>}
    </tr>
  ));
}
