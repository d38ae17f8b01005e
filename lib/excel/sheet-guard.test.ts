import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReportUpload } from './report-import';
import { FILE_MESSAGES, SHEET_BOUND_DETAILS as D, TEMPLATE_SHEET } from './report-messages';
import { buildReportTemplate, type TemplateRow } from './report-template';
import { boundWorkbook, parseRef, SHEET_LIMITS } from './sheet-guard';
import { decodeEntities, scanXml } from './xml-scan';

const ROW: TemplateRow = {
  indicatorId: 3,
  taskForce: '招商引资专班',
  indicator: '固定资产投资',
  kind: 'cumulative',
  unit: '万元',
  annualTarget: 1541800,
  targetRank: null,
  stepCount: 0,
  previous: null,
  value: 1200000,
  workProgress: '挂图作战',
  problems: '',
  nextSteps: '',
  editable: true,
};
const SHEET = 'xl/worksheets/sheet1.xml';
let template: Buffer;

beforeAll(async () => {
  template = await buildReportTemplate({ period: '2020-10', preparedFor: '演示填报员', generatedAt: new Date(), rows: [ROW] });
});

/** The template with one XML part rewritten, re-zipped (deflated, as Excel does). */
async function tampered(part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(template);
  const xml = await zip.file(part)!.async('string');
  const changed = edit(xml);
  expect(changed, 'the edit must change the part').not.toBe(xml);
  zip.file(part, changed);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function partsOf(file: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(file);
  const entries = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) entries.set(name, await f.async('nodebuffer'));
  return entries;
}

const refusal = (detail: string) => ({ ok: false, message: FILE_MESSAGES.sheetBounds(detail) });
const { maxRow, maxColumn } = SHEET_LIMITS;

