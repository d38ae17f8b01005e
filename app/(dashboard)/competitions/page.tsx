import { DataTable } from '@/components/dashboard/data-table';
import { CompetitionCards } from '@/components/dashboard/overview/competition-cards';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { RankingCaveat } from '@/components/dashboard/ranking-caveat';
import { getDashboardData, resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { requireUser } from '@/lib/auth/session';
import { formatPeriodZh } from '@/lib/format';
import { rankingCaveat } from '@/lib/views/context';
import { competitionCards } from '@/lib/views/overview';
import { competitionsTable } from '@/lib/views/ranking-tables';

export const metadata = { title: '竞赛' };

export default async function CompetitionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const resolved = await resolveDashboard(await searchParams);
  if (!resolved.ok) return <PeriodError message={resolved.message} path="/competitions" />;
  const { ctx } = resolved;
  const data = getDashboardData(ctx);
  return (
    <div className="space-y-5">
      <PageTitle title={`竞赛 · ${formatPeriodZh(ctx.period)}`}>各竞赛得分、排名与完成进度；点击竞赛名称查看其专班。</PageTitle>
      <RankingCaveat text={rankingCaveat(data.snapshot)} />
      <DataTable table={competitionsTable(data)} exportQuery={`period=${ctx.period}`} />
      <CompetitionCards cards={competitionCards(data)} />
    </div>
  );
}
