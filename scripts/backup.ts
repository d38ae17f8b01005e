/**
 * npm run backup [-- --to DIR] [--keep N]
 * An online backup of DATABASE_URL (safe while the service runs and writes), as
 * DIR/saima-<北京时间>.db with its SHA-256 in saima-….db.sha256; then only the newest N backups in
 * DIR are kept. DIR defaults to SAIMA_BACKUP_DIR, else `backups/` beside the database; N to
 * SAIMA_BACKUP_KEEP, else 14.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databasePath } from '../db/connection';
import { createBackup } from '../lib/backup/create';
import { backupDir, backupKeep } from '../lib/backup/paths';
import { formatBeijingTime } from '../lib/format';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const source = databasePath();
  if (!fs.existsSync(source)) {
    console.error(`找不到数据库文件 ${source}：请检查 DATABASE_URL。`);
    return 1;
  }
  const dir = path.resolve(argValue('--to') ?? backupDir());
  const keepArg = argValue('--keep');
  const keep = keepArg === undefined ? backupKeep() : Number(keepArg);
  if (!Number.isInteger(keep) || keep < 1 || keep > 1000) {
    console.error('--keep 须为 1 到 1000 之间的整数（保留最新的几份备份）。');
    return 2;
  }
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const b = await createBackup(db, dir, { keep });
    console.log(`备份完成：${b.file}`);
    console.log(`时间：${formatBeijingTime(b.at)}  大小：${(b.size / 1024 / 1024).toFixed(2)} MB`);
    console.log(`SHA-256：${b.sha256}（已写入 ${b.name}.sha256）`);
    console.log(`保留最新 ${keep} 份${b.removed.length ? `，已删除较早的 ${b.removed.length} 份` : ''}。`);
    return 0;
  } finally {
    db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`备份失败：${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
