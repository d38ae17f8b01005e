/**
 * npm start [-- --no-demo] [-- --host ADDRESS]
 * 1. apply migrations  2. seed the 2020 Kecheng demo if the database is empty (unless --no-demo or
 * SAIMA_DEMO=0)  3. build if the build is missing or older than the sources  4. serve the build
 * with scripts/server.ts, on 127.0.0.1 only for a demo database unless HOST or --host says otherwise.
 * PORT (default 3000), HOST, DATABASE_URL (default data/saima.db) and SAIMA_TRUSTED_PROXIES configure it.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { databasePath, openDb } from '../db/connection';
import { runMigrations } from '../db/migrate';
import { appMeta } from '../db/schema';
import { isDatabaseEmpty, seedDemo } from '../db/seed';
import { prepareAccounts } from './start-accounts';
import { listenPlan, requestedHost } from './start-listen';

const root = path.resolve(__dirname, '..');
const port = process.env.PORT ?? '3000';
const demo = !process.argv.includes('--no-demo') && process.env.SAIMA_DEMO !== '0';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const SOURCES = [
  'app',
  'components',
  'db',
  'lib',
  'next.config.ts',
  'package.json',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
  'proxy.ts',
];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (/\.test\.tsx?$/.test(entry)) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const marker = path.join(root, '.next', 'BUILD_ID');
  if (!fs.existsSync(marker)) return false;
  const built = fs.statSync(marker).mtimeMs;
  return SOURCES.every((s) => newestMtime(path.join(root, s)) <= built);
}

function main() {
  const file = databasePath();
  const db = openDb(file);
  runMigrations(db);
  if (isDatabaseEmpty(db) && demo) {
    console.log('数据库为空，正在生成 2020 年柯城区演示数据……');
    const s = seedDemo(db);
    console.log(`演示数据已生成：专班 ${s.taskForces} 个，指标 ${s.indicators} 个，填报 ${s.entries} 条。`);
  }
  const loginHint = prepareAccounts(db, { demo });
  const demoDatabase = db.select().from(appMeta).where(eq(appMeta.key, 'demo')).get()?.value === '1';
  db.$client.close();
  const plan = listenPlan({ demoDatabase, host: requestedHost(process.argv, { HOST: process.env.HOST }), port });

  const next = path.join(root, 'node_modules', '.bin', 'next');
  if (!buildIsCurrent()) {
    console.log('正在构建（首次启动或源码有更新，约需 1 分钟）……');
    const r = spawnSync(next, ['build'], { cwd: root, stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error('构建失败，请查看上面的错误信息。');
      process.exit(r.status ?? 1);
    }
  }
  console.log('');
  for (const line of plan.lines) console.log(line);
  console.log(`数据库：${file}`);
  for (const line of loginHint) console.log(line);
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const serverEnv = { ...env, NODE_ENV: 'production' as const, PORT: port, HOST: plan.host ?? '' };
  const child = spawn(process.execPath, [tsx, path.join(root, 'scripts', 'server.ts')], { cwd: root, stdio: 'inherit', env: serverEnv });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}

main();
