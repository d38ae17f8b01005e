import type { Metadata } from 'next';
import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { SelectField, TextAreaField } from '@/components/forms/more-fields';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { countFiguresByMetric, listVillageMetrics } from '@/db/queries/villages';
import type { VillageMetric } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { CATALOGUE_OPTIONS, catalogueRows } from '@/lib/views/village-catalogue';
import { saveVillageMetricAction } from './actions';

export const metadata: Metadata = { title: '村庄经营指标' };

function MetricFields({ m, prefix }: { m?: VillageMetric; prefix: string }) {
  return (
    <div className="grid gap-2 md:grid-cols-4">
      <Field label="指标名称" name="name" id={`${prefix}-name`} defaultValue={m?.name} maxLength={40} />
      <Field label="单位" name="unit" id={`${prefix}-unit`} defaultValue={m?.unit} maxLength={12} />
      <SelectField
        label="适用业态"
        name="ventureKind"
        id={`${prefix}-kind`}
        options={CATALOGUE_OPTIONS.kinds}
        defaultValue={m?.ventureKind ?? ''}
      />
      <SelectField
        label="填报周期"
        name="granularity"
        id={`${prefix}-granularity`}
        options={CATALOGUE_OPTIONS.granularities}
        defaultValue={m?.granularity ?? 'year'}
      />
      <SelectField label="图表用途" name="role" id={`${prefix}-role`} options={CATALOGUE_OPTIONS.roles} defaultValue={m?.role ?? ''} />
      <Field
        label="对比组（价格对比用）"
        name="compareGroup"
        id={`${prefix}-group`}
        defaultValue={m?.compareGroup ?? ''}
        maxLength={12}
        hint="如“茶青”“干茶”：同组的本村价格与对比价格画在一起"
      />
      <Field label="排序" name="sortOrder" id={`${prefix}-sort`} type="number" defaultValue={m?.sortOrder ?? 0} min={0} max={9999} />
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" name="archived" defaultChecked={m?.archived ?? false} />
        停用（不再供填报，已有数据保留）
      </label>
      <TextAreaField
        label="说明"
        name="description"
        id={`${prefix}-description`}
        defaultValue={m?.description ?? ''}
        maxLength={200}
        className="md:col-span-4"
      />
    </div>
  );
}

export default async function VillageMetricsPage() {
  const user = await requirePermission('village:catalogue');
  const rows = catalogueRows(listVillageMetrics(true), countFiguresByMetric(user));
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">村庄经营指标目录</h1>
      <p className="text-sm text-slate-600">
        各村业态按本目录填报经营数据。同一业态的指标名称不能重复；已有数据的指标不能改单位（如需新单位，请新增指标）。图表用途决定指标进入哪张图：本村价格与对比价格按对比组配对，增收前后收入、经营流水与分成比例等进入村庄页面的图表和村庄比较。
      </p>
      <Card>
        <CardHeader>
          <CardTitle>新增指标</CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm action={saveVillageMetricAction} submitLabel="新增指标" label="新增指标">
            <input type="hidden" name="metricId" value="" />
            <Field
              label="指标标识（英文，创建后不能修改）"
              name="key"
              id="new-key"
              maxLength={40}
              className="max-w-sm"
              placeholder="例如 tea_output"
            />
            <MetricFields prefix="new" />
          </ActionForm>
        </CardContent>
      </Card>
      {rows.map((r) => (
        <Card key={r.key} data-testid={r.key}>
          <CardHeader>
            <CardTitle>
              {r.metric.name}（{r.metric.unit}）
              {r.metric.archived && <span className="ml-2 text-xs font-normal text-slate-500">已停用</span>}
            </CardTitle>
            <span className="text-xs text-slate-600">
              {r.kind} · {r.granularity} · {r.role} · 已有数据{r.figures}条
            </span>
          </CardHeader>
          <CardContent>
            <details>
              <summary className="cursor-pointer text-sm text-brand-700">修改</summary>
              <ActionForm action={saveVillageMetricAction} submitLabel="保存修改" label={`修改指标：${r.metric.name}`} className="mt-2">
                <input type="hidden" name="metricId" value={r.metric.id} />
                <MetricFields m={r.metric} prefix={`m${r.metric.id}`} />
              </ActionForm>
            </details>
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
