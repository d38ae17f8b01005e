import { cellText, isNumeric, type Cell, type Column } from '@/lib/views/table';

/** What a table's body needs of a column to draw its cells. */
export type ColumnLook = Pick<Column, 'key' | 'align' | 'wide'>;

/** n: number (right, tabular); x: a wide sentence column; w: long text that wraps; none: short text. */
export function cellClass(column: ColumnLook | undefined, cell: Cell): string | undefined {
  if (alignRight(column?.align, cell)) return 'n';
  if (column?.wide) return 'x';
  return short(cell) ? undefined : 'w';
}

export function alignRight(align: 'left' | 'right' | undefined, cell: Cell | undefined): boolean {
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
