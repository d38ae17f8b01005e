/**
 * A kept page laid out once as the bytes of a response: the template (template.ts) rendered with
 * the nonce it was rendered with, and the offsets of each nonce in it. A response with a fresh nonce
 * is a copy of those bytes with the nonce written over each offset (and, for gzip, the trailer's
 * checksum): nothing else moves, since every nonce has the same length and sits in a stored block.
 * The copy of the last response that has been handed to the system is reused for the next one, so
 * that a page read again and again is neither assembled nor allocated again.
 */
import zlib from 'node:zlib';
import { crc32Combine, crc32Shift, multModP } from './crc32';
import { renderTemplate, type GzipTemplate, type PageTemplate } from './template';

export interface Frame {
  /** The response body with the nonce the page was rendered with. */
  body: Buffer;
  /** Where each nonce starts in the body. */
  at: number[];
  nonceLength: number;
  /** For gzip: what the trailer's checksum of a page with another nonce is computed from (see `checksum`). */
  gzip: { crc: number; nonce: Buffer; spread: number } | null;
  /** A copy of the body free to be written over (see `stamp`). */
  spare: Buffer | null;
}

/** Lays out `t` (rendered with `nonce`). */
export function frameOf(t: PageTemplate, nonce: string): Frame {
  const parts = renderTemplate(t, nonce);
  const at: number[] = [];
  let offset = 0;
  for (const [i, p] of parts.entries()) {
    // Identity: piece, nonce, piece, …; gzip: header, piece, stored block (5 bytes + nonce), piece, …, trailer.
    const isNonce = t.encoding === 'identity' ? i % 2 === 1 : i >= 2 && i % 2 === 0 && i < parts.length - 1;
    if (isNonce) at.push(offset + (t.encoding === 'identity' ? 0 : 5));
    offset += p.length;
  }
  return {
    body: Buffer.concat(parts),
    at,
    nonceLength: t.nonceLength,
    gzip: t.encoding === 'gzip' ? gzipPart(t, nonce) : null,
    spare: null,
  };
}

/** CRC-32 of 48 (a nonce's length) zero bytes, and of other lengths when asked. */
const zeroCrcs = new Map<number, number>();
function zeroCrc(length: number): number {
  let c = zeroCrcs.get(length);
  if (c === undefined) zeroCrcs.set(length, (c = zlib.crc32(Buffer.alloc(length))));
  return c;
}

/**
 * The checksum of the page with `nonce` in every place, from the page's checksum with the old one.
 * CRC-32 is affine: for two texts of one length, crc(A) ⊕ crc(B) is the pure (linear) CRC of A ⊕ B,
 * here the difference d of the two nonces at each place and zero elsewhere; the pure CRC of d
 * followed by n zero bytes is crc'(d) · x^(8n) modulo the polynomial; so the sum over the places is
 * crc'(d) · `spread`, where spread is the sum of x^(8n) over the bytes n following each place.
 */
function checksum(gzip: { crc: number; nonce: Buffer; spread: number }, nonce: string): number {
  const d = Buffer.from(nonce, 'latin1');
  for (let i = 0; i < d.length; i++) d[i]! ^= gzip.nonce[i]!;
  const pure = (zlib.crc32(d) ^ zeroCrc(d.length)) >>> 0;
  return (gzip.crc ^ multModP(gzip.spread, pure)) >>> 0;
}

/** The frame's gzip part: the page's checksum with `nonce`, and the spread of its places. */
function gzipPart(t: GzipTemplate, nonce: string): { crc: number; nonce: Buffer; spread: number } {
  const old = Buffer.from(nonce, 'latin1');
  let crc = t.crcs[0]!;
  const oldCrc = zlib.crc32(old);
  const oldShift = crc32Shift(old.length);
  for (let i = 1; i < t.crcs.length; i++) crc = crc32Combine(crc32Combine(crc, oldCrc, oldShift), t.crcs[i]!, t.shifts[i]!);
  let after = 0;
  let spread = 0;
  for (let i = t.lengths.length - 1; i >= 1; i--) {
    after += t.lengths[i]!; // the bytes after the nonce before piece i
    spread ^= crc32Shift(after);
    after += old.length;
  }
  return { crc, nonce: old, spread };
}

/**
 * The body with `nonce` in every place: the frame's spare copy when it has one (taken), else a new
 * copy. Give it back with `giveBack` once the system has it (the response finished).
 */
export function stamp(frame: Frame, nonce: string): Buffer {
  if (Buffer.byteLength(nonce) !== frame.nonceLength)
    throw new Error('the nonce must have the length of the one the page was rendered with');
  const out = frame.spare ?? Buffer.from(frame.body);
  frame.spare = null;
  for (const at of frame.at) out.write(nonce, at, 'latin1');
  if (frame.gzip) out.writeUInt32LE(checksum(frame.gzip, nonce), out.length - 8);
  return out;
}

/** Keeps `body` (from `stamp`, no longer referenced by a response) as the frame's spare copy. */
export function giveBack(frame: Frame, body: Buffer): void {
  frame.spare ??= body;
}
