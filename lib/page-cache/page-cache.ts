/**
 * The whole-page cache of the production server (scripts/server.ts): a dashboard read page the app
 * rendered is kept, per user, and sent again while nothing was written and the minute is the same.
 *
 * - Every request is authenticated here as the app does it: the session cookie is checked with
 *   lib/auth's validateSessionToken (expiry, disabled user, last-seen time), remembered per token
 *   for the current generation and never past the session's limits (sessions.ts); an unknown,
 *   expired or must-change-password session is never answered from the cache but passed to the app.
 * - The key holds the user, the full URL, every cookie but the session (the chosen year), the
 *   request headers a page may depend on (rules.ts) and the generation: SQLite's data_version of
 *   this server's own connection, which changes when any other connection commits (the app's
 *   connection in this process, scripts, another process), and the current minute (deadlines,
 *   lateness and "today" are minute-exact). The one writer on this connection is the session check
 *   (last-seen time, expired sessions), and no cached page shows sessions. A new generation drops
 *   every entry; a page rendered while the generation changed is not kept.
 * - Concurrent misses of one key wait for the one render in flight and are answered from what it
 *   kept (flights.ts); when it kept nothing they go to the app themselves.
 * - Each response gets a fresh CSP nonce in the policy header and in the page (template.ts), with
 *   the other headers as the app sent them.
 * SAIMA_PAGE_CACHE_MB (default 64, 0 disables) bounds the kept bytes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Db } from '@/db/connection';
import { captureResponse, type Captured } from './capture';
import { frameOf, giveBack, stamp, type Frame } from './frame';
import { ByteLru } from './lru';
import { Flights, type FlightLimits } from './flights';
import { cacheableRequest, cacheableResponse, nonceOf, pageKey, readCookies } from './rules';
import { createSessionMemo, type CheckedSession } from './sessions';
import { freshNonce, gzipTemplate, plainTemplate } from './template';

const gunzip = promisify(zlib.gunzip);

/** Headers of the connection or the message framing, written anew for each response. */
const FRAMING = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

interface Entry {
  /** The headers as a flat list of names and values. */
  headers: string[];
  /** The values naming the nonce (the policy): their place in `headers` and their pieces around it. */
  cut: [number, string[]][];
  frame: Frame;
}

/** The byte cap from SAIMA_PAGE_CACHE_MB: 64 MiB when unset, 0 disables; anything but a number from 0 to 4096 is refused. */
export function pageCacheBytes(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 64 * 2 ** 20;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb < 0 || mb > 4096)
    throw new Error(`SAIMA_PAGE_CACHE_MB 应为 0 到 4096 之间的数字（0 表示关闭页面缓存），现为“${raw}”。`);
  return Math.floor(mb * 2 ** 20);
}

const versionReads = new WeakMap<Db, { get(): unknown }>();

/** SQLite's data_version of `db`: changes whenever another connection has committed a write. */
export function dataVersion(db: Db): number {
  let read = versionReads.get(db);
  if (!read) versionReads.set(db, (read = db.$client.prepare('PRAGMA data_version').pluck()));
  return read.get() as number;
}

function send(res: ServerResponse, entry: Entry, head: boolean): void {
  const nonce = freshNonce();
  const headers = entry.headers.slice();
  for (const [at, pieces] of entry.cut) headers[at] = pieces.join(nonce);
  headers.push('Content-Length', String(entry.frame.body.length));
  res.writeHead(200, headers);
  if (head) {
    res.end();
    return;
  }
  const body = stamp(entry.frame, nonce);
  res.end(body, () => giveBack(entry.frame, body));
}

