import type { Metadata } from 'next';
import { ActionForm } from '@/components/forms/action-form';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { CHECKSUM_LABELS, formatSize } from '@/lib/backup/labels';
import { listBackups } from '@/lib/backup/list';
import { backupDir, backupKeep } from '@/lib/backup/paths';
import { formatBeijingTime } from '@/lib/format';
import { createBackupAction } from './actions';

export const metadata: Metadata = { title: '备份' };

export default async function BackupPage() {
  await requirePermission('backup:manage');
  const dir = backupDir();
  const backups = await listBackups(dir);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">备份</h1>
      <Card>
        <CardHeader>
          <CardTitle>立即备份</CardTitle>
        </CardHeader>
        <CardContent className="space-y-2 text-sm">
          <p>
            在线备份当前数据库（服务不停止，填报照常进行），保存到 <code className="break-all">{dir}</code>，只保留最新 {backupKeep()} 份。
          </p>
          <ActionForm action={createBackupAction} submitLabel="立即备份" pendingLabel="正在备份…" label="立即备份" />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>已有备份（{backups.length} 份）</CardTitle>
        </CardHeader>
        <CardContent className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="border-b text-left text-slate-600">
              <tr>
                <th className="py-2">备份时间（北京时间）</th>
                <th>大小</th>
                <th>校验</th>
                <th>文件</th>
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <tr key={b.name} className="border-b last:border-0" data-testid={`backup-${b.name}`}>
                  <td className="py-1.5 whitespace-nowrap">{formatBeijingTime(b.at)}</td>
                  <td className="whitespace-nowrap">{formatSize(b.size)}</td>
                  <td className={b.checksum === 'ok' ? 'text-emerald-800' : 'font-semibold text-red-700'}>{CHECKSUM_LABELS[b.checksum]}</td>
                  <td className="font-mono text-xs">{b.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {backups.length === 0 && <p className="py-4 text-sm text-slate-500">还没有备份。</p>}
          <p className="mt-3 text-xs text-slate-500">
            恢复须在服务器上停止服务后执行 npm run restore -- 备份文件（详见 README
            “备份与恢复”）；校验不符或缺少校验文件的备份不能用于恢复。
          </p>
        </CardContent>
      </Card>
    </div>
  );
}
