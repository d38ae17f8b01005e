/**
 * A kept page laid out once as the bytes of a response: the template (template.ts) rendered with
 * the nonce it was rendered with, and the offsets of each nonce in it. A response with a fresh nonce
 * is a copy of those bytes with the nonce written over each offset (and, for gzip, the trailer's
 * checksum): nothing else moves, since every nonce has the same length and sits in a stored block.
 * The copy of the last response that has been handed to the system is reused for the next one, so
 * that a page read again and again is neither assembled nor allocated again.
 */
import zlib from 'node:zlib';
import { crc32Combine, crc32Shift } from './crc32';
import { renderTemplate, type PageTemplate } from './template';

export interface Frame {
  /** The response body with the nonce the page was rendered with. */
  body: Buffer;
  /** Where each nonce starts in the body. */
  at: number[];
  nonceLength: number;
  /** For gzip: each piece's checksum and the shift of its length (to checksum a fresh page). */
  gzip: { crcs: number[]; shifts: number[] } | null;
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
    gzip: t.encoding === 'gzip' ? { crcs: t.crcs, shifts: t.shifts } : null,
    spare: null,
  };
}

/** The gzip checksum of the page with `nonce` in every place. */
function checksum(gzip: { crcs: number[]; shifts: number[] }, nonce: Buffer): number {
  const nonceCrc = zlib.crc32(nonce);
  const nonceShift = crc32Shift(nonce.length);
  let crc = gzip.crcs[0]!;
  for (let i = 1; i < gzip.crcs.length; i++) crc = crc32Combine(crc32Combine(crc, nonceCrc, nonceShift), gzip.crcs[i]!, gzip.shifts[i]!);
  return crc;
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
  if (frame.gzip) out.writeUInt32LE(checksum(frame.gzip, Buffer.from(nonce, 'latin1')), out.length - 8);
  return out;
}

/** Keeps `body` (from `stamp`, no longer referenced by a response) as the frame's spare copy. */
export function giveBack(frame: Frame, body: Buffer): void {
  frame.spare ??= body;
}
