import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { STRUCTURE_SHEETS } from '@/lib/structure/sheets';
import { saveStepAction } from '../../structure-actions';

const S = STRUCTURE_SHEETS.steps.columns;

interface Step {
  id: number;
  title: string;
  plannedDate: string;
  doneDate: string | null;
}

/** 节点 of a milestone indicator: each editable (a done one keeps its place), and a form to add one. */
export function StepsCard({
  campaignId,
  indicatorId,
  steps,
  readOnly = false,
}: {
  campaignId: number;
  indicatorId: number;
  steps: Step[];
  /** A past year: the steps listed, not editable. */
  readOnly?: boolean;
}) {
  if (readOnly) return <StepList steps={steps} />;
  const hidden = (
    <>
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
    </>
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>节点</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        {steps.map((s, n) => (
          <ActionForm key={s.id} action={saveStepAction} submitLabel="保存节点" label={`节点“${s.title}”`} inline hideSubmit>
            {hidden}
            <input type="hidden" name="stepId" value={s.id} />
            <Field id={`step-${s.id}-title`} label={`${S.title}（${n + 1}）`} name="title" defaultValue={s.title} />
            <Field id={`step-${s.id}-date`} label={S.plannedDate} name="plannedDate" defaultValue={s.plannedDate} />
            {s.doneDate && <span className="text-sm text-slate-600">已于 {s.doneDate} 完成</span>}
            <Button type="submit" name="intent" value="save" size="sm">
              保存节点
            </Button>
            {!s.doneDate && (
              <Button type="submit" name="intent" value="delete" size="sm" variant="outline">
                删除节点
              </Button>
            )}
          </ActionForm>
        ))}
        <ActionForm action={saveStepAction} submitLabel="添加节点" label="添加节点" inline>
          {hidden}
          <Field id="step-new-title" label={`新${S.title}`} name="title" />
          <Field id="step-new-date" label={`新节点${S.plannedDate}`} name="plannedDate" placeholder="2020-10-04" />
        </ActionForm>
      </CardContent>
    </Card>
  );
}

function StepList({ steps }: { steps: Step[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>节点</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {steps.map((s) => (
            <li key={s.id}>
              {s.title}：计划 {s.plannedDate}
              {s.doneDate && `，已于 ${s.doneDate} 完成`}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
