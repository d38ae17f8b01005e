import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { villageMetricValues } from '@/db/schema';
import { can, type AuthUser } from '@/lib/auth/permissions';
import type { VillageImportContext } from '@/lib/excel/village-import';
import type { VillageTemplateRow } from '@/lib/excel/village-template';
import { VENTURE_KIND_LABELS } from '@/lib/views/village-words';
import { getVillageRow, metricsForKind, type VillageRow } from './villages';

export interface VillageExcelData {
  row: VillageRow;
  template: VillageTemplateRow[];
  context: VillageImportContext;
}

/**
 * The village's ventures × the metrics of their kind with the period's granularity ('YYYY' a
 * year's, 'YYYY-MM' a month's), with the figure of the period where there is one; null when the
 * village is unknown or outside the user's village:edit scope (checked here).
 */
export function getVillageExcelData(user: AuthUser, villageId: number, period: string): VillageExcelData | null {
  const row = getVillageRow(villageId);
  if (!row || !can(user, 'village:edit', { villageId: row.village.id, townshipId: row.village.townshipUnitId })) return null;
  const granularity = /^\d{4}$/.test(period) ? 'year' : 'month';
  const ventures = row.operators.flatMap((o) => o.ventures);
  const figures = ventures.length
    ? getDb()
        .select()
        .from(villageMetricValues)
        .where(
          and(
            inArray(
              villageMetricValues.ventureId,
              ventures.map((v) => v.id),
            ),
            eq(villageMetricValues.period, period),
          ),
        )
        .all()
    : [];
  const isAdmin = can(user, 'period:edit-locked');
  const template: VillageTemplateRow[] = [];
  const pairs: VillageImportContext['pairs'] = new Map();
  for (const v of ventures) {
    const venture = `${VENTURE_KIND_LABELS[v.kind]}：${v.name}`;
    for (const m of metricsForKind(v.kind).filter((x) => x.granularity === granularity)) {
      const f = figures.find((x) => x.ventureId === v.id && x.metricId === m.id) ?? null;
      const closed = f !== null && (f.printed !== null || (!isAdmin && (f.status === 'submitted' || f.status === 'approved')));
      template.push({
        ventureId: v.id,
        metricId: m.id,
        venture,
        metric: m.name,
        unit: m.unit,
        value: f?.value ?? null,
        qualifier: f?.qualifier ?? null,
        note: f?.note ?? null,
        editable: !closed,
      });
      pairs.set(`${v.id}|${m.id}`, { venture, metric: m.name, unit: m.unit, figure: f });
    }
  }
  return { row, template, context: { villageId: row.village.id, village: row.village.name, period, isAdmin, pairs } };
}
