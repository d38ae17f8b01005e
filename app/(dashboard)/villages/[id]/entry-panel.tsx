import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { SelectField, TextAreaField } from '@/components/forms/more-fields';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { figureQualifiers } from '@/db/schema';
import type { OpenFigureView, VillageEntryView } from '@/lib/views/village-entry';
import { saveVillageFigureAction } from '../actions';

const QUALIFIERS = [{ value: '', label: '精确数（无约数用词）' }, ...figureQualifiers.map((q) => ({ value: q, label: q }))];

function Buttons() {
  return (
    <div className="flex gap-2">
      <Button type="submit" name="intent" value="save" size="sm" variant="outline">
        保存草稿
      </Button>
      <Button type="submit" name="intent" value="submit" size="sm">
        提交审核
      </Button>
    </div>
  );
}

function FigureFields({ prefix, f }: { prefix: string; f?: OpenFigureView }) {
  return (
    <div className="grid gap-2 sm:grid-cols-[8rem_10rem_12rem_1fr]">
      <Field
        label="期间"
        name="period"
        id={`${prefix}-period`}
        defaultValue={f?.period}
        placeholder="2020 或 2020-10"
        readOnly={Boolean(f)}
      />
      <Field label="数值" name="value" id={`${prefix}-value`} defaultValue={f?.value} inputMode="decimal" />
      <SelectField label="约数用词" name="qualifier" id={`${prefix}-qualifier`} options={QUALIFIERS} defaultValue={f?.qualifier ?? ''} />
      <TextAreaField label="说明" name="note" id={`${prefix}-note`} defaultValue={f?.note} maxLength={300} />
    </div>
  );
}

/** 填报经营数据: a new figure per venture, and the figures still in the workflow (users with the village in scope). */
export function VillageEntryPanel({ view }: { view: VillageEntryView }) {
  return (
    <Card data-testid="village-entry">
      <CardHeader>
        <CardTitle>填报经营数据</CardTitle>
        <span className="text-xs text-slate-600">{view.roundNote}</span>
      </CardHeader>
      <CardContent className="space-y-4">
        {view.ventures.map((v) => (
          <ActionForm
            key={v.id}
            action={saveVillageFigureAction}
            submitLabel=""
            label={`新增数据：${v.label}`}
            className="rounded border border-slate-200 p-3"
            successMessage="已保存。"
            hideSubmit
          >
            <p className="text-sm font-semibold">{v.label}</p>
            <input type="hidden" name="ventureId" value={v.id} />
            <input type="hidden" name="version" value="0" />
            <SelectField label="指标" name="metricId" id={`new-${v.id}-metric`} options={v.metrics} />
            <FigureFields prefix={`new-${v.id}`} />
            <Buttons />
          </ActionForm>
        ))}
        {view.open.length > 0 && <h3 className="text-sm font-semibold">审核流程中的数据</h3>}
        {view.open.map((f) => (
          <div key={f.key} data-testid={f.key} className="rounded border border-slate-200 p-3 text-sm">
            <p className="font-medium">
              {f.label} · <span data-testid="open-figure-status">{f.status}</span>
              {f.late && <span className="ml-2 rounded bg-red-100 px-1 text-xs text-red-800">逾期提交</span>}
            </p>
            {f.returnReason && <p className="text-amber-900">退回原因：{f.returnReason}</p>}
            {f.editable ? (
              <ActionForm action={saveVillageFigureAction} submitLabel="" label={`修改：${f.label}`} hideSubmit className="mt-2">
                <input type="hidden" name="ventureId" value={f.ventureId} />
                <input type="hidden" name="metricId" value={f.metricId} />
                <input type="hidden" name="version" value={f.version} />
                <FigureFields prefix={`open-${f.id}`} f={f} />
                <Buttons />
              </ActionForm>
            ) : (
              <p className="text-xs text-slate-600">
                数值 {f.value}
                {f.reason && ` · ${f.reason}`}
              </p>
            )}
          </div>
        ))}
      </CardContent>
    </Card>
  );
}
