'use client';

import { startTransition, useActionState, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult, ConflictInfo } from '@/lib/actions/result';
import { ENTRY_STATUS_LABELS } from '@/lib/format';
import { saveEntryAction } from './actions';
import { ConflictPanel, FIELD_LABELS, type EntryFields } from './conflict-panel';
import { EntryPreview, type PreviewProps } from './entry-preview';

export interface EntryFormProps extends PreviewProps {
  indicatorId: number;
  entry: {
    value: number | null;
    workProgress: string;
    problems: string;
    nextSteps: string;
    status: 'draft' | 'submitted' | 'approved' | 'returned';
    version: number;
    returnReason: string | null;
    late: boolean;
  } | null;
  editable: boolean;
  lockedReason?: string;
}

type Result = ActionResult<{ version: number; status: string; notice: string }>;
/** The user's answer to one conflict: the version they have now seen, and whether they may still save. */
type Choice = { answered: Result; version: number; canSave: boolean; discarded?: EntryFields; statusLabel?: string };

function initialFields(entry: EntryFormProps['entry']): EntryFields {
  return {
    value: entry?.value === null || entry?.value === undefined ? '' : String(entry.value),
    workProgress: entry?.workProgress ?? '',
    problems: entry?.problems ?? '',
    nextSteps: entry?.nextSteps ?? '',
  };
}

/**
 * One indicator's entry: value, the three texts, save draft / submit, with a live status preview.
 * On a save conflict it shows the stored version beside the typed one: overwrite (save against the
 * version now seen) or take theirs into the form; what was typed stays until the user chooses.
 */
export function EntryForm(props: EntryFormProps) {
  const [state, formAction, pending] = useActionState<Result | null, FormData>(
    saveEntryAction as (p: Result | null, f: FormData) => Promise<Result>,
    null,
  );
  const form = useRef<HTMLFormElement>(null);
  const intent = useRef<string>('save');
  const [fields, setFields] = useState<EntryFields>(() => initialFields(props.entry));
  const [choice, setChoice] = useState<Choice | null>(null);
  const answered = choice !== null && choice.answered === state;
  const conflict: ConflictInfo | null = state && !state.ok && state.conflict && !answered ? state.conflict : null;
  const version = answered ? choice.version : state?.ok ? state.data.version : (props.entry?.version ?? 0);
  const status = state?.ok ? state.data.status : props.entry?.status;
  const editable = props.editable && !(state?.ok && state.data.status === 'submitted') && !(answered && !choice.canSave);
  const fid = `e-${props.indicatorId}`;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const set = (key: keyof EntryFields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }));

  const send = (fd: FormData) => startTransition(() => formAction(fd));
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    intent.current = submitter?.value ?? 'save';
    send(new FormData(e.currentTarget, submitter));
  };
  const overwrite = (c: ConflictInfo) => {
    const fd = new FormData(form.current!);
    fd.set('version', String(c.version));
    fd.set('intent', intent.current);
    setChoice({ answered: state!, version: c.version, canSave: true });
    send(fd);
  };
  const takeTheirs = (c: ConflictInfo) => {
    setFields({
      value: c.fields.value ?? '',
      workProgress: c.fields.workProgress ?? '',
      problems: c.fields.problems ?? '',
      nextSteps: c.fields.nextSteps ?? '',
    });
    setChoice({ answered: state!, version: c.version, canSave: c.canOverwrite, discarded: fields, statusLabel: c.fields.status });
  };

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-2" aria-label="填报表单">
      <input type="hidden" name="indicatorId" value={props.indicatorId} />
      <input type="hidden" name="period" value={props.period} />
      <input type="hidden" name="version" value={version} />
      {props.entry?.status === 'returned' && props.entry.returnReason && !state?.ok && (
        <Alert tone="warning">已退回，原因：{props.entry.returnReason}</Alert>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${fid}-value`} className="block text-xs font-medium text-slate-700">
            本期数值（{props.input.kind === 'cumulative' ? '1—N月累计，' : ''}
            {props.unit}）
          </label>
          <input
            id={`${fid}-value`}
            name="value"
            inputMode="decimal"
            value={fields.value}
            onChange={set('value')}
            disabled={!editable}
            aria-invalid={errors?.value ? true : undefined}
            aria-describedby={errors?.value ? `${fid}-value-error` : undefined}
            className="h-9 w-40 rounded-md border border-slate-300 px-2 text-right tabular disabled:bg-slate-100"
          />
          {errors?.value && (
            <p id={`${fid}-value-error`} className="text-xs text-red-700">
              {errors.value.join('；')}
            </p>
          )}
        </div>
        <EntryPreview props={props} typed={fields.value} />
        <span className="ml-auto text-xs text-slate-600" data-testid="entry-status">
          {answered && choice.statusLabel
            ? choice.statusLabel
            : status
              ? ENTRY_STATUS_LABELS[status as keyof typeof ENTRY_STATUS_LABELS]
              : '未填报'}
          {(props.entry?.late || (state?.ok && state.data.notice.includes('逾期'))) && (
            <span className="ml-1 rounded bg-red-100 px-1 text-red-800">逾期</span>
          )}
        </span>
      </div>
      <div className="grid gap-2 md:grid-cols-3">
        {FIELD_LABELS.slice(1).map(([name, label]) => (
          <div key={name}>
            <label htmlFor={`${fid}-${name}`} className="block text-xs font-medium text-slate-700">
              {label}
            </label>
            <textarea
              id={`${fid}-${name}`}
              name={name}
              rows={2}
              value={fields[name]}
              onChange={set(name)}
              disabled={!editable}
              className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm disabled:bg-slate-100"
            />
          </div>
        ))}
      </div>
      {editable ? (
        <div className="flex items-center gap-2">
          <Button type="submit" name="intent" value="save" variant="outline" size="sm" disabled={pending}>
            保存草稿
          </Button>
          <Button type="submit" name="intent" value="submit" size="sm" disabled={pending}>
            {pending ? '正在提交…' : '提交审核'}
          </Button>
        </div>
      ) : (
        <p className="text-xs text-slate-500">{props.lockedReason ?? '该条目当前不可修改。'}</p>
      )}
      {state && !state.ok && !answered && <Alert tone="error">{state.message}</Alert>}
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          mine={fields}
          unit={props.unit}
          pending={pending}
          onOverwrite={() => overwrite(conflict)}
          onTakeTheirs={() => takeTheirs(conflict)}
        />
      )}
      {answered && choice.discarded && <TakenTheirs version={choice.version} discarded={choice.discarded} editable={editable} />}
      {state?.ok && <Alert>{state.data.notice}</Alert>}
    </form>
  );
}

/** After taking the other version: what the user had typed stays readable, to copy from. */
function TakenTheirs({ version, discarded, editable }: { version: number; discarded: EntryFields; editable: boolean }) {
  return (
    <Alert>
      {editable ? `已载入对方的版本（第 ${version} 版），可继续修改后保存。` : '已载入对方的版本；该条目已提交或已审核，您不能再修改。'}
      <details className="mt-1">
        <summary className="cursor-pointer">您刚才的输入（未保存）</summary>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs">
          {FIELD_LABELS.map(([key, label]) => (
            <div key={key} className="contents">
              <dt>{label}</dt>
              <dd className="whitespace-pre-wrap">{discarded[key] || '（空）'}</dd>
            </div>
          ))}
        </dl>
      </details>
    </Alert>
  );
}