describe('a workbook that declares more than it holds is refused before it is parsed', () => {
  it('refuses one merged range over the whole sheet (10 KB asking for 17 billion cells)', async () => {
    const bomb = await tampered(SHEET, (x) => x.replace(/<mergeCell ref="[^"]+"\/>/, '<mergeCell ref="A1:XFD1048576"/>'));
    expect(bomb.length).toBeLessThan(20 * 1024);
    expect(await readReportUpload(bomb)).toEqual(refusal(D.mergeExtent('A1:XFD1048576', maxRow, maxColumn)));
  });

  it('refuses a merge hidden behind a character reference, a prefix or a second range beyond the bounds', async () => {
    const encoded = await tampered(SHEET, (x) => x.replace(/<mergeCell ref="[^"]+"\/>/, '<mergeCell ref="A1:&#88;FD1048576"/>'));
    expect(await readReportUpload(encoded)).toEqual(refusal(D.mergeExtent('A1:XFD1048576', maxRow, maxColumn)));
    const prefixed = await tampered(SHEET, (x) => x.replace('</mergeCells>', '<x:mergeCell ref="A20:K20000"/></mergeCells>'));
    expect(await readReportUpload(prefixed)).toEqual(refusal(D.mergeExtent('A20:K20000', maxRow, maxColumn)));
  });

  it('refuses too many merges in total, even when each is small', async () => {
    const many = Array.from({ length: 400 }, (_, i) => `<mergeCell ref="A${i * 20 + 10}:CV${i * 20 + 12}"/>`).join('');
    const file = await tampered(SHEET, (x) => x.replace('</mergeCells>', `${many}</mergeCells>`));
    expect(await readReportUpload(file)).toEqual(refusal(D.mergedCells(SHEET_LIMITS.maxMergedCells)));
  });

  it('refuses a declared used range, a row number, a cell reference or a column range beyond the bounds', async () => {
    const dim = await tampered(SHEET, (x) => x.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>'));
    expect(await readReportUpload(dim)).toEqual(refusal(D.dimension('A1:XFD1048576', maxRow, maxColumn)));
    const row = await tampered(SHEET, (x) => x.replace('</sheetData>', '<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>'));
    expect(await readReportUpload(row)).toEqual(refusal(D.row(1048576, maxRow)));
    const cell = await tampered(SHEET, (x) => x.replace('</sheetData>', '<row r="9"><c r="XFD9"><v>1</v></c></row></sheetData>'));
    expect(await readReportUpload(cell)).toEqual(refusal(D.cell('XFD9', maxRow, maxColumn)));
    const cols = await tampered(SHEET, (x) => x.replace('<cols>', '<cols><col min="12" max="100000000" width="9"/>'));
    expect(await readReportUpload(cols)).toEqual(refusal(D.columns(SHEET_LIMITS.excelColumns)));
  });

  it('refuses more cells than any template has', async () => {
    const letters = Array.from({ length: 50 }, (_, c) => (c < 26 ? '' : 'A') + String.fromCharCode(65 + (c % 26)));
    const rows = Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}">${letters.map((l) => `<c r="${l}${i + 1}"/>`).join('')}</row>`);
    const sheet = Buffer.from(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`);
    expect(await boundWorkbook(new Map([[SHEET, sheet]]))).toEqual(refusal(D.cells(SHEET_LIMITS.maxCells)));
  });

  it('refuses too many shared strings and too many cell styles', async () => {
    const entries = new Map([
      ['[Content_Types].xml', Buffer.from('<Types/>')],
      ['xl/sharedStrings.xml', Buffer.from(`<sst>${'<si><t>x</t></si>'.repeat(SHEET_LIMITS.maxSharedStrings + 1)}</sst>`)],
    ]);
    expect(await boundWorkbook(entries)).toEqual(refusal(D.sharedStrings(SHEET_LIMITS.maxSharedStrings)));
    const styles = new Map([
      ['xl/styles.xml', Buffer.from(`<styleSheet><cellXfs>${'<xf/>'.repeat(SHEET_LIMITS.maxStyles + 1)}</cellXfs></styleSheet>`)],
    ]);
    expect(await boundWorkbook(styles)).toEqual(refusal(D.styles(SHEET_LIMITS.maxStyles)));
  });

  it('refuses a DOCTYPE (entity expansion) and markup that does not close, as a damaged file', async () => {
    const dtd = await tampered('xl/workbook.xml', (x) => x.replace('<workbook', '<!DOCTYPE workbook [<!ENTITY a "aaaa">]><workbook'));
    expect(await readReportUpload(dtd)).toEqual({ ok: false, message: FILE_MESSAGES.damaged });
    const open = await tampered(SHEET, (x) => x.replace('</worksheet>', '<mergeCells><mergeCell ref="A1:B2'));
    expect(await readReportUpload(open)).toEqual({ ok: false, message: FILE_MESSAGES.damaged });
  });
});

describe('what a user may have added is read, with what the import does not need cut out', () => {
  it('cuts whole-column data validations and defined names, and still reads the rows', async () => {
    const validation =
      '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" sqref="H3:H1048576 I1:XFD1048576">' +
      '<formula1>0</formula1></dataValidation></dataValidations>';
    let file = await tampered(SHEET, (x) => x.replace('<pageMargins', `${validation}<pageMargins`));
    const zip = await JSZip.loadAsync(file);
    const wb = await zip.file('xl/workbook.xml')!.async('string');
    zip.file(
      'xl/workbook.xml',
      wb.replace(
        '</sheets>',
        `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'${TEMPLATE_SHEET}'!$A$1:$XFD$1048576</definedName></definedNames>`,
      ),
    );
    file = await zip.generateAsync({ type: 'uint8array' });
    const read = await readReportUpload(file);
    expect(read.ok && read.report.rows.map((r) => r.row)).toEqual([3]);
    const bounded = await boundWorkbook(await partsOf(file));
    expect(bounded.ok).toBe(true);
    if (!bounded.ok) return;
    expect(bounded.entries.get(SHEET)!.toString()).not.toContain('dataValidation');
    expect(bounded.entries.get(SHEET)!.toString()).toContain('<pageMargins');
    expect(bounded.entries.get('xl/workbook.xml')!.toString()).not.toContain('definedName');
    expect(bounded.entries.get('xl/workbook.xml')!.toString()).toContain('</sheets><calcPr');
  });

  it('leaves every part of an untouched template byte for byte as it was', async () => {
    const entries = await partsOf(template);
    const bounded = await boundWorkbook(entries);
    expect(bounded.ok).toBe(true);
    if (bounded.ok) for (const [name, data] of entries) expect(bounded.entries.get(name)!.equals(data), name).toBe(true);
  });
});

describe('parseRef and the scanner', () => {
  it('reads A1 references within the Excel grid only', () => {
    expect(parseRef('A1')).toEqual({ top: 1, bottom: 1, left: 1, right: 1 });
    expect(parseRef('$K$30:B2')).toEqual({ top: 2, bottom: 30, left: 2, right: 11 });
    expect(parseRef('XFD1048576')).toEqual({ top: 1048576, bottom: 1048576, left: 16384, right: 16384 });
    for (const bad of ['XFE1', 'a1', 'A0', 'A:A', '1:1', 'A1:B2:C3', '']) expect(parseRef(bad), bad).toBeNull();
  });

  it('decodes predefined entities and character references, and rejects anything else', () => {
    expect(decodeEntities('A&lt;&#66;&#x43;&amp;')).toBe('A<BC&');
    expect(decodeEntities('&foo;')).toBeNull();
    expect(decodeEntities('&#0;')).toBeNull();
  });

  it('skips comments, CDATA and processing instructions, and reads attributes with > inside quotes', () => {
    const names: string[] = [];
    const xml = Buffer.from(
      `<?xml version="1.0"?><a><!-- <mergeCell ref="A1:XFD9"/> --><![CDATA[<c r="XFD1"/>]]><b k='x>y' ref="A1"/></a>`,
    );
    const r = scanXml(xml, { open: (t) => void names.push(`${t.name}:${t.attr('k') ?? ''}`) }, 10);
    expect(r).toEqual({ ok: true, elements: 2 });
    expect(names).toEqual(['a:', 'b:x>y']);
    expect(scanXml(Buffer.from('<a><b/><c/></a>'), { open: () => {} }, 2)).toEqual({ ok: false, problem: 'elements' });
  });
});
