/**
 * The build's static files from memory over a real HTTP server and a real directory: encodings,
 * validators, what is left to Next.js (here a handler answering 404 "next"), and paths that try to
 * leave the directory.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, staticPath } from './asset-path';
import { createStaticAssets, type StaticAssets } from './static-assets';

let dir: string;
let server: http.Server;
let port: number;
let assets: StaticAssets;
const script = `console.log(${JSON.stringify('赛马'.repeat(2000))});\n`;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: url, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decoded = (r: Reply) =>
  r.headers['content-encoding'] === 'gzip'
    ? zlib.gunzipSync(r.body)
    : r.headers['content-encoding'] === 'br'
      ? zlib.brotliDecompressSync(r.body)
      : r.body;

beforeAll(async () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'static-assets-'));
  dir = path.join(base, 'static');
  fs.mkdirSync(path.join(dir, 'chunks'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'media'));
  fs.writeFileSync(path.join(dir, 'chunks', 'app.js'), script);
  fs.writeFileSync(path.join(dir, 'chunks', 'site.css'), 'body{color:red}'.repeat(100));
  fs.writeFileSync(path.join(dir, 'media', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]));
  fs.writeFileSync(path.join(dir, 'chunks', 'data.xyz'), 'unknown type');
  fs.writeFileSync(path.join(base, 'secret.js'), 'the database password');
  fs.symlinkSync(path.join(base, 'secret.js'), path.join(dir, 'chunks', 'link.js'));
  assets = createStaticAssets(dir);
  server = http.createServer((req, res) => {
    void assets.serve(req, res, async () => {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('next');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});

describe('static files from memory', () => {
  it('sends each file as gzip when accepted, else as it is, with the headers Next.js sends and nosniff', async () => {
    const zipped = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(decoded(zipped).toString()).toBe(script);
    expect(zipped.headers).toMatchObject({
      'cache-control': 'public, max-age=31536000, immutable',
      'content-type': 'application/javascript; charset=UTF-8',
      'content-length': String(zipped.body.length),
      vary: 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
    });
    const plain = await get('/_next/static/chunks/app.js?dpl=1');
    expect([plain.headers['content-encoding'], plain.body.toString()]).toEqual([undefined, script]);
    expect(plain.headers.etag).toBe(zipped.headers.etag);
    const head = await get('/_next/static/chunks/site.css', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect([head.status, head.headers['content-type'], head.body.length]).toEqual([200, 'text/css; charset=UTF-8', 0]);
    const font = await get('/_next/static/media/font.woff2', { 'accept-encoding': 'gzip' });
    expect([font.headers['content-type'], font.headers['content-encoding'], font.body.length]).toEqual(['font/woff2', undefined, 7]);
  });

  it('sends brotli once it is made, and never an encoding refused with q=0', async () => {
    const first = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br, gzip' });
    expect(['gzip', 'br']).toContain(first.headers['content-encoding']);
    let r = first;
    for (let i = 0; i < 200 && r.headers['content-encoding'] !== 'br'; i++) {
      await new Promise((done) => setTimeout(done, 10));
      r = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br, gzip' });
    }
    expect(r.headers['content-encoding']).toBe('br');
    expect(decoded(r).toString()).toBe(script);
    expect((await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
    expect(chooseEncoding('*', { br: false, gzip: true })).toBe('gzip');
    expect(chooseEncoding('gzip;q=0, identity', { br: true, gzip: true })).toBe('identity');
  });

  it('answers 304 to a matching ETag or date, and keeps what it read', async () => {
    const first = await get('/_next/static/chunks/app.js');
    const etag = first.headers.etag!;
    const again = await get('/_next/static/chunks/app.js', { 'if-none-match': `"x", ${etag}` });
    expect([again.status, again.body.length, again.headers.etag]).toEqual([304, 0, etag]);
    expect((await get('/_next/static/chunks/app.js', { 'if-none-match': '"other"' })).status).toBe(200);
    const since = await get('/_next/static/chunks/app.js', { 'if-modified-since': first.headers['last-modified']! });
    expect(since.status).toBe(304);
    fs.writeFileSync(path.join(dir, 'chunks', 'app.js'), 'changed');
    expect((await get('/_next/static/chunks/app.js')).body.toString()).toBe(script);
  });

  it('leaves to Next.js an unknown file or type, another method, a range, and a file past the memory bound', async () => {
    for (const [url, method, headers] of [
      ['/_next/static/chunks/missing.js', 'GET', {}],
      ['/_next/static/chunks/data.xyz', 'GET', {}],
      ['/_next/static/chunks', 'GET', {}],
      ['/_next/static/chunks/app.js', 'POST', {}],
      ['/_next/static/chunks/app.js', 'GET', { range: 'bytes=0-10' }],
    ] as const)
      expect((await get(url, headers, method)).body.toString(), `${method} ${url}`).toBe('next');
    assets = createStaticAssets(dir, 100);
    expect((await get('/_next/static/chunks/site.css')).body.toString()).toBe('next');
  });

  it('never leaves the directory: dot segments plain or encoded, backslashes, NUL, symbolic links', async () => {
    assets = createStaticAssets(dir);
    for (const url of [
      '/_next/static/../secret.js',
      '/_next/static/chunks/../../secret.js',
      '/_next/static/%2e%2e/secret.js',
      '/_next/static/%2E%2E%2Fsecret.js',
      '/_next/static/chunks/..%2f..%2fsecret.js',
      '/_next/static/chunks/%2e%2e%5c%2e%2e%5csecret.js',
      '/_next/static/chunks/app.js%00',
      '/_next/static/chunks/app.js%00.css',
      '/_next/static//chunks/app.js',
      '/_next/static/./chunks/app.js',
      '/_next/static/chunks/link.js',
      '/_next/static/%E0%A4%A',
    ]) {
      const r = await get(url);
      expect(r.body.toString(), url).toBe('next');
    }
    expect(staticPath('/_next/static/chunks/a%20b.js')).toBe('chunks/a b.js');
    expect(staticPath('/_next/static/chunks/..\\..\\secret.js')).toBeNull();
  });
});
