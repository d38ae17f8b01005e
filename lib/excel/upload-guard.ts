/**
 * First line of defence for an uploaded workbook, before any spreadsheet code sees it.
 *
 * 1. Type by magic bytes: OLE (.xls, D0 CF 11 E0), PNG, JPEG, PDF and anything that is not a zip
 *    (PK\x03\x04) are refused with their own message; the file name is never trusted.
 * 2. The zip's central directory is read without decompressing anything: at most 1,000 entries,
 *    no zip64, no encryption, only store/deflate, no duplicate names, [Content_Types].xml and
 *    xl/workbook.xml present, declared uncompressed total ≤ 20 MB, and compression ratio ≤ 100
 *    (total, and per entry, for anything over 1 MB — a small XML part can legitimately compress
 *    better). A zip bomb with honest headers is refused here, having allocated nothing.
 * 3. Each entry is then inflated with a byte budget equal to its declared size (zlib stops and
 *    throws as soon as the output exceeds it, after one 16 KB chunk), and its length and CRC-32
 *    must match the directory. A bomb that lies about its sizes is refused here.
 * 4. The verified entries are re-packed into a fresh, uncompressed zip: the spreadsheet reader
 *    only ever parses bytes this module has checked, so a reader that interprets the original
 *    archive differently cannot be tricked into inflating something else.
 */
import { inflateRawSync } from 'node:zlib';
import { FILE_MESSAGES } from './report-messages';

export const ZIP_LIMITS = { maxEntries: 1000, maxTotalBytes: 20 * 1024 * 1024, maxRatio: 100, ratioFloorBytes: 1024 * 1024 } as const;

export type GuardResult = { ok: true; entries: Map<string, Buffer> } | { ok: false; message: string };

interface DirEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const refuse = (message: string): { ok: false; message: string } => ({ ok: false, message });
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

/** The refusal for a file that is not a zip at all, by its first bytes; null for a zip. */
export function sniffType(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return FILE_MESSAGES.empty;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return FILE_MESSAGES.xls;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return FILE_MESSAGES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return FILE_MESSAGES.jpeg;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return FILE_MESSAGES.pdf;
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return FILE_MESSAGES.notXlsx;
  return null;
}

function findEndOfDirectory(b: Buffer): number {
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  for (let p = b.length - 22; p >= lowest; p--) if (b.readUInt32LE(p) === 0x06054b50) return p;
  return -1;
}

/** Reads the central directory (names and declared sizes only), or a refusal. */
export function readDirectory(b: Buffer): { ok: true; entries: DirEntry[]; dirOffset: number } | { ok: false; message: string } {
  const eocd = b.length >= 22 ? findEndOfDirectory(b) : -1;
  if (eocd < 0) return refuse(FILE_MESSAGES.damaged);
  const count = b.readUInt16LE(eocd + 10);
  const dirSize = b.readUInt32LE(eocd + 12);
  const dirOffset = b.readUInt32LE(eocd + 16);
  if (b.readUInt16LE(eocd + 4) !== 0 || b.readUInt16LE(eocd + 8) !== count || count === 0xffff || dirOffset === 0xffffffff)
    return refuse(FILE_MESSAGES.damaged);
  if (count > ZIP_LIMITS.maxEntries) return refuse(FILE_MESSAGES.bomb);
  if (dirOffset + dirSize > eocd) return refuse(FILE_MESSAGES.damaged);
  const entries: DirEntry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || b.readUInt32LE(p) !== 0x02014b50) return refuse(FILE_MESSAGES.damaged);
    const nameLength = b.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
    if (next > eocd) return refuse(FILE_MESSAGES.damaged);
    const flags = b.readUInt16LE(p + 8);
    entries.push({
      name: b.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength),
      flags,
      method: b.readUInt16LE(p + 10),
      crc: b.readUInt32LE(p + 16),
      compressedSize: b.readUInt32LE(p + 20),
      size: b.readUInt32LE(p + 24),
      localOffset: b.readUInt32LE(p + 42),
    });
    p = next;
  }
  return { ok: true, entries, dirOffset };
}

/** Size, type and compression-ratio checks on the directory alone. */
export function checkDirectory(entries: DirEntry[]): string | null {
  const names = new Set<string>();
  let total = 0;
  let compressed = 0;
  for (const e of entries) {
    if (names.has(e.name)) return FILE_MESSAGES.damaged;
    names.add(e.name);
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff) return FILE_MESSAGES.bomb;
    if (e.flags & 0x1 || (e.method !== 0 && e.method !== 8)) return FILE_MESSAGES.encrypted;
    total += e.size;
    compressed += e.compressedSize;
    if (e.size > ZIP_LIMITS.ratioFloorBytes && e.size > ZIP_LIMITS.maxRatio * Math.max(1, e.compressedSize)) return FILE_MESSAGES.bomb;
  }
  if (total > ZIP_LIMITS.maxTotalBytes) return FILE_MESSAGES.bomb;
  if (total > ZIP_LIMITS.ratioFloorBytes && total > ZIP_LIMITS.maxRatio * Math.max(1, compressed)) return FILE_MESSAGES.bomb;
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) return FILE_MESSAGES.notWorkbook;
  return null;
}

/** Inflates one entry within its declared size; null when it lies, is truncated or is corrupt. */
function extract(b: Buffer, e: DirEntry, dirOffset: number): Buffer | null {
  const p = e.localOffset;
  if (p + 30 > dirOffset || b.readUInt32LE(p) !== 0x04034b50) return null;
  const start = p + 30 + b.readUInt16LE(p + 26) + b.readUInt16LE(p + 28);
  const end = start + e.compressedSize;
  if (end > dirOffset) return null;
  const data = b.subarray(start, end);
  let out: Buffer;
  try {
    out = e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
  } catch {
    return null;
  }
  return out.length === e.size && crc32(out) === e.crc ? out : null;
}

/** Runs every check; on success, the archive's files (directories omitted) by name. */
export function inspectXlsx(bytes: Uint8Array): GuardResult {
  const sniffed = sniffType(bytes);
  if (sniffed) return refuse(sniffed);
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = readDirectory(b);
  if (!dir.ok) return dir;
  const problem = checkDirectory(dir.entries);
  if (problem) return refuse(problem);
  const files = new Map<string, Buffer>();
  for (const e of dir.entries) {
    if (e.name.endsWith('/')) continue;
    const out = extract(b, e, dir.dirOffset);
    if (!out) return refuse(FILE_MESSAGES.damaged);
    files.set(e.name, out);
  }
  return { ok: true, entries: files };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A plain (stored, uncompressed) zip of `files`, UTF-8 names. */
export function storeZip(files: Map<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(n.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    central.push(cd, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
