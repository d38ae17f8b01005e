import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { TextAreaField } from '@/components/forms/more-fields';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { changeTargetAction } from './actions';

/** 调整目标 (administrators): the new target and the reason, required. */
export function TargetForm({ indicatorId, view }: { indicatorId: number; view: { label: string; current: string; unitHint: string } }) {
  return (
    <Card id="target-change">
      <CardHeader>
        <CardTitle>调整{view.label}</CardTitle>
      </CardHeader>
      <CardContent>
        <p className="mb-2 text-sm text-slate-700">
          现行{view.label}：{view.current}
        </p>
        <ActionForm action={changeTargetAction} submitLabel="确认调整" label={`调整${view.label}`} successMessage="目标已调整。">
          <input type="hidden" name="indicatorId" value={indicatorId} />
          <Field label={`新的${view.label}`} name="target" hint={view.unitHint} className="w-60" inputMode="decimal" />
          <TextAreaField label="调整原因（必填）" name="reason" hint="例如：依据区委区政府文件调整全年目标" className="max-w-xl" />
        </ActionForm>
      </CardContent>
    </Card>
  );
}
