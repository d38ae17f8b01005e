import { CompetitionCards } from '@/components/dashboard/overview/competition-cards';
import { Headline } from '@/components/dashboard/overview/headline';
import { HonourLists, RankChanges, WeakItems } from '@/components/dashboard/overview/lists';
import { RankingCaveat } from '@/components/dashboard/ranking-caveat';
import { getDashboardData, type DashboardContext, type SearchParams } from '@/db/queries/dashboard-context';
import { honourTables, rankChangesTable, weakItemsTable } from '@/lib/views/overview-lists';
import { competitionCards, headlineView } from '@/lib/views/overview';

/** The overview's parts: each reads the period's data (loaded once per request) and hands its view to a component. */
export function HeadlineSection({ ctx }: { ctx: DashboardContext }) {
  const view = headlineView(getDashboardData(ctx));
  return (
    <>
      <RankingCaveat text={view.caveat} />
      <Headline view={view} />
    </>
  );
}

export function CompetitionCardsSection({ ctx }: { ctx: DashboardContext }) {
  return <CompetitionCards cards={competitionCards(getDashboardData(ctx))} />;
}

export function WeakItemsSection({ ctx, params }: { ctx: DashboardContext; params: SearchParams }) {
  return <WeakItems table={weakItemsTable(getDashboardData(ctx))} period={ctx.period} params={params} />;
}

export function HonourListsSection({ ctx, params }: { ctx: DashboardContext; params: SearchParams }) {
  const { red, yellow } = honourTables(getDashboardData(ctx));
  return <HonourLists red={red} yellow={yellow} period={ctx.period} params={params} />;
}

export function RankChangesSection({ ctx }: { ctx: DashboardContext }) {
  const data = getDashboardData(ctx);
  const empty = data.snapshot.previousPeriod === null ? '本期没有可比的上期排名' : '本期排名没有变化';
  return <RankChanges table={rankChangesTable(data)} period={ctx.period} empty={empty} />;
}
