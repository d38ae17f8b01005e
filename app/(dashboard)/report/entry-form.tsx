'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictPanel } from './conflict-panel';
import { ReasonField, TakenTheirs, TextFields, ValueField, type Form } from './entry-fields';
import { EntryPreview, type PreviewProps } from './entry-preview';
import { useEntryForm } from './use-entry-form';

export interface EntryFormProps extends PreviewProps {
  indicatorId: number;
  /** First submitted after the deadline of the round that owes the figure (isFigureLate). */
  late: boolean;
  entry: {
    value: number | null;
    workProgress: string;
    problems: string;
    nextSteps: string;
    status: 'draft' | 'submitted' | 'approved' | 'returned';
    version: number;
    returnReason: string | null;
  } | null;
  editable: boolean;
  lockedReason?: string;
  /** Ask for a 修订原因 (an administrator's correction of a locked round). */
  askReason?: boolean;
}

function Presses({ pending }: { pending: boolean }) {
  return (
    <div className="flex items-center gap-2">
      <Button type="submit" name="intent" value="save" variant="outline" size="sm" disabled={pending}>
        保存草稿
      </Button>
      <Button type="submit" name="intent" value="submit" size="sm" disabled={pending}>
        {pending ? '正在提交…' : '提交审核'}
      </Button>
    </div>
  );
}

/** What the last press led to: the refusal, the conflict and its way out, or the notice. */
function Outcome({ f, unit }: { f: Form; unit: string }) {
  const { state } = f;
  return (
    <>
      {state && !state.ok && !f.answered && <Alert tone="error">{state.message}</Alert>}
      {f.conflict && (
        <ConflictPanel
          conflict={f.conflict}
          mine={f.fields}
          unit={unit}
          pending={f.pending}
          onOverwrite={() => f.overwrite(f.conflict!)}
          onTakeTheirs={() => f.takeTheirs(f.conflict!)}
        />
      )}
      {f.answered?.discarded && <TakenTheirs version={f.answered.version} discarded={f.answered.discarded} editable={f.editable} />}
      {state?.ok && <Alert>{state.data.notice}</Alert>}
    </>
  );
}

/**
 * One indicator's entry: value, the three texts, save draft / submit, with a live status preview.
 * On a save conflict it shows the stored version beside the typed one: overwrite (save against the
 * version now seen) or take theirs into the form; what was typed stays until the user chooses.
 */
export function EntryForm(props: EntryFormProps) {
  const [formRef, f] = useEntryForm(props.entry, props.editable, `${props.indicatorId}:${props.period}`);
  const { state } = f;
  const late = state?.ok ? state.data.late : props.late;
  return (
    <form ref={formRef} onSubmit={f.onSubmit} className="space-y-2" aria-label="填报表单">
      <input type="hidden" name="indicatorId" value={props.indicatorId} />
      <input type="hidden" name="period" value={props.period} />
      <input type="hidden" name="version" value={f.version} />
      {props.entry?.status === 'returned' && props.entry.returnReason && !state?.ok && (
        <Alert tone="warning">已退回，原因：{props.entry.returnReason}</Alert>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <ValueField props={props} f={f} />
        <EntryPreview props={props} typed={f.fields.value} />
        <span className="ml-auto text-xs text-slate-600" data-testid="entry-status">
          {f.statusLabel}
          {late && <span className="ml-1 rounded bg-red-100 px-1 text-red-800">逾期</span>}
        </span>
      </div>
      <TextFields indicatorId={props.indicatorId} f={f} />
      {props.askReason && <ReasonField indicatorId={props.indicatorId} f={f} />}
      {f.editable ? (
        <Presses pending={f.pending} />
      ) : (
        <p className="text-xs text-slate-500">{props.lockedReason ?? '该条目当前不可修改。'}</p>
      )}
      <Outcome f={f} unit={props.unit} />
    </form>
  );
}
