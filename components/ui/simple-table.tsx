import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';

export interface SimpleColumn {
  header: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Long text that wraps. */
  wrap?: boolean;
}

/** A plain table: headers, rows of cells, a row key each; the caption names it for screen readers. */
export function SimpleTable({
  caption,
  columns,
  rows,
  className,
  testId,
}: {
  caption: string;
  columns: SimpleColumn[];
  rows: { key: string; cells: ReactNode[] }[];
  className?: string;
  testId?: string;
}) {
  return (
    <div className={cn('overflow-x-auto', className)} data-testid={testId}>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={cn('px-2.5 py-2 font-semibold whitespace-nowrap', c.numeric && 'text-right')}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-testid={`row-${r.key}`} className="border-t border-slate-100 hover:bg-brand-50/50">
              {r.cells.map((cell, i) => (
                <td
                  key={i}
                  className={cn(
                    'px-2.5 py-1.5 align-top',
                    columns[i]?.numeric ? 'text-right tabular-nums whitespace-nowrap' : columns[i]?.wrap ? 'min-w-24' : 'whitespace-nowrap',
                  )}
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
