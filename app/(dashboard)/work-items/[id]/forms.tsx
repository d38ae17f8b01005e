import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { SelectField, TextAreaField } from '@/components/forms/more-fields';
import { WORK_ITEM_STATUS_WORDS } from '@/lib/format';
import type { TimelineStepView } from '@/lib/views/projects';
import type { ExtensionView, WorkItemView } from '@/lib/views/work-item';
import type { WorkItemRights } from '@/lib/work-items/rules';
import {
  closeWorkItemAction,
  decideExtensionAction,
  requestExtensionAction,
  setWorkItemStatusAction,
  updateMilestoneAction,
} from '../actions';

/** A milestone's actual date and evidence (owners of the item). */
export function MilestoneForm({ step, actual }: { step: TimelineStepView; actual: string | null }) {
  const kept = actual === null && step.actual !== '—' ? `原记录为“${step.actual}”，留空则保留` : '未完成请留空';
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-xs text-brand-700">更新实际完成情况</summary>
      <ActionForm
        action={updateMilestoneAction}
        submitLabel="保存节点"
        label={`节点：${step.title}`}
        className="mt-2 max-w-xl"
        successMessage="已保存。"
      >
        <input type="hidden" name="milestoneId" value={step.id} />
        <div className="grid gap-2 sm:grid-cols-[10rem_1fr]">
          <Field label="实际完成日期" name="actualDate" id={`actual-${step.id}`} type="date" defaultValue={actual ?? ''} hint={kept} />
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

/** The status an owner may set, with the completion date for 已完成. */
export function StatusForm({ view, rights }: { view: WorkItemView; rights: WorkItemRights }) {
  if (rights.moves.length === 0) return null;
  return (
    <ActionForm action={setWorkItemStatusAction} submitLabel="更新状态" label="更新状态" inline>
      <input type="hidden" name="workItemId" value={view.id} />
      <input type="hidden" name="version" value={view.version} />
      <SelectField label="状态" name="status" options={rights.moves.map((m) => ({ value: m, label: WORK_ITEM_STATUS_WORDS[m] }))} />
      <Field label="完成日期" name="doneDate" type="date" hint="改为“已完成”时填写" />
    </ActionForm>
  );
}

/** 销号 after verification (reviewers, administrators), once the item is done. */
export function CloseForm({ view }: { view: WorkItemView }) {
  return (
    <ActionForm action={closeWorkItemAction} submitLabel="核实销号" label="核实销号" confirmText="确认已核实完成并销号？销号后不能再修改。">
      <input type="hidden" name="workItemId" value={view.id} />
      <input type="hidden" name="version" value={view.version} />
      <TextAreaField label="核实情况" name="note" maxLength={300} hint="说明如何核实完成（现场查看、材料核对等）" />
    </ActionForm>
  );
}

/** 延期申请: a later deadline with a reason. */
export function ExtensionRequestForm({ view }: { view: WorkItemView }) {
  return (
    <ActionForm action={requestExtensionAction} submitLabel="提交延期申请" label="延期申请">
      <input type="hidden" name="workItemId" value={view.id} />
      <Field label="新的完成时限" name="newDeadline" type="date" />
      <TextAreaField label="延期理由" name="reason" maxLength={300} />
    </ActionForm>
  );
}

/** Approve or refuse a pending request (reviewers, administrators). */
export function ExtensionDecisionForms({ ext }: { ext: ExtensionView }) {
  return (
    <div className="mt-2 flex flex-wrap items-start gap-3">
      <ActionForm action={decideExtensionAction} submitLabel="批准延期" label={`批准延期申请${ext.id}`}>
        <input type="hidden" name="extensionId" value={ext.id} />
        <input type="hidden" name="decision" value="approve" />
      </ActionForm>
      <ActionForm action={decideExtensionAction} submitLabel="不批准" variant="outline" label={`不批准延期申请${ext.id}`}>
        <input type="hidden" name="extensionId" value={ext.id} />
        <input type="hidden" name="decision" value="refuse" />
        <TextAreaField label="审批意见" name="note" id={`note-${ext.id}`} maxLength={300} />
      </ActionForm>
    </div>
  );
}
