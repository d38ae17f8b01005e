/**
 * Reading and validating an uploaded 村庄经营 template: the file's safety first (upload-guard,
 * sheet-guard: the monthly report's own checks), then the cells as their user sees them
 * (sheet-cells), then every row against the village's ventures, metrics and figures — pure, so
 * the action validates again inside its write transaction and writes nothing unless no row errs.
 */
import ExcelJS from 'exceljs';
import { figureQualifiers } from '@/db/schema';
import { formatQualified } from '@/lib/format';
import { FILE_MESSAGES } from './report-messages';
import { parseTextCell, parseValueCell } from './report-values';
import { boundWorkbook } from './sheet-guard';
import { readCell, type RawCell } from './sheet-cells';
import { inspectXlsx, storeZip } from './upload-guard';
import { VILLAGE_COLUMNS, VILLAGE_FIRST_ROW, VILLAGE_HEADER_ROW } from './village-template';
import { VILLAGE_HEADERS, VILLAGE_IMPORT_MESSAGES, VILLAGE_ROW_MESSAGES, VILLAGE_SHEET, type VillageRowStatus } from './village-messages';

export interface RawVillageRow {
  row: number;
  ventureId: RawCell;
  metricId: RawCell;
  value: RawCell;
  qualifier: RawCell;
  note: RawCell;
}

export interface ParsedVillageSheet {
  villageId: number | null;
  village: string;
  period: string | null;
  rows: RawVillageRow[];
}

const text = (c: RawCell) => (c.kind === 'text' ? c.text : c.kind === 'number' ? String(c.value) : '');

function readSheet(wb: ExcelJS.Workbook): { ok: true; sheet: ParsedVillageSheet } | { ok: false; message: string } {
  const ws = wb.getWorksheet(VILLAGE_SHEET);
  if (!ws) return { ok: false, message: VILLAGE_IMPORT_MESSAGES.noSheet };
  const header = ws.getRow(VILLAGE_HEADER_ROW);
  if (VILLAGE_COLUMNS.some((k, i) => text(readCell(header.getCell(i + 1))) !== VILLAGE_HEADERS[k]))
    return { ok: false, message: VILLAGE_IMPORT_MESSAGES.badHeader };
  const top = ws.getRow(1);
  if (text(readCell(top.getCell(1))) !== '村' || text(readCell(top.getCell(4))) !== '期间')
    return { ok: false, message: VILLAGE_IMPORT_MESSAGES.noHeadline };
  const id = Number(text(readCell(top.getCell(3))));
  const rows: RawVillageRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n < VILLAGE_FIRST_ROW || rows.length > 2000) return;
    const cell = (k: (typeof VILLAGE_COLUMNS)[number]) => readCell(row.getCell(VILLAGE_COLUMNS.indexOf(k) + 1));
    const raw = {
      row: n,
      ventureId: cell('ventureId'),
      metricId: cell('metricId'),
      value: cell('value'),
      qualifier: cell('qualifier'),
      note: cell('note'),
    };
    if ([raw.ventureId, raw.metricId, raw.value, raw.qualifier, raw.note].every((c) => c.kind === 'blank')) return;
    rows.push(raw);
  });
  if (rows.length > 2000) return { ok: false, message: VILLAGE_IMPORT_MESSAGES.tooManyRows };
  if (rows.length === 0) return { ok: false, message: VILLAGE_IMPORT_MESSAGES.noRows };
  const period = text(readCell(top.getCell(5)));
  return {
    ok: true,
    sheet: {
      villageId: Number.isSafeInteger(id) && id > 0 ? id : null,
      village: text(readCell(top.getCell(2))),
      period: /^\d{4}(-\d{2})?$/.test(period) ? period : null,
      rows,
    },
  };
}

/** From uploaded bytes to the sheet's rows, through the same guards as the monthly report. */
export async function readVillageUpload(
  bytes: Uint8Array,
): Promise<{ ok: true; sheet: ParsedVillageSheet } | { ok: false; message: string }> {
  const guarded = inspectXlsx(bytes);
  if (!guarded.ok) return guarded;
  const bounded = await boundWorkbook(guarded.entries);
  if (!bounded.ok) return bounded;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(storeZip(bounded.entries) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: FILE_MESSAGES.unreadable };
  }
  return readSheet(wb);
}

export interface ImportFigure {
  value: number;
  qualifier: string | null;
  note: string | null;
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  version: number;
  printed: string | null;
}

export interface VillageImportContext {
  villageId: number;
  village: string;
  period: string;
  isAdmin: boolean;
  /** Venture × metric pairs the template offers for this period (metric of the venture's kind and the period's granularity). */
  pairs: Map<string, { venture: string; metric: string; unit: string; figure: ImportFigure | null }>;
}

