/**
 * npm run seed [-- --scale 10] [--force]
 * Builds the 2020 Kecheng demo in DATABASE_URL. Refuses a non-empty database unless --force,
 * which deletes the file first.
 */
import fs from 'node:fs';
import { databasePath, openDb } from '../db/connection';
import { runMigrations } from '../db/migrate';
import { DEMO_CLOCK, isDatabaseEmpty, seedDemo } from '../db/seed';
import { formatDateZh } from '../lib/format';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const scale = Number(arg('--scale') ?? '1');
if (!Number.isInteger(scale) || scale < 1 || scale > 20) {
  console.error('--scale 须为 1 到 20 之间的整数');
  process.exit(2);
}
const file = databasePath();
if (process.argv.includes('--force')) {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}
const db = openDb(file);
runMigrations(db);
if (!isDatabaseEmpty(db)) {
  console.error(`数据库 ${file} 已有数据。要重建演示数据，请加 --force（将删除该文件）。`);
  process.exit(1);
}
const started = performance.now();
const summary = seedDemo(db, { scale });
db.$client.close();
const secs = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `演示数据已生成（×${scale}，${secs} 秒）：专班 ${summary.taskForces} 个，指标 ${summary.indicators} 个，填报 ${summary.entries} 条，村庄 ${summary.villages} 个。`,
);
console.log(`演示日期：${formatDateZh(DEMO_CLOCK)}（截止时间、逾期与待办均按这一天计算）。`);
