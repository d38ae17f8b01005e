import 'server-only';
import { getDashboardData, parseId, paramText, type DashboardContext, type SearchParams } from '@/db/queries/dashboard-context';
import { getIndicatorRows, listIndicatorEntries } from '@/db/queries/indicator-rows';
import { getCountyComparisonRows } from '@/db/queries/rankings';
import { getTaskForceRows } from '@/db/queries/task-force-rows';
import { getNow } from '@/db/queries/clock';
import { getOnTimeRates, ytdRates } from '@/db/queries/timeliness';
import { periodEndDate } from '@/lib/metrics';
import type { DashboardData } from '@/lib/views/context';
import { indicatorCountyTable } from '@/lib/views/indicator-county';
import { indicatorEntriesTable, indicatorStepsTable } from '@/lib/views/indicator-tables';
import { honourTables, rankChangesTable, weakItemsTable } from '@/lib/views/overview-lists';
import { competitionsTable, taskForceRankingTable } from '@/lib/views/ranking-tables';
import { countyComparisonTable, unitRankingTable } from '@/lib/views/rankings';
import { matchingTaskForceIds } from '@/lib/views/search';
import { taskForceView } from '@/lib/views/task-force';
import type { Table } from '@/lib/views/table';

type Builder = (ctx: DashboardContext, data: DashboardData, params: SearchParams) => Table | null;

/** A builder of a table about one object named by `?id=`: null when the id names nothing. */
const withId =
  (build: (ctx: DashboardContext, data: DashboardData, id: number) => Table | null): Builder =>
  (ctx, data, params) => {
    const id = parseId(params.id);
    return id === null ? null : build(ctx, data, id);
  };

const taskForce = (ctx: DashboardContext, data: DashboardData, id: number) => {
  const rows = getTaskForceRows(ctx, id);
  return rows ? taskForceView(data, id, rows) : null;
};

const indicator = (data: DashboardData, id: number) => data.structure.indicators.find((i) => i.id === id) ?? null;

/**
 * Every downloadable table by its id: the same builders the pages render, so an export has exactly
 * the page's columns and rows.
 */
const BUILDERS: Record<string, Builder> = {
  'weak-items': (_ctx, data) => weakItemsTable(data),
  'honour-red': (_ctx, data) => honourTables(data).red,
  'honour-yellow': (_ctx, data) => honourTables(data).yellow,
  'rank-changes': (_ctx, data) => rankChangesTable(data),
  competitions: (_ctx, data) => competitionsTable(data),
  'competition-task-forces': withId((_ctx, data, id) =>
    data.structure.competitions.some((c) => c.id === id)
      ? taskForceRankingTable(data, { id: 'competition-task-forces', title: '专班排名', competitionId: id })
      : null,
  ),
  'task-forces': (_ctx, data, params) => {
    const q = paramText(params, 'q').slice(0, 40);
    return taskForceRankingTable(data, {
      id: 'task-forces',
      title: q ? `专班（筛选：${q}）` : '全部专班',
      taskForceIds: matchingTaskForceIds(data, q),
    });
  },
  'task-force-indicators': withId((ctx, data, id) => taskForce(ctx, data, id)?.indicators ?? null),
  'task-force-work-items': withId((ctx, data, id) => taskForce(ctx, data, id)?.workItems ?? null),
  'indicator-entries': withId((ctx, data, id) => {
    const ind = indicator(data, id);
    const entries = listIndicatorEntries(ctx, id);
    return ind && entries ? indicatorEntriesTable(ind, entries) : null;
  }),
  'indicator-counties': withId((ctx, data, id) => {
    const ind = indicator(data, id);
    const r = data.snapshot.indicators.find((x) => x.id === id);
    const rows = getIndicatorRows(ctx, id);
    return ind && r && rows ? indicatorCountyTable(ind, r, ctx.campaign.homeRegionCode, rows.county) : null;
  }),
  'indicator-steps': withId((ctx, data, id) => {
    const ind = indicator(data, id);
    return ind ? indicatorStepsTable(ind, data.structure.steps.get(id) ?? [], periodEndDate(ctx.period)) : null;
  }),
  'ranking-task-forces': (_ctx, data) => taskForceRankingTable(data, { id: 'ranking-task-forces', title: '专班排名' }),
  'ranking-departments': (ctx, data) => unitRankingTable(data, 'department', ytdRates(getOnTimeRates(ctx.campaign, ctx.period, getNow()))),
  'ranking-townships': (ctx, data) => unitRankingTable(data, 'township', ytdRates(getOnTimeRates(ctx.campaign, ctx.period, getNow()))),
  'county-comparison': (ctx, data, params) =>
    countyComparisonTable(
      data,
      ctx.campaign.homeRegionCode,
      getCountyComparisonRows(ctx, data.snapshot),
      paramText(params, 'weak') === '1',
    ),
};

/** The table `name` for the export route; undefined for an unknown name, null for an unknown id. */
export function buildExportTable(name: string, ctx: DashboardContext, params: SearchParams): Table | null | undefined {
  if (!Object.hasOwn(BUILDERS, name)) return undefined;
  return BUILDERS[name]!(ctx, getDashboardData(ctx), params);
}
