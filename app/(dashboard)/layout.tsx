import { Suspense } from 'react';
import Link from 'next/link';
import { findActiveCampaign, isDemoDatabase, listPeriods } from '@/db/queries/campaign';
import { getNow } from '@/db/queries/clock';
import { getHeaderTodos } from '@/db/queries/reporting';
import { MainNav } from '@/components/layout/main-nav';
import { navItemsFor } from '@/components/layout/nav-items';
import { PeriodSelect } from '@/components/layout/period-select';
import { UserMenu } from '@/components/layout/user-menu';
import { formatDateZh, formatPeriodZh } from '@/lib/format';
import { requireUser } from '@/lib/auth/session';
import { roleHas } from '@/lib/auth/permissions';

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const campaign = findActiveCampaign();
  if (!campaign) {
    return (
      <main className="mx-auto max-w-2xl px-4 py-16">
        <h1 className="text-2xl font-bold">赛马</h1>
        <p className="mt-4 rounded-md border border-brand-100 bg-brand-50 p-4 text-sm text-brand-900">
          系统中还没有竞赛活动。请系统管理员建立活动（竞赛、专班、指标与目标）后再使用。
          {roleHas(user.role, 'campaign:manage') && (
            <>
              {' '}
              <Link href="/admin/campaigns" className="font-medium underline">
                建立竞赛活动
              </Link>
            </>
          )}
        </p>
      </main>
    );
  }
  const periods = listPeriods(campaign.id)
    .filter((p) => p.period.startsWith(String(campaign.year)))
    .map((p) => ({ value: p.period, label: formatPeriodZh(p.period) }));
  const demo = isDemoDatabase();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-900 text-white shadow">
        <div className="mx-auto flex max-w-[1800px] flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2.5 lg:px-6">
          <div className="flex items-baseline gap-3">
            <span className="text-xl font-bold tracking-wide">赛马</span>
            <span className="text-[15px] text-brand-100">
              {campaign.year}年“{campaign.name}”
            </span>
            {demo && (
              <span
                className="rounded bg-amber-300 px-1.5 py-0.5 text-xs font-semibold text-amber-950"
                title="本系统中除报道原文外的名称和数字均为演示数据"
              >
                演示环境
              </span>
            )}
            {demo && <span className="text-xs text-brand-100">演示日期：{formatDateZh(getNow())}</span>}
          </div>
          <Suspense fallback={<div className="h-8 w-40" />}>
            <PeriodSelect periods={periods} current={campaign.currentPeriod} />
          </Suspense>
          <UserMenu user={user} todos={getHeaderTodos(user, campaign, getNow())} />
        </div>
        <div className="border-t border-brand-800">
          <div className="mx-auto max-w-[1800px] px-4 py-1.5 lg:px-6">
            <Suspense fallback={<div className="h-9" />}>
              <MainNav items={navItemsFor(user.role)} />
            </Suspense>
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-5 lg:px-6">{children}</main>
      {demo && (
        <footer className="border-t border-slate-200 bg-white px-6 py-3 text-center text-xs text-slate-500">
          演示数据：竞赛、专班、指标名称与数字为示意，仅报道原文中的村庄、项目、工作事项数据为实录（来源：《柯城发布》2020年10月）。
        </footer>
      )}
    </div>
  );
}
