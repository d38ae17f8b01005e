import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { UserMenu } from '@/components/layout/user-menu';
import { findActiveCampaign } from '@/db/queries/campaign';
import { getNow } from '@/db/queries/clock';
import { getHeaderTodos } from '@/db/queries/reporting';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePermission('user:manage');
  return (
    <div className="min-h-screen">
      <header className="bg-brand-900 text-white">
        <div className="mx-auto flex max-w-[1400px] items-center gap-6 px-6 py-3">
          <Link href="/" className="text-xl font-bold">
            赛马
          </Link>
          <nav aria-label="管理导航" className="flex gap-4 text-sm">
            <Link href="/admin/campaigns" className="hover:underline">
              竞赛活动
            </Link>
            <Link href="/admin/units" className="hover:underline">
              单位
            </Link>
            <Link href="/admin/people" className="hover:underline">
              人员
            </Link>
            <Link href="/admin/users" className="hover:underline">
              账号与授权
            </Link>
            <Link href="/admin/periods" className="hover:underline">
              统计期
            </Link>
            <Link href="/admin/village-metrics" className="hover:underline">
              村庄经营指标
            </Link>
            <Link href="/admin/audit" className="hover:underline">
              安全审计
            </Link>
            <Link href="/admin/backup" className="hover:underline">
              备份
            </Link>
            <Link href="/" className="hover:underline">
              返回总览
            </Link>
          </nav>
          <UserMenu user={user} todos={getHeaderTodos(user, findActiveCampaign(), getNow())} />
        </div>
      </header>
      <main className="mx-auto max-w-[1400px] px-6 py-6">{children}</main>
    </div>
  );
}
