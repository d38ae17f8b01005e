import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { SelectField, TextAreaField } from '@/components/forms/more-fields';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { figureQualifiers } from '@/db/schema';
import type { OpenProjectFigureView } from '@/lib/views/project-entry';
import type { TimelineStepView } from '@/lib/views/projects';
import { saveProjectFigureAction, updateInvestmentAction, updateProjectMilestoneAction } from '../actions';

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

function FigureFields({ prefix, f, names }: { prefix: string; f?: OpenProjectFigureView; names: { name: string; unit: string }[] }) {
  return (
    <div className="grid gap-2 md:grid-cols-[14rem_6rem_10rem_9rem_10rem_1fr]">
      <Field
        label="指标名称"
        name="name"
        id={`${prefix}-name`}
        defaultValue={f?.name}
        readOnly={Boolean(f)}
        list={`${prefix}-names`}
        maxLength={40}
      />
      <datalist id={`${prefix}-names`}>
        {names.map((n) => (
          <option key={n.name} value={n.name} />
        ))}
      </datalist>
      <Field label="单位" name="unit" id={`${prefix}-unit`} defaultValue={f?.unit} maxLength={12} />
      <Field label="截至日期" name="asOf" id={`${prefix}-asOf`} type="date" defaultValue={f?.asOf} readOnly={Boolean(f)} />
      <Field label="数值" name="value" id={`${prefix}-value`} defaultValue={f?.value} inputMode="decimal" />
      <SelectField label="约数用词" name="qualifier" id={`${prefix}-qualifier`} options={QUALIFIERS} defaultValue={f?.qualifier ?? ''} />
      <TextAreaField label="说明" name="note" id={`${prefix}-note`} defaultValue={f?.note} maxLength={300} />
    </div>
  );
}

/** 填报项目数据: a new progress figure, the completed investment, and the figures still in the workflow. */
export function ProjectEntryPanel({
  projectId,
  open,
  names,
}: {
  projectId: number;
  open: OpenProjectFigureView[];
  names: { name: string; unit: string }[];
}) {
  return (
    <Card data-testid="project-entry">
      <CardHeader>
        <CardTitle>填报项目数据</CardTitle>
        <span className="text-xs text-slate-600">进度数据计入截至日期所在月份的填报轮次，经审核后计入项目页面。</span>
      </CardHeader>
      <CardContent className="space-y-4">
        <ActionForm
          action={saveProjectFigureAction}
          submitLabel=""
          hideSubmit
          label="新增进度数据"
          className="rounded border border-slate-200 p-3"
        >
          <input type="hidden" name="projectId" value={projectId} />
          <input type="hidden" name="version" value="0" />
          <FigureFields prefix="new-project" names={names} />
          <Buttons />
        </ActionForm>
        <ActionForm
          action={updateInvestmentAction}
          submitLabel="保存累计完成投资"
          label="累计完成投资"
          inline
          className="rounded border border-slate-200 p-3"
        >
          <input type="hidden" name="projectId" value={projectId} />
          <Field label="累计完成投资（万元）" name="amount" inputMode="decimal" className="w-48" />
          <Field label="截至日期" name="asOf" id="investment-asOf" type="date" className="w-44" />
        </ActionForm>
        {open.map((f) => (
          <div key={f.key} data-testid={f.key} className="rounded border border-slate-200 p-3 text-sm">
            <p className="font-medium">
              {f.label} · {f.status}
            </p>
            {f.returnReason && <p className="text-amber-900">退回原因：{f.returnReason}</p>}
            {f.editable ? (
              <ActionForm action={saveProjectFigureAction} submitLabel="" hideSubmit label={`修改：${f.label}`} className="mt-2">
                <input type="hidden" name="projectId" value={projectId} />
                <input type="hidden" name="version" value={f.version} />
                <FigureFields prefix={f.key} f={f} names={names} />
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

/** A project milestone's actual date and evidence. */
export function ProjectMilestoneForm({ step, actual }: { step: TimelineStepView; actual: string | null }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-xs text-brand-700">更新实际完成情况</summary>
      <ActionForm action={updateProjectMilestoneAction} submitLabel="保存节点" label={`节点：${step.title}`} className="mt-2 max-w-xl">
        <input type="hidden" name="milestoneId" value={step.id} />
        <div className="grid gap-2 sm:grid-cols-[10rem_1fr]">
          <Field
            label="实际完成日期"
            name="actualDate"
            id={`actual-${step.id}`}
            type="date"
            defaultValue={actual ?? ''}
            hint={actual === null && step.actual !== '—' ? `原记录为“${step.actual}”，留空则保留` : '未完成请留空'}
          />
          <TextAreaField
            label="佐证材料说明"
            name="evidence"
            id={`evidence-${step.id}`}
            defaultValue={step.evidence ?? ''}
            maxLength={300}
          />
        </div>
      </ActionForm>
    </details>
  );
}
