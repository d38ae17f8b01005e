import { Suspense } from 'react';
import { CampaignSelect, type CampaignOption } from '@/components/layout/campaign-select';
import { MainNav } from '@/components/layout/main-nav';
import { navItemsFor } from '@/components/layout/nav-items';
import { PeriodSelect } from '@/components/layout/period-select';
import type { HeaderTodos } from '@/components/layout/todo-links';
import { UserMenu } from '@/components/layout/user-menu';
import type { AuthUser } from '@/lib/auth/permissions';
import { campaignLabel, PAST_YEAR_MARK } from '@/lib/campaign/choice';

export interface HeaderCampaign {
  /** The shown campaign; null when the chosen year does not exist. */
  shown: { id: number; year: number; name: string; currentPeriod: string; readOnly: boolean; past: boolean } | null;
  currentId: number;
  options: CampaignOption[];
  periods: { value: string; label: string }[];
}

/** The dashboard header: which year is shown (往年·只读 for a past one), the 年度 and 统计期 selectors, the user and the nav. */
export function DashboardHeader({
  user,
  campaign,
  todos,
  demoDay,
}: {
  user: AuthUser;
  campaign: HeaderCampaign;
  todos: HeaderTodos;
  demoDay: string | null;
}) {
  const { shown } = campaign;
  return (
    <header className="bg-brand-900 text-white shadow">
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2.5 lg:px-6">
        <div className="flex items-baseline gap-3">
          <span className="text-xl font-bold tracking-wide">赛马</span>
          <span className="text-[15px] text-brand-100" data-testid="shown-campaign">
            {shown ? campaignLabel(shown) : '所选年度不存在'}
          </span>
          {shown?.readOnly && (
            <span
              className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-900"
              title="往年的页面、排名和数据只能查看，不能填报或修改"
            >
              {shown.past ? PAST_YEAR_MARK : '只读'}
            </span>
          )}
          {demoDay && (
            <span
              className="rounded bg-amber-300 px-1.5 py-0.5 text-xs font-semibold text-amber-950"
              title="本系统中除报道原文外的名称和数字均为演示数据"
            >
              演示环境
            </span>
          )}
          {demoDay && <span className="text-xs text-brand-100">演示日期：{demoDay}</span>}
        </div>
        <CampaignSelect options={campaign.options} shownId={shown?.id ?? null} currentId={campaign.currentId} />
        {shown && (
          <Suspense fallback={<div className="h-8 w-40" />}>
            <PeriodSelect periods={campaign.periods} current={shown.currentPeriod} />
          </Suspense>
        )}
        <UserMenu user={user} todos={todos} />
      </div>
      <div className="border-t border-brand-800">
        <div className="mx-auto max-w-[1800px] px-4 py-1.5 lg:px-6">
          <Suspense fallback={<div className="h-9" />}>
            <MainNav items={navItemsFor(user.role)} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
