import type { NextRequest } from 'next/server';
import { isDemoDatabase } from '@/db/queries/campaign';
import { getEntriesTable, resolveReportRequest } from '@/db/queries/report-excel';
import { ROUTE_MESSAGES } from '@/lib/excel/report-messages';
import { writeTableXlsx, XLSX_MIME, xlsxDisposition } from '@/lib/excel/xlsx';
import { roleHas } from '@/lib/auth/permissions';
import { auditDenied, authenticateRoute } from '@/lib/auth/session';
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';

const json = (status: number, message: string) => Response.json({ message }, { status });

/**
 * GET /api/report/export?period=YYYY-MM[&taskForceId=N]: this period's entries (every status, with
 * the three texts) of the indicators the logged-in user reports for, as .xlsx.
 */
export async function GET(request: NextRequest) {
  const auth = await authenticateRoute('report.export');
  if (!auth.ok) return auth.response;
  const { user } = auth;
  const req = resolveReportRequest(request.nextUrl.searchParams);
  if (!req.ok) return json(req.status, req.message);
  const { campaign, period, taskForceId } = req;
  const found = roleHas(user.role, 'progress:edit') ? getEntriesTable(user, campaign, period.period, taskForceId) : null;
  if (!found || found.inScope === 0) {
    await auditDenied(user, 'report.export', taskForceId ? { taskForceId } : undefined, 'nothing in scope');
    return json(403, ROUTE_MESSAGES.nothingInScope);
  }
  const periodLabel = formatPeriodZh(period.period);
  const body = await writeTableXlsx(found.table, {
    periodLabel,
    exportedAt: formatBeijingTime(new Date()),
    notes: isDemoDatabase() ? ['演示数据：竞赛、专班、指标名称与数字为示意。'] : [],
  });
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': XLSX_MIME,
      'Content-Disposition': xlsxDisposition(`${found.table.title}_${periodLabel}`),
      'Cache-Control': 'private, no-store',
    },
  });
}
