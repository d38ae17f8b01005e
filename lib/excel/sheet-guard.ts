/**
 * Second line of defence for an uploaded workbook, after upload-guard.ts has verified the archive
 * and before the spreadsheet library parses anything: every XML part is scanned once (xml-scan.ts)
 * and what it declares is bounded, because the library builds objects in proportion to what is
 * declared, not to the file's size. A 10 KB file with `<mergeCell ref="A1:XFD1048576"/>` asks
 * for 17 billion cells; so do a data validation or a defined name over whole columns.
 *
 * Bounded (refused with a Chinese message when exceeded): merged ranges (count, each one's extent,
 * their total area), the declared used range (<dimension>), row numbers and rows, cell references
 * and cells, column ranges (<col min max>), shared strings, cell styles, and elements per part.
 * Cut out (the import needs neither): <dataValidations> of the sheets and <definedNames> of the
 * workbook — whole-column validations and print areas are common and harmless to Excel users, so
 * they are removed rather than refused.
 */
import { FILE_MESSAGES, SHEET_BOUND_DETAILS as D } from './report-messages';
import { cutRanges, scanXml, type StartTag } from './xml-scan';

export const SHEET_LIMITS = {
  maxRow: 10_000,
  maxColumn: 200,
  maxCells: 200_000,
  maxMerges: 1_000,
  maxMergedCells: 100_000,
  /** Excel's own last column (XFD); <col> ranges up to it are normal ("whole column" formatting). */
  excelColumns: 16_384,
  maxSharedStrings: 200_000,
  maxStyles: 20_000,
  maxElementsPerPart: 2_000_000,
} as const;

const XML_PART = /\.(xml|rels|vml)$/i;
const CUT = new Set(['dataValidations', 'definedNames']);

export type BoundResult = { ok: true; entries: Map<string, Buffer> } | { ok: false; message: string };

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column letters (A … XFD) to a number; null when not a column Excel has. */
function columnNumber(letters: string): number | null {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n >= 1 && n <= SHEET_LIMITS.excelColumns ? n : null;
}

/** `A1` or `A1:K30` (optional $) as a box; null when it is not a cell reference. */
export function parseRef(ref: string): Box | null {
  const parts = ref.split(':');
  if (parts.length > 2) return null;
  const cells = parts.map((p) => /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/.exec(p));
  if (cells.some((m) => !m)) return null;
  const [a, b = a] = cells.map((m) => ({ col: columnNumber(m![1]!), row: Number(m![2]) }));
  if (!a!.col || !b!.col) return null;
  return {
    top: Math.min(a!.row, b!.row),
    bottom: Math.max(a!.row, b!.row),
    left: Math.min(a!.col, b!.col),
    right: Math.max(a!.col, b!.col),
  };
}

const inGrid = (b: Box) => b.bottom <= SHEET_LIMITS.maxRow && b.right <= SHEET_LIMITS.maxColumn;
const refused = (detail: string) => FILE_MESSAGES.sheetBounds(detail);

/** Counters shared by every part of one workbook. */
function workbookBudget() {
  return { cells: 0, merges: 0, mergedCells: 0, sharedStrings: 0, styles: 0 };
}
type Budget = ReturnType<typeof workbookBudget>;

function checkMerge(tag: StartTag, budget: Budget): string | void {
  const ref = tag.attr('ref') ?? '';
  const box = parseRef(ref);
  if (!box) return FILE_MESSAGES.damaged;
  const area = (box.bottom - box.top + 1) * (box.right - box.left + 1);
  if (!inGrid(box)) return refused(D.mergeExtent(ref.slice(0, 24), SHEET_LIMITS.maxRow, SHEET_LIMITS.maxColumn));
  if (++budget.merges > SHEET_LIMITS.maxMerges) return refused(D.merges(SHEET_LIMITS.maxMerges));
  budget.mergedCells += area;
  if (budget.mergedCells > SHEET_LIMITS.maxMergedCells) return refused(D.mergedCells(SHEET_LIMITS.maxMergedCells));
}