export interface VillagePreviewRow {
  row: number;
  key: string | null;
  venture: string;
  metric: string;
  status: VillageRowStatus;
  errors: string[];
  before: string;
  after: string;
  version: number;
  write?: { ventureId: number; metricId: number; value: number; qualifier: Qualifier | null; note: string | null };
}

type Qualifier = (typeof figureQualifiers)[number];
const isQualifier = (q: string | null): q is Qualifier => q !== null && (figureQualifiers as readonly string[]).includes(q);

const idOf = (c: RawCell) => {
  const n = Number(text(c));
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};
const shown = (v: number | null, q: string | null, unit: string) => (v === null ? '未填' : formatQualified(v, unit, q));

function checkRow(
  raw: RawVillageRow,
  ventureId: number,
  metricId: number,
  pair: NonNullable<ReturnType<VillageImportContext['pairs']['get']>>,
  isAdmin: boolean,
) {
  const f = pair.figure;
  const errors: string[] = [];
  const value = parseValueCell(raw.value, 'cumulative', pair.unit);
  if (!value.ok) errors.push(`${VILLAGE_HEADERS.value}：${value.message}`);
  const q = parseTextCell(raw.qualifier, VILLAGE_HEADERS.qualifier);
  const qualifier = q.ok ? q.value : null;
  if (!q.ok) errors.push(q.message);
  else if (qualifier !== null && !isQualifier(qualifier))
    errors.push(VILLAGE_ROW_MESSAGES.qualifier(qualifier, figureQualifiers.join('、')));
  const n = parseTextCell(raw.note, VILLAGE_HEADERS.note);
  if (!n.ok) errors.push(n.message);
  const next = {
    value: value.ok && value.value !== null ? value.value : (f?.value ?? null),
    qualifier: (isQualifier(qualifier) ? qualifier : null) ?? (isQualifier(f?.qualifier ?? null) ? (f!.qualifier as Qualifier) : null),
    note: (n.ok ? n.value : null) ?? f?.note ?? null,
  };
  const changed = next.value !== (f?.value ?? null) || next.qualifier !== (f?.qualifier ?? null) || next.note !== (f?.note ?? null);
  const base = {
    before: shown(f?.value ?? null, f?.qualifier ?? null, pair.unit),
    after: shown(next.value, next.qualifier, pair.unit),
    version: f?.version ?? 0,
  };
  if (errors.length) return { ...base, status: 'error' as const, errors };
  if (!changed) return { ...base, status: 'unchanged' as const, errors };
  if (next.value === null) return { ...base, status: 'error' as const, errors: [VILLAGE_ROW_MESSAGES.needValue] };
  if (f?.printed) return { ...base, status: 'error' as const, errors: [VILLAGE_ROW_MESSAGES.source] };
  if (!isAdmin && (f?.status === 'submitted' || f?.status === 'approved'))
    return {
      ...base,
      status: 'error' as const,
      errors: [f.status === 'submitted' ? VILLAGE_ROW_MESSAGES.submitted : VILLAGE_ROW_MESSAGES.approved],
    };
  return {
    ...base,
    status: 'update' as const,
    errors,
    write: { ventureId, metricId, value: next.value, qualifier: next.qualifier, note: next.note },
  };
}

/** Every row's status and reasons; a refusal of the whole file when it is another village's or period's. */
export function validateVillageImport(sheet: ParsedVillageSheet, ctx: VillageImportContext) {
  if (sheet.villageId !== ctx.villageId)
    return { ok: false as const, message: VILLAGE_IMPORT_MESSAGES.wrongVillage(sheet.village || '其他村', ctx.village) };
  if (sheet.period !== ctx.period)
    return { ok: false as const, message: VILLAGE_IMPORT_MESSAGES.wrongPeriod(sheet.period ?? '其他期间', ctx.period) };
  const seen = new Map<string, number>();
  const rows: VillagePreviewRow[] = sheet.rows.map((raw) => {
    const ventureId = idOf(raw.ventureId);
    const metricId = idOf(raw.metricId);
    const empty = { row: raw.row, key: null, venture: '', metric: '', status: 'error' as const, before: '', after: '', version: 0 };
    if (ventureId === null || metricId === null) return { ...empty, errors: [VILLAGE_ROW_MESSAGES.badIds] };
    const key = `${ventureId}|${metricId}`;
    const pair = ctx.pairs.get(key);
    if (!pair) return { ...empty, errors: [VILLAGE_ROW_MESSAGES.unknown] };
    const named = { ...empty, key, venture: pair.venture, metric: pair.metric };
    const first = seen.get(key);
    if (first !== undefined) return { ...named, errors: [VILLAGE_ROW_MESSAGES.duplicate(first)] };
    seen.set(key, raw.row);
    return { ...named, ...checkRow(raw, ventureId, metricId, pair, ctx.isAdmin) };
  });
  const counts: Record<VillageRowStatus, number> = { update: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.status] += 1;
  return { ok: true as const, rows, counts };
}
