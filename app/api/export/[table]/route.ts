import type { NextRequest } from 'next/server';
import { resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { buildExportTable } from '@/db/queries/export-tables';
import { authenticateRoute } from '@/lib/auth/session';
import { writeTableXlsx, XLSX_MIME, xlsxDisposition } from '@/lib/excel/xlsx';
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';

const json = (status: number, message: string) => Response.json({ message }, { status });

/** GET /api/export/<table>?period=YYYY-MM[&id=…]: the dashboard table as .xlsx, for any logged-in user. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ table: string }> }) {
  const auth = await authenticateRoute('export.table');
  if (!auth.ok) return auth.response;
  const { table: name } = await params;
  const search: SearchParams = Object.fromEntries(request.nextUrl.searchParams.entries());
  const resolved = resolveDashboard(search);
  if (!resolved.ok) return json(400, resolved.message);
  const table = buildExportTable(name, resolved.ctx, search);
  if (table === undefined) return json(404, '没有这张表，请从页面上的“导出Excel”按钮下载。');
  if (table === null) return json(404, '要导出的对象不存在或已被删除，请返回页面刷新后重试。');
  const periodLabel = formatPeriodZh(resolved.ctx.period);
  const body = await writeTableXlsx(table, {
    periodLabel,
    exportedAt: formatBeijingTime(new Date()),
    notes: resolved.ctx.demo ? ['演示数据：竞赛、专班、指标名称与数字为示意。'] : [],
  });
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': XLSX_MIME,
      'Content-Disposition': xlsxDisposition(`${table.title}_${periodLabel}`),
      'Cache-Control': 'private, no-store',
    },
  });
}
