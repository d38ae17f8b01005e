import { checkHealth } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

/**
 * GET /api/health, for a process monitor: 200 when the database answers, its migrations are
 * current, its file is writable and the disk has room; else 503. Public by design, so it carries
 * only those four words: no data, no version, no path, no figures.
 */
export function GET(): Response {
  const report = checkHealth();
  return Response.json(report, { status: report.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
