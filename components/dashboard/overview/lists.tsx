import { withPeriod, type DashboardContext } from '@/db/queries/dashboard-context';
import { honourTables, rankChangesTable, weakItemsTable } from '@/db/queries/overview';
import { DataTable } from '../data-table';

export const WEAK_TABLE_HEIGHT = 440;

function exportQuery(ctx: DashboardContext) {
  return `period=${ctx.period}`;
}

/** 弱项: lagging indicators and those in the bottom third of the counties, with the responsible unit. */
export async function WeakItems({ ctx, showAll }: { ctx: DashboardContext; showAll: boolean }) {
  return (
    <DataTable
      table={weakItemsTable(ctx)}
      exportQuery={exportQuery(ctx)}
      height={WEAK_TABLE_HEIGHT}
      empty="本期没有弱项指标"
      showAll={showAll}
      showAllHref={withPeriod('/?all=1', ctx.period)}
      className="xl:col-span-2 2xl:col-span-1"
    />
  );
}

/** 红榜 and 黄榜 of task forces. */
export async function HonourLists({ ctx }: { ctx: DashboardContext }) {
  const { red, yellow } = honourTables(ctx);
  return (
    <div className="space-y-4">
      <DataTable table={red} exportQuery={exportQuery(ctx)} className="border-t-4 border-t-red-700" empty="本期无专班上红榜" />
      <DataTable table={yellow} exportQuery={exportQuery(ctx)} className="border-t-4 border-t-amber-400" empty="本期无专班上黄榜" />
    </div>
  );
}

/** 本期变化: the largest rank movements of task forces. */
export async function RankChanges({ ctx }: { ctx: DashboardContext }) {
  return <DataTable table={rankChangesTable(ctx)} exportQuery={exportQuery(ctx)} empty="本期排名没有变化" />;
}
