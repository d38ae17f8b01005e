/** The village metric catalogue, kept by administrators: add a metric, change one, stop offering one. */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { villageMetricValues, villageMetrics, type VillageMetric } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import type { Actor } from './context';

export type MetricFields = Omit<VillageMetric, 'id' | 'key'>;

const view = (m: Partial<VillageMetric> | undefined) =>
  m
    ? {
        name: m.name,
        unit: m.unit,
        ventureKind: m.ventureKind,
        granularity: m.granularity,
        role: m.role,
        compareGroup: m.compareGroup,
        archived: m.archived,
      }
    : null;

/**
 * Adds a metric (no `metricId`; its internal key is made here, `metric_<n>`, never shown) or
 * changes one. Names are unique within a venture kind (two metrics read alike would be confused);
 * a unit may not change once figures exist in the old unit — that would change what they mean.
 */
export function saveVillageMetric(db: Db, actor: Actor, input: MetricFields & { metricId: number | null }) {
  if (!can(actor.user, 'village:catalogue')) throw new ActionError('只有系统管理员可以维护村庄经营指标目录。', 'forbidden');
  const { metricId, ...fields } = input;
  const twin = db
    .select({ id: villageMetrics.id })
    .from(villageMetrics)
    .where(
      and(
        eq(villageMetrics.name, fields.name),
        fields.ventureKind ? eq(villageMetrics.ventureKind, fields.ventureKind) : isNull(villageMetrics.ventureKind),
      ),
    )
    .get();
  if (twin && twin.id !== metricId)
    throw new ActionError(`已有同名指标“${fields.name}”，请换一个名称或修改原有指标。`, 'invalid', { name: ['已有同名指标'] });
  if (metricId === null) {
    const next = (db
      .select({ n: sql<number>`coalesce(max(id), 0) + 1` })
      .from(villageMetrics)
      .get()?.n ?? 1) as number;
    const key = `metric_${next}`;
    const saved = db
      .insert(villageMetrics)
      .values({ ...fields, key })
      .returning()
      .get();
    actor.audit({ action: 'village.metric_create', entityType: 'village_metric', entityId: saved.id, after: { key, ...view(saved) } });
    return saved;
  }
  const current = db.select().from(villageMetrics).where(eq(villageMetrics.id, metricId)).get();
  if (!current) throw new ActionError('该指标不存在或已被删除，请刷新页面。', 'not_found');
  const hasFigures = db
    .select({ id: villageMetricValues.id })
    .from(villageMetricValues)
    .where(eq(villageMetricValues.metricId, metricId))
    .get();
  if (hasFigures && current.unit !== fields.unit)
    throw new ActionError(`该指标已有按“${current.unit}”填报的数据，不能改单位；如需新的单位，请新增一个指标。`, 'invalid', {
      unit: ['已有数据，不能改单位'],
    });
  const same = (Object.keys(fields) as (keyof MetricFields)[]).every((k) => current[k] === fields[k]);
  if (same) return current;
  const saved = db.update(villageMetrics).set(fields).where(eq(villageMetrics.id, metricId)).returning().get();
  actor.audit({
    action: 'village.metric_update',
    entityType: 'village_metric',
    entityId: saved.id,
    before: view(current),
    after: view(saved),
  });
  return saved;
}
