/**
 * npm run bench:deck [-- --runs 5] [--fresh]
 * Times the meeting-deck export (live data → slides → .pptx) for the default meeting (cover,
 * overview, one slide per competition, 红榜/黄榜, weak items, closing) at demo scale and ×10.
 * The ×1 and ×10 databases are generated into bench-results/ on first use (--fresh regenerates).
 * Each figure is the median of --runs runs; "cold" empties the derived-data cache first, so the
 * period snapshot is recomputed as after any write. Ratios are against a baseline measured in the
 * same run: serialising the same slide data to JSON. Exits 1 when the demo export takes ≥ 2 s.
 *
 * Runs each database in its own process (the app keeps one database handle per process), with the
 * react-server condition so the server-only query modules load outside Next.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const LIMIT_MS = 2000;

interface Result {
  scale: number;
  taskForces: number;
  indicators: number;
  slides: number;
  pptxBytes: number;
  coldDataMs: number;
  warmDataMs: number;
  pptxMs: number;
  coldExportMs: number;
  jsonMs: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function measure(runs: number): Promise<Result> {
  const { getActiveCampaign } = await import('../db/queries/campaign');
  const { getDeckSource } = await import('../db/queries/meetings');
  const { invalidateDerived } = await import('../db/queries/cache');
  const { getCampaignStructure } = await import('../db/queries/structure');
  const { buildDeck } = await import('../lib/deck/registry');
  const { defaultMeetingDate, defaultMeetingTitle, defaultSlides } = await import('../lib/deck/preset');
  const { buildPptx } = await import('../lib/pptx/build');

  const campaign = getActiveCampaign();
  const s = getCampaignStructure(campaign.id);
  const period = campaign.currentPeriod;
  const spec = {
    title: defaultMeetingTitle(campaign.name),
    meetingDate: defaultMeetingDate(period),
    period,
    slides: defaultSlides(s.competitions.map((c) => c.id)),
  };
  const time = <T>(f: () => T): [number, T] => {
    const t = performance.now();
    const v = f();
    return [performance.now() - t, v];
  };
  const timeAsync = async <T>(f: () => Promise<T>): Promise<[number, T]> => {
    const t = performance.now();
    const v = await f();
    return [performance.now() - t, v];
  };

  await buildPptx(buildDeck(getDeckSource(campaign, period), spec)); // warm-up: module and JIT
  const cold: number[] = [];
  const warm: number[] = [];
  const pptx: number[] = [];
  const json: number[] = [];
  const total: number[] = [];
  let bytes = 0;
  let slides = 0;
  for (let i = 0; i < runs; i++) {
    invalidateDerived();
    const [coldMs, deck] = time(() => buildDeck(getDeckSource(campaign, period), spec));
    const [warmMs] = time(() => buildDeck(getDeckSource(campaign, period), spec));
    const [pptxMs, file] = await timeAsync(() => buildPptx(deck));
    const [jsonMs] = time(() => JSON.stringify(deck));
    cold.push(coldMs);
    warm.push(warmMs);
    pptx.push(pptxMs);
    json.push(jsonMs);
    total.push(coldMs + pptxMs);
    bytes = file.length;
    slides = deck.slides.length;
  }
  return {
    scale: Number(process.env.BENCH_SCALE ?? 1),
    taskForces: s.taskForces.length,
    indicators: s.indicators.length,
    slides,
    pptxBytes: bytes,
    coldDataMs: median(cold),
    warmDataMs: median(warm),
    pptxMs: median(pptx),
    coldExportMs: median(total),
    jsonMs: median(json),
  };
}

function ensureDb(scale: number, fresh: boolean): string {
  const file = path.join(root, 'bench-results', `deck-x${scale}.db`);
  if (fresh || !fs.existsSync(file)) {
    console.log(`正在生成 ×${scale} 演示数据：${path.relative(root, file)} …`);
    const r = spawnSync(process.execPath, [tsx, path.join(root, 'scripts', 'seed.ts'), '--scale', String(scale), '--force'], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: file },
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  return file;
}

function runChild(scale: number, file: string, runs: number): Result {
  const r = spawnSync(process.execPath, [tsx, '--conditions=react-server', __filename, '--child', '--runs', String(runs)], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: file, BENCH_SCALE: String(scale) },
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(r.status ?? 1);
  }
  const line = r.stdout.trim().split('\n').pop()!;
  return JSON.parse(line) as Result;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(0)}×` : '—');

async function main() {
  const runs = Math.max(1, Number(arg('--runs') ?? 5));
  if (process.argv.includes('--child')) {
    console.log(JSON.stringify(await measure(runs)));
    return;
  }
  const fresh = process.argv.includes('--fresh');
  const results = [1, 10].map((scale) => runChild(scale, ensureDb(scale, fresh), runs));
  console.log(`\n会议幻灯片导出（默认会议，每项取 ${runs} 次中位数）`);
  console.log('规模 | 专班 | 指标 | 幻灯片 | 数据(冷) | 数据(热) | PPTX生成 | 导出合计(冷) | 基线JSON | PPTX/JSON | 合计/JSON | 文件');
  for (const r of results) {
    console.log(
      [
        `×${r.scale}`,
        r.taskForces,
        r.indicators,
        r.slides,
        ms(r.coldDataMs),
        ms(r.warmDataMs),
        ms(r.pptxMs),
        ms(r.coldExportMs),
        ms(r.jsonMs),
        ratio(r.pptxMs, r.jsonMs),
        ratio(r.coldExportMs, r.jsonMs),
        `${(r.pptxBytes / 1024).toFixed(0)} KB`,
      ].join(' | '),
    );
  }
  const [x1, x10] = results as [Result, Result];
  console.log(`×10 / ×1 导出合计：${(x10.coldExportMs / x1.coldExportMs).toFixed(1)} 倍`);
  const ok = x1.coldExportMs < LIMIT_MS;
  console.log(
    ok ? `演示规模导出 ${ms(x1.coldExportMs)} < ${LIMIT_MS} ms：通过` : `演示规模导出 ${ms(x1.coldExportMs)} ≥ ${LIMIT_MS} ms：未达标`,
  );
  if (!ok) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
