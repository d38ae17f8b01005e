'use client';

import { ActionForm } from '@/components/forms/action-form';
import type { ActionResult } from '@/lib/actions/result';

type FormAction = (prev: ActionResult<unknown> | null, fd: FormData) => Promise<ActionResult<unknown>>;

export interface ReportTextsFormProps {
  action: FormAction;
  meetingId: number;
  competitionId: number;
  taskForces: { id: number; name: string; nextSteps: string; problems: string }[];
  coordination: string;
}

function TextArea({ id, name, label, value, rows = 3 }: { id: string; name: string; label: string; value: string; rows?: number }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={value}
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
      />
    </div>
  );
}

/** The report's text slides, pre-filled from the entries, as the presenter prepares them. */
export function ReportTextsForm({ action, meetingId, competitionId, taskForces, coordination }: ReportTextsFormProps) {
  return (
    <ActionForm action={action} submitLabel="保存汇报材料" pendingLabel="正在保存…" label="汇报材料">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="competitionId" value={competitionId} />
      {taskForces.map((t) => (
        <fieldset key={t.id} className="space-y-2 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t.name}</legend>
          <TextArea id={`next-${t.id}`} name={`next_${t.id}`} label={`${t.name}下步打算`} value={t.nextSteps} />
          <TextArea id={`problems-${t.id}`} name={`problems_${t.id}`} label={`${t.name}存在问题`} value={t.problems} rows={2} />
        </fieldset>
      ))}
      <TextArea id="coordination" name="coordination" label="需协调事项" value={coordination} rows={4} />
    </ActionForm>
  );
}
