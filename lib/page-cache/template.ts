/**
 * A cached page as a template around its CSP nonce: the body cut at every occurrence of the nonce
 * it was rendered with, so that each response carries a fresh nonce. The gzip variant compresses
 * each piece once, as its own deflate stream ending byte-aligned; a response is the gzip header,
 * the pieces with the fresh nonce between them as stored (uncompressed) deflate blocks, and a
 * trailer whose checksum is combined from the pieces' checksums. No response compresses anything.
 * Each piece is compressed with the page before it as its dictionary, the nonce bytes replaced by
 * NUL: a page holds no NUL, so no back-reference reaches the nonce, whose bytes differ per response.
 */
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { crc32Combine, crc32Shift } from './crc32';

const deflateRaw = promisify(zlib.deflateRaw);
const WINDOW = 32 * 1024;
/** ID1 ID2, deflate, no flags, no time, no extra flags, Unix (as Node's gzip writes it). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]);

export interface PlainTemplate {
  encoding: 'identity';
  nonceLength: number;
  pieces: Buffer[];
  bytes: number;
}

export interface GzipTemplate {
  encoding: 'gzip';
  nonceLength: number;
  /** Each piece's deflate stream: all but the last end with a sync flush, the last is final. */
  pieces: Buffer[];
  crcs: number[];
  shifts: number[];
  /** Each piece's uncompressed length. */
  lengths: number[];
  plainLength: number;
  bytes: number;
}

export type PageTemplate = PlainTemplate | GzipTemplate;

/** A new CSP nonce, made as proxy.ts makes it (48 characters). */
export function freshNonce(): string {
  return Buffer.from(randomUUID()).toString('base64');
}

/** The body cut at every occurrence of `nonce` (one more piece than occurrences). */
export function splitByNonce(body: Buffer, nonce: string): Buffer[] {
  const needle = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle, from); at >= 0; at = body.indexOf(needle, from)) {
    pieces.push(body.subarray(from, at));
    from = at + needle.length;
  }
  pieces.push(body.subarray(from));
  return pieces;
}

/** The uncompressed variant. */
export function plainTemplate(body: Buffer, nonce: string): PlainTemplate {
  const pieces = splitByNonce(body, nonce);
  return { encoding: 'identity', nonceLength: Buffer.byteLength(nonce), pieces, bytes: body.length };
}

/** The gzip variant (compression off the main thread). */
export async function gzipTemplate(body: Buffer, nonce: string): Promise<GzipTemplate> {
  const plain = splitByNonce(body, nonce);
  const nonceLength = Buffer.byteLength(nonce);
  // The page as the decoder will have seen it, with the nonce bytes unknown (NUL).
  const masked = body.includes(0) ? null : Buffer.alloc(body.length);
  const starts: number[] = [];
  let at = 0;
  for (const [i, p] of plain.entries()) {
    starts.push(at);
    if (masked) p.copy(masked, at);
    at += p.length + (i < plain.length - 1 ? nonceLength : 0);
  }
  const pieces = await Promise.all(
    plain.map((p, i) =>
      deflateRaw(p, {
        ...(masked && starts[i]! > 0 ? { dictionary: masked.subarray(Math.max(0, starts[i]! - WINDOW), starts[i]) } : {}),
        ...(i < plain.length - 1 ? { finishFlush: zlib.constants.Z_SYNC_FLUSH } : {}),
      }),
    ),
  );
  return {
    encoding: 'gzip',
    nonceLength,
    pieces,
    crcs: plain.map((p) => zlib.crc32(p)),
    lengths: plain.map((p) => p.length),
    shifts: plain.map((p) => crc32Shift(p.length)),
    plainLength: body.length,
    bytes: pieces.reduce((n, p) => n + p.length, 0) + plain.length * 16,
  };
}

/** A stored (uncompressed, not final) deflate block holding `data` (under 64 KiB), for a byte-aligned stream. */
function storedBlock(data: Buffer): Buffer {
  const head = Buffer.from([0x00, data.length & 0xff, data.length >> 8, ~data.length & 0xff, (~data.length >> 8) & 0xff]);
  return Buffer.concat([head, data]);
}

/** The response body's pieces with `nonce` in every place of the old one. */
export function renderTemplate(t: PageTemplate, nonce: string): Buffer[] {
  const n = Buffer.from(nonce);
  if (n.length !== t.nonceLength) throw new Error('the nonce must have the length of the one the page was rendered with');
  if (t.encoding === 'identity') return t.pieces.flatMap((p, i) => (i === 0 ? [p] : [n, p]));
  const block = storedBlock(n);
  const nonceCrc = zlib.crc32(n);
  const nonceShift = crc32Shift(n.length);
  const out: Buffer[] = [GZIP_HEADER, t.pieces[0]!];
  let crc = t.crcs[0]!;
  for (let i = 1; i < t.pieces.length; i++) {
    out.push(block, t.pieces[i]!);
    crc = crc32Combine(crc32Combine(crc, nonceCrc, nonceShift), t.crcs[i]!, t.shifts[i]!);
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE((t.plainLength - (t.pieces.length - 1) * t.nonceLength + (t.pieces.length - 1) * n.length) >>> 0, 4);
  out.push(trailer);
  return out;
}
