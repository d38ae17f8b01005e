/**
 * Validates the rows of an uploaded template against the indicators and this period's entries:
 * every row gets a status (update / unchanged / error / skip) and, on error, its reasons in
 * Chinese. Pure: the caller loads the context (in the action's transaction) and writes nothing
 * unless no row has an error.
 *
 * Rules: blank = unchanged (for the value and for each text); numbers follow parseNumberInput
 * (full-width digits, thousands separators, "85%" only for % indicators); a number Excel shows as a
 * percentage counts as "85%"; formulas are refused; ranks are positive integers; milestone
 * indicators are skipped (they are reported in the form), and so are indicators the round owes no
 * figure of (错月 into another year, 1—2月 combined); submitted and approved entries cannot
 * be changed except by an administrator. Texts follow the user-text rule (lib/text). Warnings
 * (merged cells, hidden rows, a fraction given for a % indicator) do not stop the import: it writes
 * what the preview showed.
 */
import type { EntryStatus, IndicatorKind } from '@/db/schema';
import { formatBeijingTimeShort, formatPeriodZh } from '@/lib/format';
import type { ParsedReport, RawCell, RawRow } from './report-import';
import { IMPORT_MESSAGES, MILESTONE_NOTE, NOT_OWED_NOTE, ROW_MESSAGES, TEMPLATE_HEADERS, type RowStatus } from './report-messages';
import {
  exactValue,
  fractionWarning,
  isPlainPercent,
  parseTextCell,
  parseValueCell,
  storedText,
  type PercentContext,
} from './report-values';

export interface ImportEntry {
  value: number | null;
  workProgress: string;
  problems: string;
  nextSteps: string;
  status: EntryStatus;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
}

export interface ImportIndicator {
  id: number;
  name: string;
  kind: IndicatorKind;
  unit: string;
  taskForce: string;
  annualTarget: number | null;
  /** can(user, 'progress:edit', its scope) */
  inScope: boolean;
  /** Why no figure may be written (archived indicator, task force or competition), or null. */
  archived?: string | null;
  /** The round owes a figure of this indicator (错月: the entry is that of the data month it owes). */
  owes: boolean;
  entry: ImportEntry | null;
}

export interface ImportContext {
  period: string;
  periodState: 'open' | 'locked' | 'missing';
  /** Administrators may change submitted / approved entries and locked periods. */
  isAdmin: boolean;
  /** The campaign's indicators that the file mentions, by id. */
  indicators: Map<number, ImportIndicator>;
}

export interface EntryFields {
  value: number | null;
  workProgress: string;
  problems: string;
  nextSteps: string;
}

export interface PreviewRow {
  row: number;
  indicatorId: number | null;
  taskForce: string;
  indicator: string;
  status: RowStatus;
  errors: string[];
  /** Things to check that do not stop the import (a merged cell, a hidden row, an ambiguous fraction). */
  warnings: string[];
  /** Headers of the changed columns, e.g. ['本期数值', '工作进展']. */
  changes: string[];
  before: string;
  after: string;
  /** The entry's version when validated; 0 when it has no entry yet. */
  version: number;
  /** 'name于10月9日 14:30': who changed the entry last. */
  lastChange: string | null;
  /** The entry as it will be saved (status 'update' only). */
  write?: EntryFields;
  /** Why a row is skipped (status 'skip' only). */
  skipNote?: string;
}

export type RowCounts = Record<RowStatus, number>;
export type ImportPreview = { ok: true; rows: PreviewRow[]; counts: RowCounts } | { ok: false; message: string };

const TEXTS = ['workProgress', 'problems', 'nextSteps'] as const;

function rowId(cell: RawCell): { ok: true; id: number } | { ok: false; message: string } {
  if (cell.kind === 'blank') return { ok: false, message: ROW_MESSAGES.missingId };
  const raw = cell.kind === 'number' ? String(cell.value) : cell.kind === 'text' ? cell.text : cell.kind === 'other' ? cell.shown : '公式';
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? { ok: true, id } : { ok: false, message: ROW_MESSAGES.badId(raw) };
}

