/**
 * npm run bench [-- --scales 1,10] [--quick]
 *
 * Throughput and latency (p50/p99) of `/` and `/rankings` of the built app (scripts/server.ts, as `npm start` serves it) on a
 * freshly seeded database at each scale, under 1 and 50 concurrent connections, against a plain
 * node:http server sending the same bytes in the same run; printed with their ratios.
 * Requests carry a logged-in session: SAIMA_BENCH_COOKIE (the token of a `saima_session` cookie)
 * when set, else a session created directly for demo-leader in the benchmark database.
 * Each measurement stops after a bounded number of requests or seconds, whichever comes first.
 * Uses the production build, rebuilding first when it is missing or older than the sources. BENCH_PORT (default 3190) and
 * BENCH_PORT+1 (or BENCH_PLAIN_PORT) are used.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '../db/connection';
import { createSessionForUser, SESSION_COOKIE } from '../lib/auth/session-store';

const root = path.resolve(__dirname, '..');
const quick = process.argv.includes('--quick');
const scales = (argValue('--scales') ?? '1,10')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n >= 1 && n <= 20);
const APP_PORT = Number(process.env.BENCH_PORT ?? 3190);
const PLAIN_PORT = Number(process.env.BENCH_PLAIN_PORT ?? APP_PORT + 1);
const PATHS = ['/', '/rankings'];
const CONNECTIONS = [1, 50];
/** Upper bounds of one measurement: requests and seconds. */
const LIMITS = quick ? { requests: 100, seconds: 5 } : { requests: 1000, seconds: 20 };
const WARMUP = 20;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Measurement {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

/** Nearest-rank percentile of sorted milliseconds. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function request(
  agent: http.Agent,
  port: number,
  urlPath: string,
  cookie: string,
): Promise<{ status: number; body: Buffer; type: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: urlPath, agent, headers: { cookie, 'accept-encoding': 'identity' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), type: String(res.headers['content-type'] ?? '') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** `connections` workers on keep-alive sockets issue requests until the request or time bound is reached. */
async function measure(port: number, urlPath: string, cookie: string, connections: number): Promise<Measurement> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let issued = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + LIMITS.seconds * 1000;
  const worker = async () => {
    while (issued < LIMITS.requests && performance.now() < deadline) {
      issued++;
      const t0 = performance.now();
      try {
        const res = await request(agent, port, urlPath, cookie);
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function waitForHttp(port: number, urlPath: string, cookie: string, seconds: number): Promise<void> {
  const agent = new http.Agent();
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      const res = await request(agent, port, urlPath, cookie);
      if (res.status === 200) return;
      if (res.status >= 300 && res.status < 400) throw new Error(`${urlPath} answered ${res.status}: is the session cookie valid?`);
    } catch (e) {
      if (e instanceof Error && e.message.includes('session')) throw e;
    }
    if (Date.now() > until) throw new Error(`no answer on port ${port} after ${seconds} s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

const SOURCES = ['app', 'components', 'db', 'lib', 'next.config.ts', 'package.json', 'proxy.ts'];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((m, e) => Math.max(m, newestMtime(path.join(p, e))), stat.mtimeMs);
}

/** Builds when there is no build or a source file is newer than it (as `npm start` does). */
function ensureBuild(): void {
  const marker = path.join(root, '.next', 'BUILD_ID');
  const built = fs.existsSync(marker) ? fs.statSync(marker).mtimeMs : 0;
  if (built > 0 && SOURCES.every((s) => newestMtime(path.join(root, s)) <= built)) return;
  console.log('构建产物缺失或早于源码，先运行 next build ……');
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function seed(file: string, scale: number): void {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'seed.ts'), '--scale', String(scale), '--force'],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: file },
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`seed ×${scale} failed:\n${r.stderr}`);
  console.log(`  ${r.stdout.trim()}（${((performance.now() - t0) / 1000).toFixed(1)} 秒）`);
}

function sessionCookie(file: string): string {
  if (process.env.SAIMA_BENCH_COOKIE) return `${SESSION_COOKIE}=${process.env.SAIMA_BENCH_COOKIE}`;
  const db = openDb(file);
  try {
    const user = db.$client.prepare(`select id from users where username = 'demo-leader' and disabled = 0`).get() as
      { id: number } | undefined;
    if (!user) throw new Error('the seeded database has no demo-leader account');
    return `${SESSION_COOKIE}=${createSessionForUser(db, user.id)}`;
  } finally {
    db.$client.close();
  }
}

/** Servers started by this run, stopped on Ctrl-C as well (they run in their own process groups). */
const live = new Set<ChildProcess>();
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    for (const c of live) if (c.pid !== undefined && c.exitCode === null) process.kill(-c.pid, 'SIGTERM');
    process.exit(130);
  });
}

function track(child: ChildProcess): ChildProcess {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

function startApp(file: string): ChildProcess {
  return track(
    spawn(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'server.ts')], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: file,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(APP_PORT),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    }),
  );
}

/** A plain node:http server in its own process answering every request with `bodyFile`'s bytes. */
function startPlain(bodyFile: string, type: string): ChildProcess {
  const code = `
    const http = require('node:http');
    const body = require('node:fs').readFileSync(${JSON.stringify(bodyFile)});
    http.createServer((req, res) => { res.writeHead(200, { 'content-type': ${JSON.stringify(type)}, 'content-length': body.length }); res.end(body); })
      .listen(${PLAIN_PORT}, '127.0.0.1');`;
  return track(spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'ignore', 'inherit'], detached: true }));
}

/** Stops a server started here with its whole process group. */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  });
}

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');

async function benchScale(scale: number, dir: string): Promise<string[]> {
  const file = path.join(dir, `bench-x${scale}.db`);
  console.log(`\n× ${scale}：生成演示数据`);
  seed(file, scale);
  const cookie = sessionCookie(file);
  const app = startApp(file);
  const lines: string[] = [];
  try {
    await waitForHttp(APP_PORT, '/', cookie, 60);
    for (const urlPath of PATHS) {
      const agent = new http.Agent({ keepAlive: true });
      const sample = await request(agent, APP_PORT, urlPath, cookie);
      if (sample.status !== 200) throw new Error(`${urlPath} answered ${sample.status}`);
      for (let i = 0; i < WARMUP; i++) await request(agent, APP_PORT, urlPath, cookie);
      agent.destroy();
      const bodyFile = path.join(dir, `body-x${scale}${urlPath.replace(/\W/g, '_')}.html`);
      fs.writeFileSync(bodyFile, sample.body);
      const plain = startPlain(bodyFile, sample.type);
      try {
        await waitForHttp(PLAIN_PORT, urlPath, cookie, 10);
        for (const connections of CONNECTIONS) {
          const a = await measure(APP_PORT, urlPath, cookie, connections);
          const p = await measure(PLAIN_PORT, urlPath, cookie, connections);
          const line = [
            `×${scale}`.padEnd(4),
            urlPath.padEnd(10),
            String(connections).padStart(3),
            `${(sample.body.length / 1024).toFixed(0)} KiB`.padStart(8),
            f1(a.rps).padStart(8),
            f1(a.p50).padStart(8),
            f1(a.p99).padStart(8),
            f0(p.rps).padStart(8),
            f2(p.p50).padStart(7),
            f2(p.p99).padStart(7),
            f2(a.rps / p.rps).padStart(7),
            f1(a.p50 / p.p50).padStart(7),
            f1(a.p99 / p.p99).padStart(7),
            `${a.requests}${a.errors ? ` (${a.errors}错)` : ''}`.padStart(7),
          ].join(' ');
          console.log(line);
          lines.push(line);
        }
      } finally {
        await stop(plain);
      }
    }
  } finally {
    await stop(app);
  }
  return lines;
}

async function main() {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saima-bench-'));
  const header = `规模 路径       连接   页面大小  应用req/s  p50ms    p99ms  纯HTTP/s  p50ms   p99ms  吞吐比  p50倍  p99倍   请求数`;
  console.log(
    `赛马基准测试：每项最多 ${LIMITS.requests} 个请求或 ${LIMITS.seconds} 秒；CPU ${os.cpus().length} 核，Node ${process.version}`,
  );
  console.log(header);
  const all: string[] = [];
  try {
    for (const scale of scales) all.push(...(await benchScale(scale, dir)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n汇总（吞吐比 = 应用 ÷ 纯 node:http 发送相同字节；p50倍/p99倍 = 应用延迟 ÷ 纯HTTP延迟）\n${header}\n${all.join('\n')}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
