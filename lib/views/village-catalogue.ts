/** The admin page of the village metric catalogue: each metric with its words and how many figures use it. Pure. */
import type { VillageMetric } from '@/db/schema';
import { GRANULARITY_LABELS, METRIC_ROLE_LABELS, VENTURE_KIND_LABELS } from './village-words';

export interface CatalogueRowView {
  key: string;
  metric: VillageMetric;
  kind: string;
  granularity: string;
  role: string;
  figures: number;
}

export function catalogueRows(metrics: VillageMetric[], counts: Map<number, number>): CatalogueRowView[] {
  return metrics.map((m) => ({
    key: `metric-${m.id}`,
    metric: m,
    kind: m.ventureKind ? VENTURE_KIND_LABELS[m.ventureKind] : '各业态通用',
    granularity: GRANULARITY_LABELS[m.granularity],
    role: m.role ? METRIC_ROLE_LABELS[m.role] : '仅列表',
    figures: counts.get(m.id) ?? 0,
  }));
}

/** The choices of the catalogue form. */
export const CATALOGUE_OPTIONS = {
  kinds: [{ value: '', label: '各业态通用' }, ...Object.entries(VENTURE_KIND_LABELS).map(([value, label]) => ({ value, label }))],
  granularities: Object.entries(GRANULARITY_LABELS).map(([value, label]) => ({ value, label })),
  roles: [{ value: '', label: '仅列表（不进图表）' }, ...Object.entries(METRIC_ROLE_LABELS).map(([value, label]) => ({ value, label }))],
};
