/**
 * The build's static files (`/_next/static/…`, content-hashed and so immutable) served by the
 * production server from memory instead of Next.js, which reads and compresses each one again for
 * every request. Each file is read once, when first asked for, and gzipped once (concurrent first
 * requests share that work); brotli is made in the background on the first request that accepts
 * it, one file at a time (gzip is sent until it is ready). Answers GET and HEAD with the headers
 * Next.js sends (immutable caching, ETag and Last-Modified, 304 on a match) plus
 * `X-Content-Type-Options: nosniff`. Anything else goes to Next.js: other methods, ranges, a file
 * not in the build's listing (asset-path.ts: Next.js's 404 stays), a type it does not know, or a
 * file past the memory bound.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { chooseEncoding, COMPRESSIBLE, CONTENT_TYPES, insideDir, listFiles, staticPath, type Encoding } from './asset-path';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Memory for the files and their compressed forms (the demo build is about 2.5 MiB with them). */
export const STATIC_MEMORY_BYTES = 64 * 2 ** 20;

interface Asset {
  etag: string;
  lastModified: string;
  /** Each form at hand: the body and its response headers. */
  forms: Partial<Record<Encoding, { body: Buffer; headers: OutgoingHttpHeaders }>>;
  /** Whether brotli was started (the form appears when done). */
  brotli: boolean;
  compressible: boolean;
}

export interface StaticAssets {
  /**
   * Answers a request of a build file, or leaves it to `next`. A file in memory is sent at once
   * (undefined: nothing to await); else the promise settles when it or `next` has answered.
   */
  serve(req: IncomingMessage, res: ServerResponse, next: () => Promise<void>): Promise<void> | undefined;
  /** Bytes held. */
  readonly bytes: number;
}

function etagMatches(header: string, etag: string): boolean {
  const bare = etag.replace(/^W\//, '');
  return header === '*' || header.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

/** 304 when the request's validators match (If-None-Match first, as RFC 9110 says). */
function notModified(req: IncomingMessage, asset: Asset): boolean {
  const match = req.headers['if-none-match'];
  if (match !== undefined) return etagMatches(match, asset.etag);
  const since = req.headers['if-modified-since'];
  return since !== undefined && Date.parse(since) >= Date.parse(asset.lastModified);
}

/** Serves `dir` (the build's `.next/static`) within `maxBytes` of memory. */
export function createStaticAssets(dir: string, maxBytes = STATIC_MEMORY_BYTES): StaticAssets {
  let listing: Set<string> | null = null;
  /** Files read (null: left to Next.js), and files being read. */
  const ready = new Map<string, Asset | null>();
  const loading = new Map<string, Promise<Asset | null>>();
  let used = 0;
  let brotliQueue: Promise<unknown> = Promise.resolve();

  const formHeaders = (asset: Omit<Asset, 'forms'>, type: string, body: Buffer, encoding: Encoding): OutgoingHttpHeaders => ({
    'Cache-Control': 'public, max-age=31536000, immutable',
    'Accept-Ranges': 'bytes',
    'Last-Modified': asset.lastModified,
    ETag: asset.etag,
    'Content-Type': type,
    'Content-Length': body.length,
    ...(asset.compressible ? { Vary: 'Accept-Encoding' } : {}),
    ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
    'X-Content-Type-Options': 'nosniff',
  });

  async function load(rel: string): Promise<Asset | null> {
    const type = CONTENT_TYPES[path.extname(rel).toLowerCase()];
    const file = insideDir(dir, rel);
    if (!type || !file) return null;
    const stat = await fs.lstat(file);
    if (!stat.isFile() || used + stat.size * 2 > maxBytes) return null;
    const raw = await fs.readFile(file);
    const compressible = COMPRESSIBLE.has(path.extname(rel).toLowerCase());
    const zipped = compressible ? await gzip(raw, { level: 9 }) : null;
    const size = raw.length + (zipped?.length ?? 0);
    if (used + size > maxBytes) return null;
    used += size;
    const base = {
      etag: `W/"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`,
      lastModified: stat.mtime.toUTCString(),
      brotli: false,
      compressible,
    };
    const asset: Asset = { ...base, forms: { identity: { body: raw, headers: formHeaders(base, type, raw, 'identity') } } };
    if (zipped && zipped.length < raw.length) asset.forms.gzip = { body: zipped, headers: formHeaders(base, type, zipped, 'gzip') };
    return asset;
  }

  /** Brotli at its best quality, once, off the main thread; kept only when smaller than gzip and within the bound. */
  function startBrotli(rel: string, asset: Asset): void {
    asset.brotli = true;
    const raw = asset.forms.identity!.body;
    const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length };
    // One file at a time (some 30 ms per 100 KiB): a burst of first visits leaves a core to the requests.
    const done = brotliQueue.then(() => brotli(raw, { params }));
    brotliQueue = done.then(
      () => undefined,
      () => undefined,
    );
    void done.then(
      (body) => {
        if (body.length >= (asset.forms.gzip?.body.length ?? raw.length) || used + body.length > maxBytes) return;
        used += body.length;
        const type = String(asset.forms.identity!.headers['Content-Type']);
        asset.forms.br = { body, headers: formHeaders(asset, type, body, 'br') };
      },
      (e: unknown) => console.error(`静态文件 ${rel} 的 brotli 压缩失败：${e instanceof Error ? e.message : String(e)}`),
    );
  }

  function answer(req: IncomingMessage, res: ServerResponse, rel: string, asset: Asset): void {
    const accept = req.headers['accept-encoding'];
    if (asset.compressible && !asset.brotli && asset.forms.gzip && /\bbr\b/i.test(String(accept))) startBrotli(rel, asset);
    const encoding = chooseEncoding(accept, { br: !!asset.forms.br, gzip: !!asset.forms.gzip });
    const form = asset.forms[encoding]!;
    if (notModified(req, asset)) {
      const { ETag, 'Cache-Control': cache, 'Last-Modified': modified, Vary } = form.headers;
      res.writeHead(304, { ETag, 'Cache-Control': cache, 'Last-Modified': modified, ...(Vary ? { Vary } : {}) });
      res.end();
      return;
    }
    res.writeHead(200, form.headers);
    res.end(req.method === 'HEAD' ? undefined : form.body);
  }

  async function loadThenAnswer(req: IncomingMessage, res: ServerResponse, rel: string, next: () => Promise<void>): Promise<void> {
    let pending = loading.get(rel);
    if (!pending) {
      // A file that cannot be read or kept is left to Next.js, which answers it its way.
      pending = load(rel).catch(() => null);
      loading.set(rel, pending);
    }
    const asset = await pending;
    ready.set(rel, asset);
    loading.delete(rel);
    return asset ? answer(req, res, rel, asset) : next();
  }

  function serve(req: IncomingMessage, res: ServerResponse, next: () => Promise<void>): Promise<void> | undefined {
    const rel = (req.method === 'GET' || req.method === 'HEAD') && !req.headers.range ? staticPath(req.url) : null;
    if (rel !== null) listing ??= listFiles(dir);
    if (rel === null || !listing!.has(rel)) return next();
    const asset = ready.get(rel);
    if (asset === undefined) return loadThenAnswer(req, res, rel, next);
    if (asset === null) return next();
    answer(req, res, rel, asset);
    return undefined;
  }

  return {
    serve,
    get bytes() {
      return used;
    },
  };
}
