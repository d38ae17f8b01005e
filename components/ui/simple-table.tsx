import type { ReactNode } from 'react';
import { clsx } from 'clsx';

export interface SimpleColumn {
  header: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Long text that wraps. */
  wrap?: boolean;
}

/** A plain table (the `st` classes of app/globals.css): headers, rows of cells, a row key each; the caption names it for screen readers. */
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
    <div className={clsx('overflow-x-auto', className)} data-testid={testId}>
      <table className="st">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.numeric ? 'n' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-testid={`row-${r.key}`}>
              {r.cells.map((cell, i) => (
                <td key={i} className={columns[i]?.numeric ? 'n' : columns[i]?.wrap ? 'w' : undefined}>
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
