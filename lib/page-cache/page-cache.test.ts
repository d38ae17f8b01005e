/**
 * The page cache over a real database file and a real HTTP server whose "app" renders like Next.js
 * does (a per-request nonce in the policy and the page, gzip when asked): what is kept, for whom,
 * and what a write, a new minute or a revoked session does.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { users } from '@/db/schema';
import { createSession, invalidateSession, rotateUserSessions } from '@/lib/auth/session-store';
import { createPageCache, dataVersion, pageCacheBytes, type PageCache } from './page-cache';
import { freshNonce } from './template';

let dir: string;
let app: Db; // the app's connection
let gate: Db; // the server's own connection
let server: http.Server;
let port: number;
let cache: PageCache;
let renders: string[];
let now: number;
let reply: { status: number; setCookie?: boolean };

/** Renders like the app: a fresh nonce per request in the policy and the page, which names the user. */
function render(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  renders.push(req.url!);
  const nonce = freshNonce();
  const user = /saima_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  const html = `<!DOCTYPE html><html><script nonce="${nonce}">self.__next_f.push([0])</script><p>${user}:${req.url}:${'表'.repeat(3000)}</p><script nonce="${nonce}"></script></html>`;
  res.statusCode = reply.status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
  res.setHeader('X-Frame-Options', 'DENY');
  if (reply.setCookie) res.setHeader('Set-Cookie', 'a=b');
  const gzip = /gzip/.test(String(req.headers['accept-encoding']));
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Vary', 'Accept-Encoding');
  const body = gzip ? zlib.gzipSync(html) : Buffer.from(html);
  res.write(body.subarray(0, 100));
  return new Promise((resolve) => setTimeout(() => res.end(body.subarray(100), resolve), 2));
}

