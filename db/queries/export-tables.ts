import 'server-only';
import type { Table } from '@/lib/views/table';
import { competitionsTable, getCompetitionView, taskForceRankingTable } from './competition-detail';
import { parseId, paramText, type DashboardContext, type SearchParams } from './dashboard-context';
import { getIndicatorView } from './indicator-detail';
import { indicatorCountyTable, indicatorEntriesTable, indicatorStepsTable } from './indicator-tables';
import { honourTables, rankChangesTable, weakItemsTable } from './overview';
import { countyComparisonTable, unitRankingTable } from './rankings';
import { getOnTimeRates } from './timeliness';
import { matchingTaskForceIds } from './search';
import { getTaskForceView, taskForceIndicatorsTable, workItemsTable } from './task-force-detail';
import { periodEndDate } from '@/lib/metrics';

type Builder = (ctx: DashboardContext, params: SearchParams) => Table | null;

const withId =
  <T>(load: (ctx: DashboardContext, id: number) => T | null, build: (ctx: DashboardContext, view: T) => Table): Builder =>
  (ctx, params) => {
    const id = parseId(params.id);
    const view = id === null ? null : load(ctx, id);
    return view === null ? null : build(ctx, view);
  };

/**
 * Every downloadable table by its id: the same builders the pages render, so an export has exactly
 * the page's columns and rows. A builder returns null when its `id` parameter names nothing.
 */
const BUILDERS: Record<string, Builder> = {
  'weak-items': (ctx) => weakItemsTable(ctx),
  'honour-red': (ctx) => honourTables(ctx).red,
  'honour-yellow': (ctx) => honourTables(ctx).yellow,
  'rank-changes': (ctx) => rankChangesTable(ctx),
  competitions: (ctx) => competitionsTable(ctx),
  'competition-task-forces': withId(getCompetitionView, (ctx, v) =>
    taskForceRankingTable(ctx, { id: 'competition-task-forces', title: '专班排名', competitionId: v.id }),
  ),
  'task-forces': (ctx, params) => {
    const q = paramText(params, 'q').slice(0, 40);
    return taskForceRankingTable(ctx, {
      id: 'task-forces',
      title: q ? `专班（筛选：${q}）` : '全部专班',
      taskForceIds: matchingTaskForceIds(ctx, q),
    });
  },
  'task-force-indicators': withId(getTaskForceView, taskForceIndicatorsTable),
  'task-force-work-items': withId(getTaskForceView, workItemsTable),
  'indicator-entries': withId(getIndicatorView, indicatorEntriesTable),
  'indicator-counties': withId(getIndicatorView, (_ctx, v) => indicatorCountyTable(v)),
  'indicator-steps': withId(getIndicatorView, (ctx, v) => indicatorStepsTable(v, periodEndDate(ctx.period))),
  'ranking-task-forces': (ctx) => taskForceRankingTable(ctx, { id: 'ranking-task-forces', title: '专班排名' }),
  'ranking-departments': (ctx) => unitRankingTable(ctx, 'department', getOnTimeRates(ctx.campaign, ctx.period)),
  'ranking-townships': (ctx) => unitRankingTable(ctx, 'township', getOnTimeRates(ctx.campaign, ctx.period)),
  'county-comparison': (ctx, params) => countyComparisonTable(ctx, paramText(params, 'weak') === '1'),
};

/** The table `name` for the export route; undefined for an unknown name, null for an unknown id. */
export function buildExportTable(name: string, ctx: DashboardContext, params: SearchParams): Table | null | undefined {
  if (!Object.hasOwn(BUILDERS, name)) return undefined;
  return BUILDERS[name]!(ctx, params);
}
