/**
 * npm run bench [-- --quick] [--scales 1,10]
 *
 * Serves the production build (scripts/server.ts, as `npm start` does) from a freshly seeded
 * database at each scale and measures, every figure a ratio against a baseline of the same run or
 * a latency percentile: pages at 1 and 50 connections vs a plain node:http server sending the same
 * bytes; HTML, compressed and first-load JS bytes; a read right after a write; 20 leads saving at
 * once; a cold burst of 200 clients with their static assets, and of 60 officials each with their
 * own session; server memory before and after a
 * run of requests; the snapshot (ranking) computation, the PPTX export of the default meeting, and
 * the structure workbook's import against parsing the same file (at ×10 about 11,500 rows).
 * Pages are read uncompressed (the plain server sends the same uncompressed bytes), and `/` also
 * with gzip (the plain server sends the app's gzip bytes). SAIMA_PAGE_CACHE_MB=0 measures the app
 * without its page cache.
 * Prints a table and writes bench/results.json. --quick: demo scale only, shorter runs.
 * Ports: BENCH_PORT (default 3190) for the app, BENCH_PORT+50 for the plain server.
 * --only saves: only the saves of 20 concurrent leads, several runs (scripts/bench/saves-only.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareAccounts } from './bench/accounts';
import { measure, request, waitForHttp } from './bench/load';
import { coldBurst, comparePage, pageBytes } from './bench/pages';
import { printReport, type BenchResults, type ScaleResults } from './bench/report';
import { ensureBuild, groupRss, root, runChild, seed, startApp, stop } from './bench/servers';
import { savesOnly } from './bench/saves-only';
import { benchReadAfterWrite, benchSaves } from './bench/writes';

const quick = process.argv.includes('--quick');
const scaleArg = process.argv.indexOf('--scales');
const savesOnlyRun = process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'saves';
const scales = (scaleArg >= 0 ? process.argv[scaleArg + 1]! : quick || savesOnlyRun ? '1' : '1,10')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n >= 1 && n <= 20);
const APP_PORT = Number(process.env.BENCH_PORT ?? 3190);
const PORTS = { app: APP_PORT, plain: APP_PORT + 50 };
// Bounded by time, the same for the app and the plain server: a request count would measure a fast
// server over a few milliseconds of connection set-up.
const LIMITS = quick ? { requests: 1_000_000, seconds: 4 } : { requests: 1_000_000, seconds: 15 };
const MEMORY_REQUESTS = quick ? 1000 : 10_000;
const SAVES = quick ? 200 : 600;
const LEADS = 20;
const OFFICIALS = 60;
const GZIP = 'gzip, deflate, br';
const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function benchScale(scale: number, dir: string): Promise<ScaleResults> {
  const file = path.join(dir, `bench-x${scale}.db`);
  console.log(`\n× ${scale}：生成演示数据`);
  seed(file, scale);
  const { snapshotMs, ...snapshotSize } = runChild<{ snapshotMs: number; indicators: number; entries: number }>(
    'bench/compute-child.ts',
    file,
    ['--runs', quick ? '3' : '5'],
  );
  const deck = runChild<{ coldExportMs: number; slides: number }>('bench-deck.ts', file, ['--child', '--runs', quick ? '2' : '3']);
  const structureImport = runChild<ScaleResults['structureImport']>('bench/import-child.ts', file, ['--runs', quick ? '2' : '3']);
  console.log(`  排名计算 ${snapshotMs.toFixed(0)} ms；PPTX 导出 ${deck.coldExportMs.toFixed(0)} ms（${deck.slides} 页）`);
  console.log(
    `  结构表导入 ${structureImport.rows} 行 ${structureImport.importMs.toFixed(0)} ms，单独解析 ${structureImport.parseMs.toFixed(0)} ms`,
  );
  const accounts = prepareAccounts(file, LEADS, OFFICIALS);
  const paths = ['/', '/rankings', accounts.indicatorPath, '/villages'];
  const app = startApp(file, PORTS.app);
  const pages: ScaleResults['pages'] = [];
  const bytes: ScaleResults['bytes'] = [];
  try {
    await waitForHttp(PORTS.app, '/', accounts.leader, 90);
    for (const p of paths) {
      const sample = await request(false, PORTS.app, p, accounts.leader);
      if (sample.status !== 200) throw new Error(`${p} answered ${sample.status}`);
      for (let i = 0; i < 10; i++) await request(false, PORTS.app, p, accounts.leader);
      bytes.push(await pageBytes(PORTS.app, p, accounts.leader, scale, sample.body));
      const rows = await comparePage(PORTS, p, accounts.leader, scale, sample, dir, LIMITS, [1, 50]);
      for (const r of rows)
        console.log(`  ${p} ${r.connections} 连接：${r.rps.toFixed(1)} req/s（${r.ratio.toFixed(2)}×），p99 ${r.p99Ms.toFixed(0)} ms`);
      pages.push(...rows);
    }
    // Browsers ask for gzip: the overview page compressed, against plain node:http sending the app's gzip bytes.
    const gzipped = await request(false, PORTS.app, '/', accounts.leader, { headers: { 'accept-encoding': GZIP } });
    const gzipRows = await comparePage(PORTS, '/', accounts.leader, scale, gzipped, dir, LIMITS, [1, 50], GZIP);
    for (const r of gzipRows)
      console.log(`  / gzip ${r.connections} 连接：${r.rps.toFixed(1)} req/s（${r.ratio.toFixed(2)}×），p99 ${r.p99Ms.toFixed(0)} ms`);
    pages.push(...gzipRows);
    const rssBefore = groupRss(app);
    const perPath = Math.ceil(MEMORY_REQUESTS / paths.length);
    for (const p of paths) await measure(PORTS.app, p, accounts.leader, 50, { requests: perPath, seconds: 600 });
    const memory = { requests: perPath * paths.length, rssBeforeBytes: rssBefore, rssAfterBytes: groupRss(app) };
    const burst = { path: '/', ...(await coldBurst(PORTS.app, '/', [accounts.leader], 200)) };
    // The meeting: sixty officials, each with their own session, open the dashboard at once.
    const officials = { path: '/', ...(await coldBurst(PORTS.app, '/', accounts.officials, OFFICIALS)) };
    const rounds = quick ? 20 : 50;
    const readAfterWrite = { path: '/', ...(await benchReadAfterWrite(PORTS.app, accounts.leader, accounts.leads[0]!, '/', rounds)) };
    const rankingsAfterWrite = {
      path: '/rankings',
      ...(await benchReadAfterWrite(PORTS.app, accounts.leader, accounts.leads[0]!, '/rankings', rounds)),
    };
    const s = await benchSaves(PORTS.app, accounts.leads, SAVES);
    const saves = {
      leads: accounts.leads.length,
      saves: s.requests,
      rps: s.rps,
      p50Ms: s.p50,
      p99Ms: s.p99,
      errors: s.errors,
      replyBytes: s.replyBytes,
    };
    return {
      scale,
      snapshotMs,
      snapshotSize,
      pptxMs: deck.coldExportMs,
      structureImport,
      pages,
      bytes,
      memory,
      coldBurst: burst,
      officials,
      readAfterWrite,
      rankingsAfterWrite,
      saves,
    };
  } finally {
    await stop(app);
  }
}

async function main() {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saima-bench-'));
  if (savesOnlyRun) {
    const runs = Number(option('--runs') ?? 5);
    const saves = Number(option('--saves') ?? SAVES);
    try {
      for (const scale of scales)
        await savesOnly({ scale, dir, port: APP_PORT, leads: LEADS, runs, saves, cpuProfDir: option('--cpu-prof') });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  console.log(
    `赛马基准测试${quick ? '（快速）' : ''}：CPU ${os.cpus().length} 核，内存 ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB，Node ${process.version}`,
  );
  const results: BenchResults = {
    date: new Date().toISOString(),
    node: process.version,
    cores: os.cpus().length,
    memoryBytes: os.totalmem(),
    quick,
    scales: [],
    pages: [],
  };
  try {
    for (const scale of scales) {
      const s = await benchScale(scale, dir);
      results.scales.push(s);
      results.pages.push(...s.pages);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printReport(results);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
