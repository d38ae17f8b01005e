/**
 * The production HTTP server (started by `npm start` and `npm run bench`): Next's request handler
 * behind node:http. Next 16 gives server code no socket address, so this server computes each
 * request's client address from the socket and the trusted proxies, writes it into one internal
 * header (overwriting anything a client sent) and removes forwarding headers that did not come
 * from a trusted proxy. Needs a build (`next build`).
 * It also keeps a connection to the database open for its whole life, so that `npm run restore`
 * sees the service running (lib/backup/in-use.ts); over that connection it answers repeated reads
 * of dashboard pages from the whole-page cache (lib/page-cache/page-cache.ts); it serves the build's
 * static files (`/_next/static/…`) from memory, compressed once (lib/static-assets/static-assets.ts);
 * and it logs a failed request in one line.
 *   PORT (3000), HOST (all interfaces when unset), SAIMA_TRUSTED_PROXIES (none when unset),
 *   SAIMA_PAGE_CACHE_MB (64; 0 turns the page cache off).
 */
import http from 'node:http';
import path from 'node:path';
import { openDb, type Db } from '../db/connection';
import { createPageCache, pageCacheBytes, type PageCache } from '../lib/page-cache/page-cache';
import { createStaticAssets } from '../lib/static-assets/static-assets';
import { STATIC_PREFIX } from '../lib/static-assets/asset-path';
import { applyClientAddress, declareClientAddressHeader, parseTrustedProxies } from '../lib/auth/client-address';
import { serverErrorLine } from '../lib/server-log';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;

/** The address Next uses to reach this server itself (redirects after a server action). */
function selfOrigin(): string {
  if (!host || host === '0.0.0.0') return `http://127.0.0.1:${port}`;
  if (host === '::') return `http://[::1]:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

let held: Db | null = null;

/** Holds the database open; when it cannot be opened the server still starts (/api/health says 503). */
function holdDatabase(): void {
  try {
    held = openDb();
  } catch (e) {
    console.error(`数据库暂时无法打开：${e instanceof Error ? e.message : String(e)}（/api/health 将报告 503）`);
  }
}

async function main() {
  let trusted;
  let cacheBytes;
  try {
    trusted = parseTrustedProxies(process.env.SAIMA_TRUSTED_PROXIES);
    cacheBytes = pageCacheBytes(process.env.SAIMA_PAGE_CACHE_MB);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
  (process.env as Record<string, string>).NODE_ENV = 'production';
  process.env.__NEXT_PRIVATE_ORIGIN = selfOrigin();
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: root, hostname: host ?? 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  declareClientAddressHeader();
  holdDatabase();
  const pages: PageCache | null = held ? createPageCache(held, cacheBytes) : null;
  const assets = createStaticAssets(path.join(root, '.next', 'static'));
  const fail = (req: http.IncomingMessage, res: http.ServerResponse, e: unknown) => {
    console.error(serverErrorLine(e, { path: req.url ?? '/', method: req.method ?? '-' }, { routeType: 'server', routePath: '-' }));
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  };
  const server = http.createServer((req, res) => {
    try {
      applyClientAddress(req.headers, req.socket.remoteAddress, trusted);
      // Either answers at once (a kept page, a static file in memory) or hands back a promise.
      const answer = req.url?.startsWith(STATIC_PREFIX)
        ? assets.serve(req, res, () => handle(req, res))
        : pages
          ? pages.serve(req, res, () => handle(req, res))
          : handle(req, res);
      answer?.catch((e: unknown) => fail(req, res, e));
    } catch (e) {
      fail(req, res, e);
    }
  });
  // Requests Node's parser refuses before Next sees them (a header or URL over 16 KB, malformed
  // HTTP) get a Chinese sentence instead of an empty answer.
  server.on('clientError', (e: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = e.code === 'HPE_HEADER_OVERFLOW';
    const body = tooLarge
      ? '请求的网址或请求头过长，请检查链接是否完整，或从页面上的链接重新进入。'
      : '请求格式无法识别，请从页面上的链接重新进入。';
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  server.on('error', (e: NodeJS.ErrnoException) => {
    console.error(e.code === 'EADDRINUSE' ? `端口 ${port} 已被占用，请用 PORT=其他端口 npm start 启动。` : `无法启动：${e.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => console.log(`已就绪：正在 ${host ?? '所有网络接口'} 的 ${port} 端口监听。`));
  for (const sig of ['SIGINT', 'SIGTERM'] as const)
    process.on(sig, () => {
      // The app's handle (db/index.ts) and this one: the last close folds the WAL into the file.
      (globalThis as { saimaDb?: Db }).saimaDb?.$client.close();
      held?.$client.close();
      process.exit(0);
    });
}

void main();
