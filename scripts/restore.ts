/**
 * npm run restore -- FILE
 * Puts the backup FILE in place of DATABASE_URL (default data/saima.db). Refused while the service
 * (or any other program) has the database open, when FILE's checksum (FILE.sha256) is missing or
 * wrong, or when FILE fails `PRAGMA integrity_check`. The replaced database is kept beside it as
 * `<name>.before-restore-<北京时间>`. Start the service again afterwards (`npm start` applies any
 * newer migrations to the restored file).
 */
import path from 'node:path';
import { databasePath } from '../db/connection';
import { restoreBackup, RestoreError } from '../lib/backup/restore';

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('用法：npm run restore -- 备份文件路径（例如 npm run restore -- data/backups/saima-20201009-180000-000.db）');
    return 2;
  }
  const target = databasePath();
  const { kept } = await restoreBackup(path.resolve(file), target);
  console.log(`已恢复：${path.resolve(file)} → ${target}`);
  console.log(kept ? `原数据库已保留为：${kept}` : '目标位置原先没有数据库。');
  console.log('请重新启动服务（npm start 或 systemctl start saima）。');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof RestoreError ? `未恢复：${e.message}` : `恢复失败：${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