/** Builds the entry of a finished response, or null when it may not be kept. */
async function entryOf(captured: Captured): Promise<Entry | null> {
  const { status, headers, names, body } = captured;
  if (status !== 200) return null;
  const gzip = headers['content-encoding'] === 'gzip';
  const plain = gzip ? await gunzip(body) : body;
  if (!cacheableResponse(status, headers, plain)) return null;
  const nonce = nonceOf(headers['content-security-policy'])!;
  const template = gzip ? await gzipTemplate(plain, nonce) : plainTemplate(plain, nonce);
  const kept = names.filter((name) => !FRAMING.has(name.toLowerCase()) && headers[name.toLowerCase()] !== undefined);
  const values = kept.map((name) => headers[name.toLowerCase()]);
  // No header but the policy may name the nonce: a multi-valued one (never sent with a page) is not kept.
  if (values.some((v) => Array.isArray(v))) return null;
  const flat = kept.flatMap((name, i) => [name, String(values[i])]);
  const cut = flat.flatMap((v, i): [number, string[]][] => (i % 2 === 1 && v.includes(nonce) ? [[i, v.split(nonce)]] : []));
  return { headers: flat, cut, frame: frameOf(template, nonce) };
}

export interface PageCache {
  /**
   * Answers `req` from the cache, or lets `render` (the app) answer it and keeps the page when it
   * may. A kept page is sent at once (undefined: no promise to await); else the promise settles
   * when the app or the render waited for has answered.
   */
  serve(req: IncomingMessage, res: ServerResponse, render: () => Promise<void>): Promise<void> | undefined;
  readonly entries: ByteLru<Entry>;
  /** Renders in flight that other requests of the same key wait for. */
  readonly flights: Flights<Entry>;
}

/**
 * A cache over the server's own connection `db`, bounded to `maxBytes` (0: every request goes to
 * the app); `limits` bound the requests waiting for a render of their page.
 */
export function createPageCache(db: Db, maxBytes: number, clock: () => number = Date.now, limits?: FlightLimits): PageCache {
  const entries = new ByteLru<Entry>(maxBytes);
  const flights = new Flights<Entry>(limits);
  const sessions = createSessionMemo(db);
  let current = '';
  const generation = () => {
    const g = `${dataVersion(db)}:${Math.floor(clock() / 60_000)}`;
    if (g !== current) {
      entries.clear();
      current = g;
    }
    return g;
  };
  /** Renders through the app and keeps the page when it may; the entry, or null when not kept. */
  async function fill(res: ServerResponse, key: string, at: string, render: () => Promise<void>): Promise<Entry | null> {
    const captured = captureResponse(res, Math.floor(maxBytes / 8));
    await render();
    const done = await captured;
    if (!done || generation() !== at) return null;
    const entry = await entryOf(done);
    if (!entry || generation() !== at) return null;
    // The frame and its spare copy.
    entries.set(key, entry, entry.frame.body.length * 2 + 2048);
    return entry;
  }
  /** Waits for the render in flight, or renders and keeps. */
  async function miss(res: ServerResponse, key: string, at: string, head: boolean, render: () => Promise<void>): Promise<void> {
    const waited = flights.join(key);
    if (waited) {
      const entry = await waited;
      return entry ? send(res, entry, head) : render();
    }
    if (head) return render();
    await flights.lead(key, () => fill(res, key, at, render));
  }
  function serve(req: IncomingMessage, res: ServerResponse, render: () => Promise<void>): Promise<void> | undefined {
    if (maxBytes === 0 || !cacheableRequest(req.method, req.url, req.headers)) return render();
    const cookies = readCookies(req.headers.cookie);
    if (!cookies) return render();
    let session: CheckedSession | null;
    let at: string;
    try {
      at = generation();
      session = sessions.check(cookies.session, at);
    } catch {
      // The database refused (busy, unreadable): the app meets the same refusal and answers it its way.
      return render();
    }
    if (!session || session.mustChangePassword) return render();
    const key = pageKey({ generation: at, userId: session.userId, url: req.url!, cookies: cookies.keyed, headers: req.headers });
    const head = req.method === 'HEAD';
    const hit = entries.get(key);
    if (!hit) return miss(res, key, at, head, render);
    send(res, hit, head);
    return undefined;
  }
  return { serve, entries, flights };
}
