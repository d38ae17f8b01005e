import { PeriodError } from '@/components/dashboard/period-error';
import { PageTitle } from '@/components/dashboard/page-title';
import { SearchForm } from '@/components/dashboard/search-form';
import { resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { requireUser } from '@/lib/auth/session';
import { formatPeriodZh } from '@/lib/format';
import { CompetitionCardsSection, HeadlineSection, HonourListsSection, RankChangesSection, WeakItemsSection } from './_overview/sections';
import { SupervisionList } from './_supervision/supervision-list';

/**
 * The overview. Its parts are drawn in the same render from the period's data (loaded once per
 * request, synchronously): no Suspense boundary, so no skeleton is streamed before them.
 */
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
      <HeadlineSection ctx={ctx} />
      <CompetitionCardsSection ctx={ctx} />
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-2 2xl:grid-cols-[minmax(0,1.5fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <WeakItemsSection ctx={ctx} params={params} />
        <HonourListsSection ctx={ctx} params={params} />
        <RankChangesSection ctx={ctx} />
      </div>
      <SupervisionList period={ctx.period} />
    </div>
  );
}
