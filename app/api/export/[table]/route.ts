import { getPeriodSnapshot } from '@/db/queries/snapshot';
import { resolveDashboardFor, type SearchParams } from '@/db/queries/dashboard-context';
import { getShownCampaign, MISSING_CAMPAIGN_MESSAGE } from '@/db/queries/shown-campaign';
import { route, RouteError } from '@/lib/actions/route';
import { writeTableXlsx, XLSX_MIME } from '@/lib/excel/xlsx';
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';
import { rankingCaveat } from '@/lib/views/context';
import { buildExportTable } from './tables';

/** GET /api/export/<table>?period=YYYY-MM[&id=…]: the dashboard table of the shown year as .xlsx, for any logged-in user. */
export const GET = route<{ table: string }>({
  name: 'export.table',
  permission: null,
  run: async ({ params, search: query }) => {
    const search: SearchParams = Object.fromEntries(query.entries());
    const shown = await getShownCampaign();
    if (shown.kind !== 'shown') throw new RouteError(404, MISSING_CAMPAIGN_MESSAGE);
    const resolved = resolveDashboardFor(shown.shown.campaign, search, shown.shown.readOnly);
    if (!resolved.ok) throw new RouteError(400, resolved.message);
    const table = buildExportTable(params.table, resolved.ctx, search);
    if (table === undefined) throw new RouteError(404, '没有这张表，请从页面上的“导出Excel”按钮下载。');
    if (table === null) throw new RouteError(404, '要导出的对象不存在或已被删除，请返回页面刷新后重试。');
    const periodLabel = formatPeriodZh(resolved.ctx.period);
    const body = await writeTableXlsx(table, {
      periodLabel,
      exportedAt: formatBeijingTime(new Date()),
      notes: exportNotes(resolved.ctx.demo, rankingCaveat(getPeriodSnapshot(resolved.ctx.campaign, resolved.ctx.period)), table.note),
    });
    return {
      body,
      mime: XLSX_MIME,
      name: `${table.title}_${periodLabel}`,
      ext: 'xlsx',
      asciiName: 'export',
      entity: { type: 'table', id: params.table },
    };
  },
});

/** The 备注 lines of an export: the demo-data notice, and the caveat of an incomplete round unless the table's note has it. */
function exportNotes(demo: boolean, caveat: string | null, note: string | undefined): string[] {
  const own = caveat !== null && !(note ?? '').includes(caveat);
  return [...(demo ? ['演示数据：竞赛、专班、指标名称与数字为示意。'] : []), ...(own ? [caveat] : [])];
}
