/**
 * Records what the app writes to a response (after its own compression) without changing it:
 * status, headers and body bytes, handed over once the response has finished. A response larger
 * than `maxBytes`, or one that did not finish (the client went away), yields null.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

export interface Captured {
  status: number;
  headers: OutgoingHttpHeaders;
  /** The header names as the app spelled them. */
  names: string[];
  body: Buffer;
}

type Chunk = string | Uint8Array;

function toBuffer(chunk: Chunk, encoding: unknown): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** The header names as set (Node has OutgoingMessage.getRawHeaderNames since 15; its types name it only on ClientRequest). */
function rawNames(res: ServerResponse): string[] {
  return (res as unknown as { getRawHeaderNames(): string[] }).getRawHeaderNames();
}

/** Starts recording `res`; the promise settles when it finishes or closes. */
export function captureResponse(res: ServerResponse, maxBytes: number): Promise<Captured | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const b = toBuffer(chunk as Chunk, encoding);
    size += b.length;
    if (size > maxBytes) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(Buffer.from(b));
  };
  const write = res.write;
  const end = res.end;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse['end'];
  return new Promise((resolve) => {
    res.once('finish', () =>
      resolve(overflow ? null : { status: res.statusCode, headers: res.getHeaders(), names: rawNames(res), body: Buffer.concat(chunks) }),
    );
    res.once('close', () => resolve(null));
  });
}
