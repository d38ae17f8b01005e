/** The village metric catalogue, kept by administrators: add a metric, change one, stop offering one. */
import { eq } from 'drizzle-orm';
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
 * Adds a metric (`key` given, unique) or changes one (`metricId`). The key of an existing metric
 * never changes (figures and charts refer to it); its unit may not change once figures exist in
 * the old unit — that would change what they mean.
 */
export function saveVillageMetric(db: Db, actor: Actor, input: MetricFields & { metricId: number | null; key?: string }) {
  if (!can(actor.user, 'village:catalogue')) throw new ActionError('只有系统管理员可以维护村庄经营指标目录。', 'forbidden');
  const { metricId, key, ...fields } = input;
  if (metricId === null) {
    if (!key) throw new ActionError('请填写指标标识（小写字母、数字和下划线），例如 tea_output。', 'invalid', { key: ['请填写指标标识'] });
    if (db.select({ id: villageMetrics.id }).from(villageMetrics).where(eq(villageMetrics.key, key)).get())
      throw new ActionError(`标识“${key}”已被其他指标使用，请换一个。`, 'invalid', { key: ['标识已被使用'] });
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