function get(url: string, token: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: url, method, headers: { cookie: `saima_session=${token}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const text = (res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString();
          resolve({ status: res.statusCode!, headers: res.headers, text });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const nonceIn = (r: { headers: http.IncomingHttpHeaders }) => /'nonce-([^']+)'/.exec(String(r.headers['content-security-policy']))![1]!;
/** Lets the kept entry be built (compression runs off the main thread). */
const settle = () => new Promise((r) => setTimeout(r, 50));

function user(username: string, mustChangePassword = false): number {
  return app
    .insert(users)
    .values({ username, displayName: username, passwordHash: 'x', role: 'leader', mustChangePassword })
    .returning()
    .get().id;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-'));
  const file = path.join(dir, 'saima.db');
  app = openDb(file);
  runMigrations(app);
  gate = openDb(file);
  server = http.createServer((req, res) => void cache.serve(req, res, () => render(req, res)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
  app.$client.close();
  gate.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  now = Date.now();
  cache = createPageCache(gate, 8 * 2 ** 20, () => now);
  renders = [];
  reply = { status: 200 };
});

describe('PRAGMA data_version on the server’s connection', () => {
  it('changes when another connection commits, not when it writes itself or nothing is written', () => {
    const v = dataVersion(gate);
    expect(dataVersion(gate)).toBe(v);
    user(`dv-${v}`);
    const after = dataVersion(gate);
    expect(after).not.toBe(v);
    gate.$client.prepare(`update sessions set last_seen_at = last_seen_at`).run();
    expect(dataVersion(gate)).toBe(after);
  });
});

describe('the whole-page cache', () => {
  it('sends a kept page again with a fresh nonce in the policy and the page, and the app’s other headers', async () => {
    const { token } = createSession(app, user('a1'));
    for (const enc of ['gzip, deflate, br', 'identity']) {
      const first = await get('/rankings?period=2020-10', token, { 'accept-encoding': enc });
      await settle();
      const second = await get('/rankings?period=2020-10', token, { 'accept-encoding': enc });
      expect(second.status).toBe(200);
      expect(nonceIn(second)).not.toBe(nonceIn(first));
      expect(second.text).toBe(first.text.split(nonceIn(first)).join(nonceIn(second)));
      expect(second.text).not.toContain(nonceIn(first));
      for (const h of ['content-type', 'cache-control', 'x-frame-options', 'vary', 'content-encoding'])
        expect(second.headers[h], h).toBe(first.headers[h]);
    }
    expect(renders).toHaveLength(2); // one per encoding
    const head = await get('/rankings?period=2020-10', token, { 'accept-encoding': 'identity' }, 'HEAD');
    expect([head.status, head.text, renders.length]).toEqual([200, '', 2]);
  });

  it('keeps each user’s page apart, and each URL and year', async () => {
    const a = createSession(app, user('b1')).token;
    const b = createSession(app, user('b2')).token;
    await get('/', a);
    await settle();
    expect((await get('/', b)).text).toContain(`${b}:/`);
    expect((await get('/', a)).text).toContain(`${a}:/`);
    await get('/?period=2020-09', a);
    await get('/', a, { cookie: `saima_session=${a}; saima_campaign=2` });
    expect(renders).toEqual(['/', '/', '/?period=2020-09', '/']);
  });

  it('renders again after any write by another connection, and after the minute changes', async () => {
    const { token } = createSession(app, user('c1'));
    await get('/villages', token);
    await settle();
    await get('/villages', token);
    expect(renders).toHaveLength(1);
    app.$client
      .prepare(`insert into app_meta (key, value) values ('probe', '1') on conflict(key) do update set value = value || '1'`)
      .run();
    await get('/villages', token);
    expect(renders).toHaveLength(2);
    await get('/villages/1', token);
    await settle();
    expect(cache.entries.size).toBe(2);
    now += 60_000;
    await get('/villages', token);
    expect(renders).toHaveLength(4);
    await settle();
    expect(cache.entries.size).toBe(1); // the pages kept in the minute before were dropped
  });

  it('passes to the app a revoked, expired, unknown or must-change-password session, and after a password change', async () => {
    const id = user('d1');
    const { token } = createSession(app, id);
    await get('/projects', token);
    await settle();
    rotateUserSessions(app, id); // the password change ends every other session
    await get('/projects', token);
    const second = createSession(app, id).token;
    await get('/projects', second);
    await settle();
    invalidateSession(app, second); // logout
    await get('/projects', second);
    await get('/projects', 'unknown');
    const must = createSession(app, user('d2', true)).token;
    await get('/projects', must);
    await settle();
    await get('/projects', must);
    expect(renders).toHaveLength(7);
  });

  it('passes to the app a session that reached its lifetime since its last check, with no write in between', async () => {
    const id = user('d3');
    const created = Date.now() - 12 * 3600_000 + 1000; // 12 hours, the default lifetime, end in a second
    const { token } = createSession(app, id, {}, new Date(created));
    app.$client.prepare(`update sessions set last_seen_at = ? where user_id = ?`).run(new Date().toISOString(), id);
    await get('/competitions', token);
    await settle();
    await get('/competitions', token);
    expect(renders).toHaveLength(1);
    await new Promise((r) => setTimeout(r, created + 12 * 3600_000 + 20 - Date.now()));
    await get('/competitions', token);
    expect(renders).toHaveLength(2);
  });

  it('keeps no redirect, no page setting a cookie, and answers no flight request or action from the cache', async () => {
    const { token } = createSession(app, user('e1'));
    reply = { status: 307 };
    await get('/work-items', token);
    reply = { status: 200, setCookie: true };
    await get('/work-items', token);
    await settle();
    reply = { status: 200 };
    await get('/work-items', token);
    await settle();
    await get('/work-items', token, { rsc: '1' });
    await get('/work-items?_rsc=x', token);
    await get('/work-items', token, {}, 'POST');
    await get('/admin', token);
    await get('/admin', token);
    expect(renders).toEqual([
      '/work-items',
      '/work-items',
      '/work-items',
      '/work-items',
      '/work-items?_rsc=x',
      '/work-items',
      '/admin',
      '/admin',
    ]);
  });

  it('is off at SAIMA_PAGE_CACHE_MB=0, 64 MiB unset, and refuses a value that is not a size', async () => {
    expect(pageCacheBytes(undefined)).toBe(64 * 2 ** 20);
    expect(pageCacheBytes('0')).toBe(0);
    expect(() => pageCacheBytes('lots')).toThrow(/SAIMA_PAGE_CACHE_MB/);
    cache = createPageCache(gate, 0, () => now);
    const { token } = createSession(app, user('f1'));
    await get('/', token);
    await settle();
    await get('/', token);
    expect(renders).toHaveLength(2);
  });
});
