/**
 * The table model shared by the dashboard's HTML tables and their .xlsx export: one definition of
 * columns (Chinese headers) and typed cells, so the download always has the same columns and the
 * same wording as the page. Pure; formatting goes through lib/format.
 */
import {
  DASH,
  formatAmount,
  formatMovement,
  formatNumber,
  formatPercent,
  formatRank,
  formatValue,
  movementArrow,
  STATUS_LABELS,
  type StatusKey,
} from '@/lib/format';

/** Shown instead of 未报送 when the period's figure is submitted but not yet approved. */
export const PENDING_LABEL = '待审核';

export type Cell =
  | { kind: 'text'; text: string; href?: string }
  /** A plain number with a fixed number of decimals. */
  | { kind: 'number'; value: number | null; digits: number }
  /** A figure in its own unit exactly as typed (forms, templates, previews); `pending` marks a submitted, not yet approved value. */
  | { kind: 'value'; value: number | null; unit: string; pending?: boolean }
  /** A figure as officials read it (万元 scaled to 亿元, see formatAmount); `pending` as for 'value'. */
  | { kind: 'amount'; value: number | null; unit: string; pending?: boolean }
  /** A fraction shown as a percentage with one decimal (0.756 → 75.6%). */
  | { kind: 'percent'; value: number | null }
  /** A 1-based rank (第3名). */
  | { kind: 'rank'; value: number | null }
  /** 争先进位: positive = moved up. */
  | { kind: 'movement'; value: number | null }
  | { kind: 'status'; status: StatusKey; pending: boolean };

export interface Column {
  header: string;
  /** A stable English key of the column (test hook `col-<key>` on its header); none for plain columns. */
  key?: string;
  /** Excel column width in characters; estimated from the content when absent. */
  width?: number;
  /** Alignment on the page; by default numbers right, text left. */
  align?: 'left' | 'right';
  /** Sentences (gap words): the page gives the column room to wrap into two lines at most. */
  wide?: boolean;
}

export interface Table {
  /** Stable id, also the export route's name for the table. */
  id: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** One stable key per row (test hook `row-<key>` on the page), parallel to `rows`. */
  rowKeys?: string[];
  /** A sentence shown under the table and written to the export's 说明 sheet. */
  note?: string;
}

/** A row with its key, as builders produce them before {@link keyedRows} splits them into a Table. */
export interface KeyedRow {
  key: string;
  cells: Cell[];
}

/** `rows` and `rowKeys` of a Table from keyed rows. */
export function keyedRows(rows: KeyedRow[]): Pick<Table, 'rows' | 'rowKeys'> {
  return { rows: rows.map((r) => r.cells), rowKeys: rows.map((r) => r.key) };
}

export const text = (t: string | null | undefined, href?: string): Cell => ({ kind: 'text', text: t ?? DASH, href });
export const num = (value: number | null, digits = 1): Cell => ({ kind: 'number', value, digits });
export const pct = (value: number | null): Cell => ({ kind: 'percent', value });
export const rank = (value: number | null): Cell => ({ kind: 'rank', value });
export const move = (value: number | null): Cell => ({ kind: 'movement', value });
export const status = (s: StatusKey, pending = false): Cell => ({ kind: 'status', status: s, pending });
export const value = (v: number | null, unit: string, pending = false): Cell => ({ kind: 'value', value: v, unit, pending });
export const amount = (v: number | null, unit: string, pending = false): Cell => ({ kind: 'amount', value: v, unit, pending });

/** The status word as shown: 待审核 replaces 未报送 when the figure awaits approval. */
export function statusText(s: StatusKey, pending: boolean): string {
  if (!pending) return STATUS_LABELS[s];
  return s === 'no_data' ? PENDING_LABEL : `${STATUS_LABELS[s]}（${PENDING_LABEL}）`;
}

/** The text a reader sees in the cell (icons and arrows excluded). Never NaN/Infinity: '—' instead. */
export function cellText(c: Cell): string {
  switch (c.kind) {
    case 'text':
      return c.text;
    case 'number':
      return formatNumber(c.value, c.digits);
    case 'value':
    case 'amount': {
      const shown = c.kind === 'amount' ? formatAmount(c.value, c.unit) : formatValue(c.value, c.unit);
      return c.pending && shown !== DASH ? `${shown}（${PENDING_LABEL}）` : shown;
    }
    case 'percent':
      return formatPercent(c.value);
    case 'rank':
      return formatRank(c.value);
    case 'movement':
      return formatMovement(c.value);
    case 'status':
      return statusText(c.status, c.pending);
  }
}

/** Arrow shown before a movement ('' when none); kept apart so exports hold the words only. */
export function cellArrow(c: Cell): string {
  return c.kind === 'movement' ? movementArrow(c.value) : '';
}

/** True for cells whose content is a number (right-aligned, tabular figures). */
export function isNumeric(c: Cell): boolean {
  return c.kind === 'number' || c.kind === 'value' || c.kind === 'amount' || c.kind === 'percent' || c.kind === 'rank';
}
