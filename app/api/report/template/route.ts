import type { NextRequest } from 'next/server';
import { getTemplateRows, resolveReportRequest } from '@/db/queries/report-excel';
import { buildReportTemplate } from '@/lib/excel/report-template';
import { ROUTE_MESSAGES } from '@/lib/excel/report-messages';
import { XLSX_MIME, xlsxDisposition } from '@/lib/excel/xlsx';
import { roleHas } from '@/lib/auth/permissions';
import { auditDenied, authenticateRoute } from '@/lib/auth/session';
import { formatPeriodZh } from '@/lib/format';

const json = (status: number, message: string) => Response.json({ message }, { status });

/**
 * GET /api/report/template?period=YYYY-MM[&taskForceId=N]: the Excel template of the indicators
 * the logged-in user reports for (a lead: their task forces; an administrator: every task force,
 * or the one asked for), with this period's current values filled in.
 */
export async function GET(request: NextRequest) {
  const auth = await authenticateRoute('report.template');
  if (!auth.ok) return auth.response;
  const { user } = auth;
  const req = resolveReportRequest(request.nextUrl.searchParams);
  if (!req.ok) return json(req.status, req.message);
  const { campaign, period, taskForceId } = req;
  const rows = roleHas(user.role, 'progress:edit') ? getTemplateRows(user, campaign, period.period, period.locked, taskForceId) : [];
  if (rows.length === 0) {
    await auditDenied(user, 'report.template', taskForceId ? { taskForceId } : undefined, 'nothing in scope');
    return json(403, ROUTE_MESSAGES.nothingInScope);
  }
  const body = await buildReportTemplate({ period: period.period, preparedFor: user.displayName, generatedAt: new Date(), rows });
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': XLSX_MIME,
      'Content-Disposition': xlsxDisposition(`填报模板_${formatPeriodZh(period.period)}`),
      'Cache-Control': 'private, no-store',
    },
  });
}
