/**
 * Concurrent misses of one page over a real database file and a real HTTP server: the requests of
 * one key wait for the one render in flight and get its page, each with its own nonce; another
 * user's requests never do; a render that is not kept, or a wait that runs out, sends the waiters
 * to the app.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { users } from '@/db/schema';
import { createSession } from '@/lib/auth/session-store';
import type { FlightLimits } from './flights';
import { createPageCache, type PageCache } from './page-cache';
import { freshNonce } from './template';

let dir: string;
let app: Db;
let gate: Db;
let server: http.Server;
let port: number;
let cache: PageCache;
let renders: string[];
let arrived: number;
let setCookie: boolean;
/** Renders wait for this before they answer. */
let held: Promise<void>;
let release: () => void;

function hold(): void {
  held = new Promise((r) => (release = r));
}

async function render(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const user = /saima_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  renders.push(user!);
  await held;
  const nonce = freshNonce();
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', `script-src 'nonce-${nonce}' 'strict-dynamic'`);
  if (setCookie) res.setHeader('Set-Cookie', 'a=b');
  res.end(`<html><script nonce="${nonce}"></script><p>${user}</p></html>`);
}

function get(token: string) {
  return new Promise<{ status: number; nonce: string; text: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/rankings', agent: false, headers: { cookie: `saima_session=${token}` } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          const nonce = /'nonce-([^']+)'/.exec(String(res.headers['content-security-policy']))![1]!;
          resolve({ status: res.statusCode!, nonce, text });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((r) => setTimeout(r, 5));
}

/** `n` requests of `token` at once, answered once all have arrived and `before` has run. */
async function burst(tokens: string[], before: () => Promise<void> | void = () => {}) {
  hold();
  const replies = Promise.all(tokens.map(get));
  await until(() => arrived === tokens.length);
  await before();
  release();
  return replies;
}

function session(name: string): string {
  const id = app.insert(users).values({ username: name, displayName: name, passwordHash: 'x', role: 'leader' }).returning().get().id;
  return createSession(app, id).token;
}

function fresh(limits?: FlightLimits): void {
  cache = createPageCache(gate, 8 * 2 ** 20, Date.now, limits);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-flight-'));
  const file = path.join(dir, 'saima.db');
  app = openDb(file);
  runMigrations(app);
  gate = openDb(file);
  server = http.createServer((req, res) => {
    arrived++;
    void cache.serve(req, res, () => render(req, res));
  });
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
  fresh();
  renders = [];
  arrived = 0;
  setCookie = false;
});

describe('concurrent misses of one page', () => {
  it('render once; every request gets that page with a nonce of its own', async () => {
    const token = session('s1');
    const replies = await burst(Array(20).fill(token));
    expect(renders).toHaveLength(1);
    expect(replies.every((r) => r.status === 200 && r.text === `<html><script nonce="${r.nonce}"></script><p>${token}</p></html>`)).toBe(
      true,
    );
    expect(new Set(replies.map((r) => r.nonce)).size).toBe(20);
    expect(cache.flights.size).toBe(0);
  });

  it('are never shared between users', async () => {
    const a = session('s2');
    const b = session('s3');
    const replies = await burst([a, b, a, b, a, b]);
    expect(renders.sort()).toEqual([a, b].sort());
    replies.forEach((r, i) => expect(r.text).toContain(`<p>${i % 2 ? b : a}</p>`));
  });

  it('each render for itself when the page may not be kept, or a write came during the render', async () => {
    const token = session('s4');
    setCookie = true;
    await burst(Array(5).fill(token));
    expect(renders).toHaveLength(5);
    setCookie = false;
    renders = [];
    arrived = 0;
    const other = session('s5'); // a write between two bursts
    await burst(Array(5).fill(other), () => void session('s6'));
    expect(renders).toHaveLength(5);
  });

  it('go to the app past the waiters’ bound or when the wait runs out', async () => {
    const token = session('s7');
    fresh({ maxWaiters: 2, waitMs: 10_000 });
    await burst(Array(5).fill(token));
    expect(renders).toHaveLength(3); // one render for three, two past the bound to the app
    fresh({ maxWaiters: 10, waitMs: 20 });
    renders = [];
    arrived = 0;
    await burst(Array(3).fill(token), () => until(() => renders.length === 3));
    expect(renders).toHaveLength(3);
  });
});
