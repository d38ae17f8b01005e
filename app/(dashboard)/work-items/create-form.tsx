import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { SelectField, TextAreaField } from '@/components/forms/more-fields';
import { createWorkItemAction } from './actions';

const MILESTONE_ROWS = 4;

/** 定任务 / 定目标 / 定责任 / 定时间 and up to four milestones with planned dates (blank rows ignored). */
export function CreateWorkItemForm({ taskForceId, units }: { taskForceId: number; units: { id: number; name: string }[] }) {
  return (
    <ActionForm
      action={createWorkItemAction}
      submitLabel="登记事项"
      label="登记督办事项"
      className="mt-3 max-w-3xl"
      successMessage="已登记。"
    >
      <input type="hidden" name="taskForceId" value={taskForceId} />
      <Field label="任务名称（定任务）" name="title" maxLength={80} />
      <TextAreaField label="目标（定目标，可衡量）" name="target" maxLength={300} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label="责任单位（定责任）" name="ownerUnitId" options={units.map((u) => ({ value: u.id, label: u.name }))} />
        <Field label="责任人" name="ownerPerson" maxLength={40} />
        <Field label="完成时限（定时间）" name="deadline" type="date" />
      </div>
      <fieldset className="space-y-2 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium">节点（计划日期不晚于完成时限；不需要的留空）</legend>
        {Array.from({ length: MILESTONE_ROWS }, (_, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[1fr_11rem]">
            <Field label={`节点${i + 1}名称`} name="milestoneTitle[]" id={`milestone-title-${i}`} maxLength={80} />
            <Field label={`节点${i + 1}计划日期`} name="milestonePlanned[]" id={`milestone-planned-${i}`} type="date" />
          </div>
        ))}
      </fieldset>
    </ActionForm>
  );
}
