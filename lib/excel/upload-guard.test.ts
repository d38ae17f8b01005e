import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { FILE_MESSAGES } from './report-messages';
import { crc32, inspectXlsx, storeZip, sniffType } from './upload-guard';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

/** A zip built by JSZip; level 0 = stored (no compression). */
async function zip(files: Record<string, Uint8Array | string>, level = 6): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data);
  return z.generateAsync({ type: 'nodebuffer', compression: level === 0 ? 'STORE' : 'DEFLATE', compressionOptions: { level } });
}

const WORKBOOK = { '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' };

/** Sets the declared uncompressed size of `name` in both the central directory and the local header. */
function lieAboutSize(b: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(b);
  const n = Buffer.from(name);
  for (let p = 0; p < out.length - 4; p++) {
    const sig = out.readUInt32LE(p);
    if (sig === 0x02014b50 && out.subarray(p + 46, p + 46 + n.length).equals(n)) out.writeUInt32LE(size, p + 24);
    if (sig === 0x04034b50 && out.subarray(p + 30, p + 30 + n.length).equals(n)) out.writeUInt32LE(size, p + 22);
  }
  return out;
}

describe('sniffType (magic bytes, not the file name)', () => {
  it('refuses .xls with exactly the message the users are told', () => {
    expect(sniffType(OLE)).toBe('请另存为 .xlsx 后上传');
  });
  it('refuses a PNG, a JPEG, a PDF, text and an empty file, each with its own reason', () => {
    expect(sniffType(PNG)).toBe(FILE_MESSAGES.png);
    expect(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(FILE_MESSAGES.jpeg);
    expect(sniffType(Buffer.from('%PDF-1.7'))).toBe(FILE_MESSAGES.pdf);
    expect(sniffType(Buffer.from('指标,数值\n1,2'))).toBe(FILE_MESSAGES.notXlsx);
    expect(sniffType(new Uint8Array())).toBe(FILE_MESSAGES.empty);
  });
  it('lets a zip through to the content checks', () => {
    expect(sniffType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBeNull();
  });
});

describe('inspectXlsx', () => {
  let bomb: Buffer;
  beforeAll(async () => {
    bomb = await zip({ ...WORKBOOK, 'xl/worksheets/sheet1.xml': new Uint8Array(50 * 1024 * 1024) }, 9);
  });

  it('returns the files of a well-formed workbook archive', async () => {
    const r = inspectXlsx(await zip({ ...WORKBOOK, 'xl/worksheets/sheet1.xml': '<worksheet/>' }));
    expect(r.ok).toBe(true);
    if (r.ok) expect([...r.entries.keys()].sort()).toEqual(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
  });

  it('refuses a zip that is not a workbook (no [Content_Types].xml or no xl/workbook.xml)', async () => {
    expect(inspectXlsx(await zip({ 'word/document.xml': '<w/>', '[Content_Types].xml': '<Types/>' }))).toEqual({
      ok: false,
      message: FILE_MESSAGES.notWorkbook,
    });
    expect(inspectXlsx(await zip({ 'xl/workbook.xml': '<workbook/>' }))).toEqual({ ok: false, message: FILE_MESSAGES.notWorkbook });
  });

  it('refuses a zip bomb (50 MB of zeros in one entry) from the directory alone, quickly', () => {
    expect(bomb.length).toBeLessThan(200 * 1024);
    const started = performance.now();
    expect(inspectXlsx(bomb)).toEqual({ ok: false, message: FILE_MESSAGES.bomb });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a compression ratio over 100 even under the 20 MB total', async () => {
    const dense = await zip({ ...WORKBOOK, 'xl/sharedStrings.xml': new Uint8Array(10 * 1024 * 1024) }, 9);
    expect(inspectXlsx(dense)).toEqual({ ok: false, message: FILE_MESSAGES.bomb });
  });

  it('refuses a bomb whose headers lie about its size, inflating no more than the declared bytes', () => {
    const liar = lieAboutSize(bomb, 'xl/worksheets/sheet1.xml', 100);
    const before = process.memoryUsage().arrayBuffers;
    expect(inspectXlsx(liar)).toEqual({ ok: false, message: FILE_MESSAGES.damaged });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(5 * 1024 * 1024);
  });

  it('refuses an entry whose content does not match its CRC, a truncated archive and an encrypted entry', async () => {
    const good = await zip({ ...WORKBOOK, 'xl/styles.xml': '<styleSheet>' + 'x'.repeat(500) + '</styleSheet>' }, 0);
    const corrupt = Buffer.from(good);
    expect(corrupt.indexOf('xxxxx')).toBeGreaterThan(0);
    corrupt[corrupt.indexOf('xxxxx')] = 0x79;
    expect(inspectXlsx(corrupt)).toEqual({ ok: false, message: FILE_MESSAGES.damaged });
    expect(inspectXlsx(good.subarray(0, good.length - 30))).toEqual({ ok: false, message: FILE_MESSAGES.damaged });
    const encrypted = Buffer.from(good);
    for (let p = 0; p < encrypted.length - 4; p++)
      if (encrypted.readUInt32LE(p) === 0x02014b50) encrypted.writeUInt16LE(encrypted.readUInt16LE(p + 8) | 1, p + 8);
    expect(inspectXlsx(encrypted)).toEqual({ ok: false, message: FILE_MESSAGES.encrypted });
  });
});

describe('storeZip', () => {
  it('re-packs verified files into an archive that reads back identically', async () => {
    const files = new Map([
      ['[Content_Types].xml', Buffer.from('<Types/>')],
      ['xl/workbook.xml', Buffer.from('<workbook>工作簿</workbook>')],
    ]);
    const r = inspectXlsx(storeZip(files));
    expect(r.ok && [...r.entries]).toEqual([...files]);
    const viaJszip = await JSZip.loadAsync(storeZip(files));
    expect(await viaJszip.file('xl/workbook.xml')!.async('string')).toBe('<workbook>工作簿</workbook>');
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
