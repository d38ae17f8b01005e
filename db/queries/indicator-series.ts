import 'server-only';
import { and, asc, gte, inArray, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { progressEntries } from '@/db/schema';
import type { MonthlyValues } from '@/lib/views/rows';

/**
 * Values of the given indicators from January of `period`'s year up to `period`, split into
 * approved and submitted-awaiting-approval (drafts and returned entries are left out).
 */
export function listMonthlyValues(indicatorIds: number[], period: string): Map<number, MonthlyValues> {
  const out = new Map<number, MonthlyValues>();
  if (indicatorIds.length === 0) return out;
  const rows = getDb()
    .select({
      indicatorId: progressEntries.indicatorId,
      period: progressEntries.period,
      value: progressEntries.value,
      status: progressEntries.status,
    })
    .from(progressEntries)
    .where(
      and(
        inArray(progressEntries.indicatorId, indicatorIds),
        gte(progressEntries.period, `${period.slice(0, 4)}-01`),
        lte(progressEntries.period, period),
      ),
    )
    .orderBy(asc(progressEntries.period))
    .all();
  for (const id of indicatorIds) out.set(id, { approved: new Map(), submitted: new Map() });
  for (const r of rows) {
    const m = out.get(r.indicatorId)!;
    if (r.status === 'approved') m.approved.set(r.period, r.value);
    else if (r.status === 'submitted') m.submitted.set(r.period, r.value);
  }
  return out;
}
