import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { cellText, isNumeric, type Cell, type Column, type Table } from '@/lib/views/table';
import { cn } from '@/lib/utils';
import { ExportLink } from './export-link';
import { TableCell } from './table-cell';

/** Rows shown on a page before “显示全部” (the export always holds every row). */
export const PAGE_ROW_LIMIT = 100;

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
  /** Show every row; otherwise at most PAGE_ROW_LIMIT, with `showAllHref` to see the rest. */
  showAll?: boolean;
  showAllHref?: string;
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

/** A dashboard table with its title, an .xlsx download of exactly these columns and rows, and its note. */
export function DataTable({
  table,
  exportQuery,
  height,
  empty = '暂无数据',
  headingLevel = 'h2',
  className,
  actions,
  figureColumn,
  showAll,
  showAllHref,
}: DataTableProps) {
  const Heading = headingLevel;
  const headingId = `table-${table.id}-title`;
  const rows = showAll ? table.rows : table.rows.slice(0, PAGE_ROW_LIMIT);
  const hidden = table.rows.length - rows.length;
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
            {rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length + (figureColumn ? 1 : 0)} className="w py-6! text-center text-slate-600">
                  {empty}
                </td>
              </tr>
            ) : (
              rows.map((row, r) => (
                <tr key={r} data-testid={table.rowKeys?.[r] ? `row-${table.rowKeys[r]}` : undefined}>
                  {row.map((cell, i) => (
                    <td
                      key={i}
                      className={cellClass(table.columns[i], cell)}
                      data-testid={table.columns[i]?.key ? `cell-${table.columns[i].key}` : undefined}
                    >
                      <TableCell cell={cell} />
                    </td>
                  ))}
                  {figureColumn && <td className="py-1!">{figureColumn.cells[r]}</td>}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {hidden > 0 && (
        <p className="border-t border-slate-100 px-4 py-2 text-sm text-slate-700" data-testid="rows-hidden">
          页面显示前{rows.length}项，另有{hidden}项未显示（导出的 Excel 包含全部{table.rows.length}项）。
          {showAllHref && (
            <Link href={showAllHref} className="ml-2 font-medium text-brand-700 underline underline-offset-2">
              显示全部
            </Link>
          )}
        </p>
      )}
      {table.note && <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-600">{table.note}</p>}
    </Card>
  );
}

/** n: number (right, tabular); x: a wide sentence column; w: long text that wraps; none: short text. */
function cellClass(column: Column | undefined, cell: Cell): string | undefined {
  if (alignRight(column?.align, cell)) return 'n';
  if (column?.wide) return 'x';
  return short(cell) ? undefined : 'w';
}

function alignRight(align: 'left' | 'right' | undefined, cell: Cell | undefined): boolean {
  return align ? align === 'right' : cell !== undefined && isNumeric(cell);
}

/**
 * Short labels (periods, short names, statuses) never wrap; longer texts may wrap, which the browser
 * does only when the table would otherwise be wider than its box (every column stays in view at
 * 1366 px, no sideways scrolling).
 */
function short(cell: Cell): boolean {
  return cell.kind !== 'text' || [...cellText(cell)].length <= 6;
}
