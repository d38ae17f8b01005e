'use server';

import { getNow } from '@/db/queries/clock';
import { saveVillageMetric } from '@/db/mutations/village-metrics';
import { action } from '@/lib/actions/action';
import { MetricInput } from '@/lib/validation/village';

/** Add a metric to the village catalogue, or change one (administrators). */
export const saveVillageMetricAction = action({
  name: 'village.metric',
  schema: MetricInput,
  permission: 'village:catalogue',
  run: (ctx) => {
    const { description, ...rest } = ctx.input;
    const saved = saveVillageMetric(
      ctx.db,
      { user: ctx.user, now: getNow(), audit: ctx.audit },
      { ...rest, description: description || null },
    );
    return { id: saved.id, notice: ctx.input.metricId === null ? `已新增指标“${saved.name}”。` : `已保存指标“${saved.name}”。` };
  },
  revalidate: ['/admin/village-metrics', '/villages'],
});
