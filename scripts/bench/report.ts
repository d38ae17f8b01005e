/** The benchmark's results (bench/results.json) and the table printed from them, with the goals of each figure. */
import type { PageBytes, PageRow } from './pages';

interface Latency {
  path: string;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

type Burst = Latency & { clients: number; errorKinds?: Record<string, number> };

export interface ScaleResults {
  scale: number;
  pages: PageRow[];
  bytes: PageBytes[];
  snapshotMs: number;
  /** What the snapshot computed: the current year's indicators and entries. */
  snapshotSize?: { indicators: number; entries: number };
  pptxMs: number;
  /** The structure workbook of this scale imported as a new campaign vs parsed alone (scripts/bench/import-child.ts). */
  structureImport: { rows: number; bytes: number; parseMs: number; importMs: number };
  memory: { requests: number; rssBeforeBytes: number; rssAfterBytes: number };
  coldBurst: Burst;
  /** Sixty officials, each with their own session (no page kept for them yet), opening / at once. */
  officials?: Burst;
  readAfterWrite: Latency;
  rankingsAfterWrite: Latency;
  saves: { leads: number; saves: number; rps: number; p50Ms: number; p99Ms: number; errors: number; replyBytes: number };
}

export interface BenchResults {
  date: string;
  node: string;
  cores: number;
  memoryBytes: number;
  quick: boolean;
  scales: ScaleResults[];
  pages: PageRow[];
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
const mark = (ok: boolean) => (ok ? '达标' : '未达标');

function pageTable(rows: PageRow[]): string[] {
  const out = ['规模 路径                  连接  HTML     应用req/s  纯HTTP/s  吞吐比   p50ms   p99ms  纯p99ms  错误'];
  for (const r of rows)
    out.push(
      [
        `×${r.scale}`.padEnd(4),
        (r.encoding && r.encoding !== 'identity' ? `${r.path} gzip` : r.path).padEnd(21),
        String(r.connections).padStart(3),
        kib(r.htmlBytes).padStart(8),
        f1(r.rps).padStart(9),
        f0(r.plainRps).padStart(9),
        f2(r.ratio).padStart(7),
        f1(r.p50Ms).padStart(7),
        f1(r.p99Ms).padStart(7),
        f2(r.plainP99Ms).padStart(8),
        String(r.errors).padStart(5),
      ].join(' '),
    );
  return out;
}

function bytesTable(s: ScaleResults): string[] {
  const out = [`×${s.scale} 页面大小：路径 | HTML | HTML gzip | 实际发送（编码） | 首屏 JS | 首屏 JS gzip`];
  for (const b of s.bytes)
    out.push(
      `  ${b.path} | ${kib(b.htmlBytes)} | ${kib(b.htmlGzipBytes)} | ${kib(b.servedBytes)}（${b.contentEncoding}） | ${kib(b.firstLoadJsBytes)} | ${kib(b.firstLoadJsGzipBytes)}`,
    );
  return out;
}

function burstKinds(b: Burst): string {
  const kinds = Object.entries(b.errorKinds ?? {});
  return kinds.length ? `；错误类别：${kinds.map(([k, n]) => `${k} ×${n}`).join('，')}` : '';
}

function officialsLine(scale: number, b: Burst): string {
  return `×${scale} ${b.clients} 名区领导各用自己的账号同时打开 /（含静态资源）：错误 ${b.errors}，p50 ${f0(b.p50Ms)} ms，p99 ${f0(b.p99Ms)} ms（同上目标：${mark(b.errors === 0 && b.p99Ms <= 1000)}）${burstKinds(b)}`;
}

function importLine(s: ScaleResults): string {
  const i = s.structureImport;
  const ratio = i.importMs / i.parseMs;
  return `×${s.scale} Excel 导入（结构表 ${i.rows} 行，${kib(i.bytes)}）：导入 ${f0(i.importMs)} ms，单独解析同一文件 ${f0(i.parseMs)} ms，${f1(ratio)} 倍（目标 ≤ 2 倍：${mark(ratio <= 2)}）`;
}

function scaleLines(s: ScaleResults, demo: boolean): string[] {
  const growth = s.memory.rssAfterBytes / s.memory.rssBeforeBytes - 1;
  const p99Limit = demo ? 100 : 300;
  return [
    ...bytesTable(s),
    `×${s.scale} 写入后立即读取 /：p50 ${f1(s.readAfterWrite.p50Ms)} ms，p99 ${f1(s.readAfterWrite.p99Ms)} ms（目标 ≤ ${p99Limit} ms：${mark(s.readAfterWrite.p99Ms <= p99Limit)}）；/rankings p99 ${f1(s.rankingsAfterWrite.p99Ms)} ms`,
    `×${s.scale} ${s.saves.leads} 名填报员同时保存：${s.saves.saves} 次，${f1(s.saves.rps)} 次/秒，p50 ${f1(s.saves.p50Ms)} ms，p99 ${f1(s.saves.p99Ms)} ms，错误 ${s.saves.errors}，回复 ${kib(s.saves.replyBytes)}（目标 p99 ≤ 200 ms：${mark(s.saves.p99Ms <= 200)}）`,
    `×${s.scale} ${s.coldBurst.clients} 个客户端冷启动加载 /（含静态资源）：错误 ${s.coldBurst.errors}，p50 ${f0(s.coldBurst.p50Ms)} ms，p99 ${f0(s.coldBurst.p99Ms)} ms（目标 0 错误、p99 ≤ 1000 ms：${mark(s.coldBurst.errors === 0 && s.coldBurst.p99Ms <= 1000)}）${burstKinds(s.coldBurst)}`,
    ...(s.officials ? [officialsLine(s.scale, s.officials)] : []),
    `×${s.scale} 内存：${s.memory.requests} 次请求前 ${(s.memory.rssBeforeBytes / 2 ** 20).toFixed(0)} MiB，后 ${(s.memory.rssAfterBytes / 2 ** 20).toFixed(0)} MiB，增长 ${(growth * 100).toFixed(1)}%（目标 ≤ 10%：${mark(growth <= 0.1)}）`,
    importLine(s),
    `×${s.scale} 排名计算 ${f1(s.snapshotMs)} ms；PPTX 导出（默认会议，冷）${f0(s.pptxMs)} ms（目标 ≤ 2000 ms：${mark(s.pptxMs <= 2000)}）`,
  ];
}

/** Prints the tables of a run: pages, then each scale's other figures, then the cross-scale ratios. */
export function printReport(r: BenchResults): void {
  const lines = [
    `\n汇总（吞吐比 = 应用 ÷ 纯 node:http 发送相同字节；目标：缓存读取 ≥ 0.5×，50 连接 p99 演示 ≤ 200 ms、×10 ≤ 500 ms）`,
    ...pageTable(r.pages),
  ];
  for (const s of r.scales) lines.push('', ...scaleLines(s, s.scale === 1));
  const x1 = r.scales.find((s) => s.scale === 1);
  const x10 = r.scales.find((s) => s.scale === 10);
  if (x1 && x10) {
    const ratio = x10.snapshotMs / x1.snapshotMs;
    const [a, b] = [x1.snapshotSize, x10.snapshotSize];
    // The ×10 demo has ten times the task forces, each with more indicators: the goal (≤ 12 times
    // for ten times the data) is judged against how much more it actually computes.
    const grew = a && b ? b.indicators / a.indicators : 10;
    const limit = 1.2 * grew;
    const size =
      a && b ? `；×10 的指标是 ×1 的 ${f1(grew)} 倍，当年填报 ${f1(b.entries / a.entries)} 倍，按指标数折算目标 ≤ ${f1(limit)} 倍` : '';
    lines.push('', `排名计算 ×10 ÷ ×1：${f1(ratio)} 倍${size}（目标：数据量的 1.2 倍以内：${mark(ratio <= limit)}）`);
  }
  lines.push('', '结果已写入 bench/results.json');
  console.log(lines.join('\n'));
}
