import type { Metadata } from 'next';
import { getAuditNames } from '@/db/queries/history';
import { listSecurityEvents } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/session';
import { Card, CardContent } from '@/components/ui/card';
import { AuditTable } from './audit-table';

export const metadata: Metadata = { title: '安全审计' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ user?: string | string[] }> }) {
  const viewer = await requirePermission('audit:read');
  const { user } = await searchParams;
  const username = typeof user === 'string' && user ? user.slice(0, 32) : undefined;
  const rows = listSecurityEvents(viewer, { username });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">安全审计</h1>
      <p className="text-sm text-slate-600">
        {username ? `用户名含“${username}”的全部操作记录` : '登录、账号、授权与越权访问等安全事件'}（最新的 200 条，最新的在前）。
      </p>
      <form className="flex items-end gap-2" role="search">
        <label className="text-sm">
          按用户名筛选
          <input name="user" defaultValue={username} className="ml-2 h-8 rounded border px-2" />
        </label>
        <button className="h-8 rounded bg-brand-700 px-3 text-sm text-white">筛选</button>
      </form>
      <Card>
        <CardContent className="overflow-x-auto pt-4">
          <AuditTable rows={rows} names={getAuditNames()} />
        </CardContent>
      </Card>
    </div>
  );
}
