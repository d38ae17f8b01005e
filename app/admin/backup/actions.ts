'use server';

import { z } from 'zod';
import { getDb } from '@/db';
import { action } from '@/lib/actions/action';
import { createBackup, type BackupInfo } from '@/lib/backup/create';
import { formatSize } from '@/lib/backup/labels';
import { backupDir, backupKeep } from '@/lib/backup/paths';
import { formatBeijingTime } from '@/lib/format';

/**
 * 立即备份: an online backup of the running database into the backup directory (the same as
 * `npm run backup`), then rotation; audited with the file's name, size and checksum.
 */
export const createBackupAction = action({
  name: 'backup.create',
  schema: z.object({}),
  permission: 'backup:manage',
  prepare: (): Promise<BackupInfo> => createBackup(getDb().$client, backupDir(), { keep: backupKeep() }),
  run: ({ audit }, info: BackupInfo) => {
    audit({
      action: 'backup.create',
      entityType: 'backup',
      entityId: info.name,
      after: { name: info.name, size: info.size, sha256: info.sha256, removed: info.removed },
    });
    const rotated = info.removed.length ? `，按保留份数删除了较早的 ${info.removed.length} 份` : '';
    return { notice: `备份已完成：${formatBeijingTime(info.at)}，${formatSize(info.size)}${rotated}。` };
  },
  revalidate: ['/admin/backup'],
});
