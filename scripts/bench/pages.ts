/** Page figures: bytes (HTML, gzip, first-load JS), throughput vs plain node:http, and a cold burst of clients. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { measure, percentile, request, waitForHttp, type Limits } from './load';
import { root, startPlain, stop } from './servers';

export interface PageRow {
  path: string;
  scale: number;
  connections: number;
  rps: number;
  plainRps: number;
  ratio: number;
  p50Ms: number;
  p99Ms: number;
  plainP99Ms: number;
  errors: number;
  htmlBytes: number;
  /** The Accept-Encoding of the requests ('identity' unless said). */
  encoding?: string;
}

export interface PageBytes {
  path: string;
  scale: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** What the server sends when the browser accepts gzip (equal to htmlBytes when it does not compress). */
  servedBytes: number;
  contentEncoding: string;
  firstLoadJsBytes: number;
  firstLoadJsGzipBytes: number;
}

/**
 * The same-origin static assets a modern browser loads first: scripts and stylesheets under
 * /_next/static, without the `noModule` polyfills (only browsers without ES modules fetch them).
 */
export function staticAssets(html: string): string[] {
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]).filter((t) => !/\bnoModule\b/i.test(t));
  const urls = tags.flatMap((t) => [...(/(?:src|href)="(\/_next\/static\/[^"]+)"/.exec(t)?.slice(1) ?? [])]);
  return [...new Set(urls)];
}

function assetFile(url: string): string {
  return path.join(root, '.next', decodeURIComponent(url.replace(/^\/_next\//, '').split('?')[0]!));
}

/** HTML bytes raw and gzip, what the server sends to a gzip-accepting browser, and the first-load JS. */
export async function pageBytes(port: number, urlPath: string, cookie: string, scale: number, html: Buffer): Promise<PageBytes> {
  const served = await request(false, port, urlPath, cookie, { headers: { 'accept-encoding': 'gzip, br' } });
  const scripts = staticAssets(html.toString('utf8')).filter((u) => u.endsWith('.js'));
  const files = scripts.map(assetFile).filter((f) => fs.existsSync(f));
  const js = files.map((f) => fs.readFileSync(f));
  return {
    path: urlPath,
    scale,
    htmlBytes: html.length,
    htmlGzipBytes: zlib.gzipSync(html).length,
    servedBytes: served.body.length,
    contentEncoding: String(served.headers['content-encoding'] ?? 'identity'),
    firstLoadJsBytes: js.reduce((a, b) => a + b.length, 0),
    firstLoadJsGzipBytes: js.reduce((a, b) => a + zlib.gzipSync(b).length, 0),
  };
}

/** Throughput and latency of the app vs a plain node:http server sending the page's bytes, at each connection count. */
export async function comparePage(
  ports: { app: number; plain: number },
  urlPath: string,
  cookie: string,
  scale: number,
  sample: { body: Buffer; type: string; headers?: { 'content-encoding'?: string } },
  dir: string,
  limits: Limits,
  connections: number[],
  encoding = 'identity',
): Promise<PageRow[]> {
  const bodyFile = path.join(dir, `body-x${scale}${urlPath.replace(/\W/g, '_')}-${encoding.replace(/\W/g, '_')}.html`);
  fs.writeFileSync(bodyFile, sample.body);
  const plain = startPlain(bodyFile, sample.type, ports.plain, sample.headers?.['content-encoding']);
  const headers = { 'accept-encoding': encoding };
  const rows: PageRow[] = [];
  try {
    await waitForHttp(ports.plain, urlPath, cookie, 10);
    // Both servers warm (the app was read before): the plain one gets the same short warm-up.
    await measure(ports.plain, urlPath, cookie, 1, { requests: 200, seconds: 1 }, headers);
    for (const c of connections) {
      const a = await measure(ports.app, urlPath, cookie, c, limits, headers);
      const p = await measure(ports.plain, urlPath, cookie, c, limits, headers);
      rows.push({
        path: urlPath,
        scale,
        connections: c,
        rps: a.rps,
        plainRps: p.rps,
        ratio: a.rps / p.rps,
        p50Ms: a.p50,
        p99Ms: a.p99,
        plainP99Ms: p.p99,
        errors: a.errors,
        htmlBytes: sample.body.length,
        encoding,
      });
    }
  } finally {
    await stop(plain);
  }
  return rows;
}

/**
 * `clients` browsers at once, each on fresh connections loading the page and then its static
 * assets in parallel; client i sends `cookies[i % cookies.length]` (one user, or each their own).
 */
export async function coldBurst(
  port: number,
  urlPath: string,
  cookies: string[],
  clients: number,
): Promise<{ clients: number; errors: number; errorKinds: Record<string, number>; p50Ms: number; p99Ms: number }> {
  const times: number[] = [];
  const kinds = new Map<string, number>();
  const fail = (kind: string) => kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  /** A request of the burst; a refusal or a failed connection is counted by its kind (HTTP status or socket error code). */
  const load = async (url: string, asset: boolean, cookie: string) => {
    try {
      const r = await request(false, port, url, asset ? '' : cookie, { headers: { 'accept-encoding': 'gzip' } });
      if (r.status !== 200) fail(`${asset ? '静态资源' : '页面'} HTTP ${r.status}`);
      return r;
    } catch (e) {
      fail(`${asset ? '静态资源' : '页面'} ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      return null;
    }
  };
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const t0 = performance.now();
      const page = await load(urlPath, false, cookies[i % cookies.length]!);
      if (page?.status === 200) {
        const html = page.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(page.body) : page.body;
        await Promise.all(staticAssets(html.toString('utf8')).map((u) => load(u, true, '')));
      }
      times.push(performance.now() - t0);
    }),
  );
  times.sort((a, b) => a - b);
  const errorKinds = Object.fromEntries(kinds);
  const errors = [...kinds.values()].reduce((a, b) => a + b, 0);
  return { clients, errors, errorKinds, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}
