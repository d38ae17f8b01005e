import { getTemplateRows, resolveReportRequest } from '@/db/queries/report-excel';
import { route, RouteError } from '@/lib/actions/route';
import { roleHas } from '@/lib/auth/permissions';
import { buildReportTemplate } from '@/lib/excel/report-template';
import { ROUTE_MESSAGES } from '@/lib/excel/report-messages';
import { XLSX_MIME } from '@/lib/excel/xlsx';
import { formatPeriodZh } from '@/lib/format';

/**
 * GET /api/report/template?period=YYYY-MM[&taskForceId=N]: the Excel template of the indicators
 * the logged-in user reports for (a lead: their task forces; an administrator: every task force,
 * or the one asked for), with this period's current values filled in.
 */
export const GET = route({
  name: 'report.template',
  permission: null,
  run: async ({ user, search }) => {
    const req = await resolveReportRequest(search);
    if (!req.ok) throw new RouteError(req.status, req.message);
    const { campaign, period, taskForceId } = req;
    const rows = roleHas(user.role, 'progress:edit') ? getTemplateRows(user, campaign, period.period, period.locked, taskForceId) : [];
    if (rows.length === 0) throw new RouteError(403, ROUTE_MESSAGES.nothingInScope, taskForceId ? { taskForceId } : undefined);
    const body = await buildReportTemplate({ period: period.period, preparedFor: user.displayName, generatedAt: new Date(), rows });
    return {
      body,
      mime: XLSX_MIME,
      name: `填报模板_${formatPeriodZh(period.period)}`,
      ext: 'xlsx',
      asciiName: 'export',
      entity: { type: 'period', id: period.period },
    };
  },
});
