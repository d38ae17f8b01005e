import { Suspense } from 'react';
import { PeriodError } from '@/components/dashboard/period-error';
import { CompetitionCardsSkeleton } from '@/components/dashboard/overview/competition-cards';
import { HeadlineSkeleton } from '@/components/dashboard/overview/headline';
import { WEAK_TABLE_HEIGHT } from '@/components/dashboard/overview/lists';
import { PageTitle } from '@/components/dashboard/page-title';
import { SearchForm } from '@/components/dashboard/search-form';
import { TableSkeleton } from '@/components/dashboard/skeletons';
import { resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { requireUser } from '@/lib/auth/session';
import { formatPeriodZh } from '@/lib/format';
import { CompetitionCardsSection, HeadlineSection, HonourListsSection, RankChangesSection, WeakItemsSection } from './_overview/sections';
import { SupervisionList } from './_supervision/supervision-list';

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const params = await searchParams;
  const resolved = await resolveDashboard(params);
  if (!resolved.ok) return <PeriodError message={resolved.message} path="/" />;
  const { ctx } = resolved;
  return (
    <div className="space-y-5">
      <PageTitle title={`总览 · ${formatPeriodZh(ctx.period)}`} actions={<SearchForm period={ctx.period} />}>
        八大竞赛得分、排名与争先进位；按已审核数据计算，已报送未审核的标为“待审核”。
      </PageTitle>
      <Suspense fallback={<HeadlineSkeleton />}>
        <HeadlineSection ctx={ctx} />
      </Suspense>
      <Suspense fallback={<CompetitionCardsSkeleton />}>
        <CompetitionCardsSection ctx={ctx} />
      </Suspense>
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-2 2xl:grid-cols-[minmax(0,1.5fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <Suspense fallback={<TableSkeleton height={WEAK_TABLE_HEIGHT} className="xl:col-span-2 2xl:col-span-1" />}>
          <WeakItemsSection ctx={ctx} params={params} />
        </Suspense>
        <Suspense fallback={<TableSkeleton height={WEAK_TABLE_HEIGHT} />}>
          <HonourListsSection ctx={ctx} />
        </Suspense>
        <Suspense fallback={<TableSkeleton height={WEAK_TABLE_HEIGHT} />}>
          <RankChangesSection ctx={ctx} />
        </Suspense>
      </div>
      <Suspense fallback={<TableSkeleton height={WEAK_TABLE_HEIGHT} />}>
        <SupervisionList period={ctx.period} />
      </Suspense>
    </div>
  );
}