function checkCell(tag: StartTag, budget: Budget): string | void {
  if (++budget.cells > SHEET_LIMITS.maxCells) return refused(D.cells(SHEET_LIMITS.maxCells));
  const r = tag.attr('r');
  if (r === undefined) return;
  const box = parseRef(r);
  if (!box || r.includes(':')) return FILE_MESSAGES.damaged;
  if (!inGrid(box)) return refused(D.cell(r, SHEET_LIMITS.maxRow, SHEET_LIMITS.maxColumn));
}

function checkRow(tag: StartTag): string | void {
  const r = tag.attr('r');
  if (r === undefined) return;
  if (!/^[1-9]\d{0,6}$/.test(r)) return FILE_MESSAGES.damaged;
  if (Number(r) > SHEET_LIMITS.maxRow) return refused(D.row(Number(r), SHEET_LIMITS.maxRow));
}

function checkColumns(tag: StartTag): string | void {
  const [min, max] = [tag.attr('min'), tag.attr('max')];
  if (min === undefined && max === undefined) return; // <xdr:col> of a drawing anchor
  const lo = Number(min);
  const hi = Number(max);
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 1 || hi < lo) return FILE_MESSAGES.damaged;
  if (hi > SHEET_LIMITS.excelColumns) return refused(D.columns(SHEET_LIMITS.excelColumns));
}

/** The rule for one start tag, by its local name. */
function checkTag(tag: StartTag, budget: Budget, rows: { n: number }): string | void {
  switch (tag.name) {
    case 'mergeCell':
      return checkMerge(tag, budget);
    case 'dimension': {
      const box = parseRef(tag.attr('ref') ?? '');
      if (!box) return FILE_MESSAGES.damaged;
      return inGrid(box)
        ? undefined
        : refused(D.dimension((tag.attr('ref') ?? '').slice(0, 24), SHEET_LIMITS.maxRow, SHEET_LIMITS.maxColumn));
    }
    case 'row':
      if (++rows.n > SHEET_LIMITS.maxRow) return refused(D.rows(SHEET_LIMITS.maxRow));
      return checkRow(tag);
    case 'c':
      return checkCell(tag, budget);
    case 'col':
      return checkColumns(tag);
    case 'si':
      return ++budget.sharedStrings > SHEET_LIMITS.maxSharedStrings ? refused(D.sharedStrings(SHEET_LIMITS.maxSharedStrings)) : undefined;
    case 'xf':
      return ++budget.styles > SHEET_LIMITS.maxStyles ? refused(D.styles(SHEET_LIMITS.maxStyles)) : undefined;
  }
}

/** Scans one part; returns it (with the CUT elements removed) or a refusal. */
function boundPart(data: Buffer, budget: Budget): { ok: true; data: Buffer } | { ok: false; message: string } {
  const cuts: [number, number][] = [];
  let cutting: { name: string; start: number; depth: number } | null = null;
  let depth = 0;
  const rows = { n: 0 };
  const scanned = scanXml(
    data,
    {
      open: (tag) => {
        depth += 1;
        if (!cutting && CUT.has(tag.name)) cutting = { name: tag.name, start: tag.start, depth };
        return checkTag(tag, budget, rows);
      },
      close: (name, end) => {
        if (cutting && cutting.depth === depth && cutting.name === name) {
          cuts.push([cutting.start, end]);
          cutting = null;
        }
        depth -= 1;
      },
    },
    SHEET_LIMITS.maxElementsPerPart,
  );
  if (!scanned.ok) {
    if ('message' in scanned) return scanned;
    return {
      ok: false,
      message: scanned.problem === 'elements' ? refused(D.elements(SHEET_LIMITS.maxElementsPerPart)) : FILE_MESSAGES.damaged,
    };
  }
  if (cutting || depth !== 0) return { ok: false, message: FILE_MESSAGES.damaged };
  return { ok: true, data: cutRanges(data, cuts) };
}

/**
 * Bounds every XML part of a verified archive (see the module comment); the parts as the
 * spreadsheet library may read them, or a refusal. Yields to the event loop between parts.
 */
export async function boundWorkbook(entries: Map<string, Buffer>): Promise<BoundResult> {
  const budget = workbookBudget();
  const out = new Map<string, Buffer>();
  for (const [name, data] of entries) {
    if (!XML_PART.test(name)) {
      out.set(name, data);
      continue;
    }
    const part = boundPart(data, budget);
    if (!part.ok) return part;
    out.set(name, part.data);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { ok: true, entries: out };
}
