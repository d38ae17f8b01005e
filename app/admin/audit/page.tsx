import type { Metadata } from 'next';
import { listSecurityEvents } from '@/db/queries/users';
import { AUDIT_LABELS } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { formatBeijingTime } from '@/lib/format';
import { Card, CardContent } from '@/components/ui/card';

export const metadata: Metadata = { title: '安全审计' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ user?: string }> }) {
  const viewer = await requirePermission('audit:read');
  const { user } = await searchParams;
  const rows = listSecurityEvents(viewer, { username: typeof user === 'string' && user ? user.slice(0, 32) : undefined });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">安全审计</h1>
      <form className="flex items-end gap-2" role="search">
        <label className="text-sm">
          按用户名筛选
          <input name="user" defaultValue={user} className="ml-2 h-8 rounded border px-2" />
        </label>
        <button className="h-8 rounded bg-brand-700 px-3 text-sm text-white">筛选</button>
      </form>
      <Card>
        <CardContent className="overflow-x-auto pt-4">
          <table className="w-full text-sm">
            <thead className="border-b text-left text-slate-600">
              <tr>
                <th className="py-2">时间（北京时间）</th>
                <th>事件</th>
                <th>用户</th>
                <th>IP</th>
                <th>对象</th>
                <th>说明</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b last:border-0">
                  <td className="py-1.5 whitespace-nowrap">{formatBeijingTime(r.at)}</td>
                  <td>{AUDIT_LABELS[r.action] ?? r.action}</td>
                  <td>{r.username ?? '—'}</td>
                  <td>{r.ip ?? '—'}</td>
                  <td className="max-w-xs truncate">{[r.entityType, r.entityId].filter(Boolean).join(' ') || '—'}</td>
                  <td className="max-w-sm truncate">{r.detail ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="py-4 text-sm text-slate-500">暂无记录。</p>}
        </CardContent>
      </Card>
    </div>
  );
}
