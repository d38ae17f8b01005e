import { Suspense } from 'react';
import { DataTable } from '@/components/dashboard/data-table';
import { CompetitionCards, CompetitionCardsSkeleton } from '@/components/dashboard/overview/competition-cards';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { competitionsTable } from '@/db/queries/competition-detail';
import { resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { requireUser } from '@/lib/auth/session';
import { formatPeriodZh } from '@/lib/format';

export const metadata = { title: '竞赛' };

export default async function CompetitionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const resolved = resolveDashboard(await searchParams);
  if (!resolved.ok) return <PeriodError message={resolved.message} path="/competitions" />;
  const { ctx } = resolved;
  return (
    <div className="space-y-5">
      <PageTitle title={`竞赛 · ${formatPeriodZh(ctx.period)}`}>各竞赛得分、排名与完成进度；点击竞赛名称查看其专班。</PageTitle>
      <DataTable table={competitionsTable(ctx)} exportQuery={`period=${ctx.period}`} />
      <Suspense fallback={<CompetitionCardsSkeleton />}>
        <CompetitionCards ctx={ctx} />
      </Suspense>
    </div>
  );
}
