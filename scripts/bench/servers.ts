/** The benchmark's processes: build, seeded databases, the app server, a plain node:http server. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');
export const tsxCli = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SOURCES = ['app', 'components', 'db', 'lib', 'next.config.ts', 'package.json', 'proxy.ts'];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((m, e) => Math.max(m, newestMtime(path.join(p, e))), stat.mtimeMs);
}

/** Builds when there is no build or a source file is newer than it (as `npm start` does). */
export function ensureBuild(): void {
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

/** Seeds a fresh database at `scale` into `file`. */
export function seed(file: string, scale: number): void {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [tsxCli, path.join(root, 'scripts', 'seed.ts'), '--scale', String(scale), '--force'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: file },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`seed ×${scale} failed:\n${r.stderr}`);
  console.log(`  ${r.stdout.trim().split('\n')[0]}（${((performance.now() - t0) / 1000).toFixed(1)} 秒）`);
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

/** The production server (scripts/server.ts) on `port` over the database `file`; `nodeArgs` go to its Node (e.g. --cpu-prof). */
export function startApp(file: string, port: number, nodeArgs: string[] = []): ChildProcess {
  return track(
    spawn(process.execPath, [tsxCli, ...nodeArgs, path.join(root, 'scripts', 'server.ts')], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: file,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    }),
  );
}

/** A plain node:http server in its own process answering every request with `bodyFile`'s bytes (as `encoding` when given). */
export function startPlain(bodyFile: string, type: string, port: number, encoding?: string): ChildProcess {
  const headers = { 'content-type': type, ...(encoding ? { 'content-encoding': encoding } : {}) };
  const code = `
    const http = require('node:http');
    const body = require('node:fs').readFileSync(${JSON.stringify(bodyFile)});
    const headers = { ...${JSON.stringify(headers)}, 'content-length': body.length };
    http.createServer((req, res) => { res.writeHead(200, headers); res.end(body); })
      .listen(${port}, '127.0.0.1');`;
  return track(spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'ignore', 'inherit'], detached: true }));
}

/** Stops a server started here with its whole process group. */
export function stop(child: ChildProcess): Promise<void> {
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

/** Resident memory in bytes of every process in the server's process group (the launcher and Node). */
export function groupRss(child: ChildProcess): number {
  const r = spawnSync('ps', ['-o', 'rss=', '-g', String(child.pid)], { encoding: 'utf8' });
  return r.stdout
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((n) => Number.isFinite(n) && n > 0)
    .reduce((a, b) => a + b * 1024, 0);
}

/**
 * CPU time in milliseconds (user + system) used so far by the server's process group, read from
 * Linux's /proc; NaN where there is none.
 */
export function groupCpuMs(child: ChildProcess): number {
  const r = spawnSync('ps', ['-o', 'pid=', '-g', String(child.pid)], { encoding: 'utf8' });
  const tick = 1000 / 100; // USER_HZ
  let total = 0;
  for (const pid of r.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    try {
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {
      return NaN;
    }
  }
  return total;
}

/** Runs a benchmark child under the react-server condition over `file`; its last stdout line is JSON. */
export function runChild<T>(script: string, file: string, args: string[] = []): T {
  const r = spawnSync(process.execPath, [tsxCli, '--conditions=react-server', path.join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: file },
  });
  if (r.status !== 0) throw new Error(`${script} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
}
