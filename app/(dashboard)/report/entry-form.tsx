'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictPanel, FIELD_LABELS, type EntryFields } from './conflict-panel';
import { EntryPreview, type PreviewProps } from './entry-preview';
import { useEntryForm } from './use-entry-form';

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

type Form = ReturnType<typeof useEntryForm>[1];

function ValueField({ props, f }: { props: EntryFormProps; f: Form }) {
  const fid = `e-${props.indicatorId}`;
  const error = f.state && !f.state.ok ? f.state.fieldErrors?.value : undefined;
  return (
    <div>
      <label htmlFor={`${fid}-value`} className="block text-xs font-medium text-slate-700">
        本期数值（{props.input.kind === 'cumulative' ? '1—N月累计，' : ''}
        {props.unit}）
      </label>
      <input
        id={`${fid}-value`}
        name="value"
        inputMode="decimal"
        value={f.fields.value}
        onChange={f.set('value')}
        disabled={!f.editable}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fid}-value-error` : undefined}
        className="h-9 w-40 rounded-md border border-slate-300 px-2 text-right tabular disabled:bg-slate-100"
      />
      {error && (
        <p id={`${fid}-value-error`} className="text-xs text-red-700">
          {error.join('；')}
        </p>
      )}
    </div>
  );
}

function TextFields({ indicatorId, f }: { indicatorId: number; f: Form }) {
  return (
    <div className="grid gap-2 md:grid-cols-3">
      {FIELD_LABELS.slice(1).map(([name, label]) => (
        <div key={name}>
          <label htmlFor={`e-${indicatorId}-${name}`} className="block text-xs font-medium text-slate-700">
            {label}
          </label>
          <textarea
            id={`e-${indicatorId}-${name}`}
            name={name}
            rows={2}
            value={f.fields[name]}
            onChange={f.set(name)}
            disabled={!f.editable}
            className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm disabled:bg-slate-100"
          />
        </div>
      ))}
    </div>
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

/**
 * One indicator's entry: value, the three texts, save draft / submit, with a live status preview.
 * On a save conflict it shows the stored version beside the typed one: overwrite (save against the
 * version now seen) or take theirs into the form; what was typed stays until the user chooses.
 */
export function EntryForm(props: EntryFormProps) {
  const [formRef, f] = useEntryForm(props.entry, props.editable);
  const { state } = f;
  const late = props.entry?.late || (state?.ok && state.data.notice.includes('逾期'));
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
      {f.editable ? (
        <div className="flex items-center gap-2">
          <Button type="submit" name="intent" value="save" variant="outline" size="sm" disabled={f.pending}>
            保存草稿
          </Button>
          <Button type="submit" name="intent" value="submit" size="sm" disabled={f.pending}>
            {f.pending ? '正在提交…' : '提交审核'}
          </Button>
        </div>
      ) : (
        <p className="text-xs text-slate-500">{props.lockedReason ?? '该条目当前不可修改。'}</p>
      )}
      {state && !state.ok && !f.answered && <Alert tone="error">{state.message}</Alert>}
      {f.conflict && (
        <ConflictPanel
          conflict={f.conflict}
          mine={f.fields}
          unit={props.unit}
          pending={f.pending}
          onOverwrite={() => f.overwrite(f.conflict!)}
          onTakeTheirs={() => f.takeTheirs(f.conflict!)}
        />
      )}
      {f.answered?.discarded && <TakenTheirs version={f.answered.version} discarded={f.answered.discarded} editable={f.editable} />}
      {state?.ok && <Alert>{state.data.notice}</Alert>}
    </form>
  );
}
