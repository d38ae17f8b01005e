import { isDemoDatabase } from '@/db/queries/campaign';
import { getEntriesTable, resolveReportRequest } from '@/db/queries/report-excel';
import { route, RouteError } from '@/lib/actions/route';
import { roleHas } from '@/lib/auth/permissions';
import { ROUTE_MESSAGES } from '@/lib/excel/report-messages';
import { writeTableXlsx, XLSX_MIME } from '@/lib/excel/xlsx';
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';

/**
 * GET /api/report/export?period=YYYY-MM[&taskForceId=N]: this period's entries (every status, with
 * the three texts) of the indicators the logged-in user reports for, as .xlsx.
 */
export const GET = route({
  name: 'report.export',
  permission: null,
  run: async ({ user, search }) => {
    const req = await resolveReportRequest(search);
    if (!req.ok) throw new RouteError(req.status, req.message);
    const { campaign, period, taskForceId } = req;
    const found = roleHas(user.role, 'progress:edit') ? getEntriesTable(user, campaign, period.period, taskForceId) : null;
    if (!found || found.inScope === 0) throw new RouteError(403, ROUTE_MESSAGES.nothingInScope, taskForceId ? { taskForceId } : undefined);
    const periodLabel = formatPeriodZh(period.period);
    const body = await writeTableXlsx(found.table, {
      periodLabel,
      exportedAt: formatBeijingTime(new Date()),
      notes: isDemoDatabase() ? ['演示数据：竞赛、专班、指标名称与数字为示意。'] : [],
    });
    return {
      body,
      mime: XLSX_MIME,
      name: `${found.table.title}_${periodLabel}`,
      ext: 'xlsx',
      asciiName: 'export',
      entity: { type: 'period', id: period.period },
    };
  },
});
