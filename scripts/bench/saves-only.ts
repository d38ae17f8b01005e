/**
 * `npm run bench -- --only saves [--runs 5] [--saves 400] [--scales 1] [--cpu-prof DIR]`: only the
 * saves of 20 concurrent leads, measured several times against one server (after a warm-up of 300 saves),
 * each run printed with the machine's load average. --cpu-prof writes the server's V8 CPU profile
 * into DIR when it stops (Node's --cpu-prof). Writes no bench/results.json.
 */
import os from 'node:os';
import path from 'node:path';
import { prepareAccounts } from './accounts';
import { waitForHttp } from './load';
import { groupCpuMs, seed, startApp, stop } from './servers';
import { benchSaves } from './writes';

export interface SavesOnlyOptions {
  scale: number;
  dir: string;
  port: number;
  leads: number;
  runs: number;
  saves: number;
  cpuProfDir?: string;
}

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** Seeds, serves and measures the save bursts; resolves with each run's figures. */
export async function savesOnly(
  o: SavesOnlyOptions,
): Promise<{ rps: number; p50: number; p99: number; errors: number; cpuPerSave: number }[]> {
  const file = path.join(o.dir, `bench-saves-x${o.scale}.db`);
  console.log(`\n× ${o.scale}：生成演示数据`);
  seed(file, o.scale);
  const accounts = prepareAccounts(file, o.leads, 0);
  const app = startApp(file, o.port, o.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(o.cpuProfDir)}`] : []);
  const runs = [];
  try {
    await waitForHttp(o.port, '/', accounts.leader, 90);
    // Warm-up: the first few hundred saves run while V8 still compiles the hot paths.
    await benchSaves(o.port, accounts.leads, 300);
    for (let i = 0; i < o.runs; i++) {
      const before = load();
      const cpu0 = groupCpuMs(app);
      const s = await benchSaves(o.port, accounts.leads, o.saves);
      // Includes the leads' 20 reads of /report that find their forms before the burst.
      const cpuPerSave = (groupCpuMs(app) - cpu0) / s.requests;
      console.log(
        `  第 ${i + 1} 轮：${s.requests} 次，${s.rps.toFixed(1)} 次/秒，p50 ${s.p50.toFixed(1)} ms，p99 ${s.p99.toFixed(1)} ms，错误 ${s.errors}，回复 ${s.replyBytes} 字节，服务器 CPU ${cpuPerSave.toFixed(2)} ms/次（负载 ${before} → ${load()}）`,
      );
      runs.push({ rps: s.rps, p50: s.p50, p99: s.p99, errors: s.errors, cpuPerSave });
    }
  } finally {
    await stop(app);
  }
  return runs;
}
