import Link from 'next/link';
import { isDemoDatabase, listPeriods } from '@/db/queries/campaign';
import { getNow } from '@/db/queries/clock';
import { getHeaderTodos } from '@/db/queries/reporting';
import { getShownCampaign, listCampaignChoices } from '@/db/queries/shown-campaign';
import type { Campaign } from '@/db/schema';
import { formatDateZh, formatPeriodZh } from '@/lib/format';
import { requireUser } from '@/lib/auth/session';
import { roleHas } from '@/lib/auth/permissions';
import { DashboardHeader, type HeaderCampaign } from './dashboard-header';

/** What the header shows of the campaigns: the shown one (null: the chosen year does not exist), the choices, its months. */
function headerCampaign(shown: { campaign: Campaign; readOnly: boolean } | null, current: Campaign): HeaderCampaign {
  const c = shown?.campaign;
  return {
    shown: c
      ? { id: c.id, year: c.year, name: c.name, currentPeriod: c.currentPeriod, readOnly: shown.readOnly, past: c.year < current.year }
      : null,
    currentId: current.id,
    options: listCampaignChoices(),
    periods: c
      ? listPeriods(c.id)
          .filter((p) => p.period.startsWith(String(c.year)))
          .map((p) => ({ value: p.period, label: formatPeriodZh(p.period) }))
      : [],
  };
}

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const resolved = await getShownCampaign();
  if (resolved.kind === 'none') {
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
  const current = resolved.current;
  const demo = isDemoDatabase();
  const now = getNow();
  return (
    <div className="flex min-h-screen flex-col">
      <DashboardHeader
        user={user}
        campaign={headerCampaign(resolved.kind === 'shown' ? resolved.shown : null, current)}
        todos={getHeaderTodos(user, current, now)}
        demoDay={demo ? formatDateZh(now) : null}
      />
      <main className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-5 lg:px-6">{children}</main>
      {demo && (
        <footer className="border-t border-slate-200 bg-white px-6 py-3 text-center text-xs text-slate-500">
          演示数据：竞赛、专班、指标名称与数字为示意，仅报道原文中的村庄、项目、工作事项数据为实录（来源：《柯城发布》2020年10月）。
        </footer>
      )}
    </div>
  );
}