function checkRow(
  raw: RawRow,
  ind: ImportIndicator,
  isAdmin: boolean,
  fileExample: number | null,
): Omit<PreviewRow, 'row' | 'indicatorId' | 'taskForce' | 'indicator'> {
  const e = ind.entry;
  const before: EntryFields = {
    value: e?.value ?? null,
    workProgress: e?.workProgress ?? '',
    problems: e?.problems ?? '',
    nextSteps: e?.nextSteps ?? '',
  };
  const base = {
    version: e?.version ?? 0,
    lastChange: e ? `${e.updatedByName ?? '他人'}于${formatBeijingTimeShort(e.updatedAt)}` : null,
    before: exactValue(before.value, ind.kind, ind.unit),
  };
  const row = { ...base, after: base.before, errors: [] as string[], warnings: [...raw.notes], changes: [] as string[] };
  if (ind.kind === 'milestone' || !ind.owes) {
    const value: RawCell = raw.value.kind === 'text' && raw.value.text === MILESTONE_NOTE ? { kind: 'blank' } : raw.value;
    const filled = [value, raw.workProgress, raw.problems, raw.nextSteps].some((c) => c.kind !== 'blank');
    const shown = { ...row, before: '—', after: '—' };
    const milestone = ind.kind === 'milestone';
    if (filled) return { ...shown, status: 'error', errors: [milestone ? ROW_MESSAGES.milestone : ROW_MESSAGES.notOwed] };
    return { ...shown, status: 'skip', skipNote: milestone ? MILESTONE_NOTE : NOT_OWED_NOTE };
  }
  const value = parseValueCell(raw.value, ind.kind, ind.unit);
  if (!value.ok) row.errors.push(`${TEMPLATE_HEADERS.value}：${value.message}`);
  const percent: PercentContext = { fileExample, annualTarget: ind.annualTarget, current: before.value };
  const fraction = value.ok ? fractionWarning(raw.value, value.value, ind.unit, percent) : null;
  if (fraction) row.warnings.push(fraction);
  const next: EntryFields = { ...before, value: value.ok && value.value !== null ? value.value : before.value };
  if (next.value !== before.value) row.changes.push(TEMPLATE_HEADERS.value);
  for (const key of TEXTS) {
    const text = parseTextCell(raw[key], TEMPLATE_HEADERS[key]);
    if (!text.ok) row.errors.push(`${TEMPLATE_HEADERS[key]}：${text.message}`);
    else if (text.value !== null && text.value !== storedText(before[key])) {
      next[key] = text.value;
      row.changes.push(TEMPLATE_HEADERS[key]);
    }
  }
  row.after = exactValue(next.value, ind.kind, ind.unit);
  if (row.errors.length) return { ...row, status: 'error' };
  if (row.changes.length === 0) return { ...row, status: 'unchanged' };
  if (!isAdmin && (e?.status === 'submitted' || e?.status === 'approved')) {
    return { ...row, status: 'error', errors: [e.status === 'submitted' ? ROW_MESSAGES.submitted : ROW_MESSAGES.approved] };
  }
  return { ...row, status: 'update', write: next };
}

/** The values ≥ 1 in magnitude typed for % indicators of the file, by row: what its % figures look like. */
function percentExamples(report: ParsedReport, ctx: ImportContext): { row: number; value: number }[] {
  return report.rows.flatMap((raw) => {
    const id = rowId(raw.id);
    const ind = id.ok ? ctx.indicators.get(id.id) : undefined;
    if (!ind || !isPlainPercent(ind.unit)) return [];
    const v = parseValueCell(raw.value, ind.kind, ind.unit);
    return v.ok && v.value !== null && Math.abs(v.value) >= 1 ? [{ row: raw.row, value: v.value }] : [];
  });
}

/** Validates every row of the file; a refusal of the whole file (wrong or closed period) instead of rows. */
export function validateImport(report: ParsedReport, ctx: ImportContext): ImportPreview {
  const label = formatPeriodZh(ctx.period);
  if (report.period !== ctx.period)
    return { ok: false, message: IMPORT_MESSAGES.wrongPeriod(report.period ? formatPeriodZh(report.period) : '其他月份', label) };
  if (ctx.periodState === 'missing') return { ok: false, message: IMPORT_MESSAGES.periodMissing(label) };
  if (ctx.periodState === 'locked')
    return { ok: false, message: ctx.isAdmin ? IMPORT_MESSAGES.periodLockedAdmin(label) : IMPORT_MESSAGES.periodLocked(label) };
  const seen = new Map<number, number>();
  const examples = percentExamples(report, ctx);
  const rows = report.rows.map((raw): PreviewRow => {
    const empty = {
      row: raw.row,
      indicatorId: null,
      taskForce: '',
      indicator: '',
      status: 'error' as const,
      warnings: raw.notes,
      changes: [],
      before: '',
      after: '',
      version: 0,
      lastChange: null,
    };
    const id = rowId(raw.id);
    if (!id.ok) return { ...empty, errors: [id.message] };
    const ind = ctx.indicators.get(id.id);
    if (!ind) return { ...empty, indicatorId: id.id, errors: [ROW_MESSAGES.unknownId(id.id)] };
    const named = { ...empty, indicatorId: id.id, taskForce: ind.taskForce, indicator: ind.name };
    const first = seen.get(id.id);
    if (first !== undefined) return { ...named, errors: [ROW_MESSAGES.duplicate(first)] };
    seen.set(id.id, raw.row);
    if (!ind.inScope) return { ...named, errors: [ROW_MESSAGES.outOfScope(ind.taskForce)] };
    if (ind.archived) return { ...named, errors: [ind.archived] };
    const example = examples.find((x) => x.row !== raw.row)?.value ?? null;
    return { ...named, ...checkRow(raw, ind, ctx.isAdmin, example) };
  });
  const counts: RowCounts = { update: 0, unchanged: 0, error: 0, skip: 0 };
  for (const r of rows) counts[r.status] += 1;
  return { ok: true, rows, counts };
}

/** The rows to be written whose entry changed since the preview (its version then → now). */
export function staleRows(rows: PreviewRow[], previewVersions: Record<string, number>): PreviewRow[] {
  return rows.filter((r) => r.status === 'update' && r.indicatorId !== null && previewVersions[String(r.indicatorId)] !== r.version);
}
