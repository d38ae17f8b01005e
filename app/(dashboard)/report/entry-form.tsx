'use client';

import { useActionState, useMemo, useState } from 'react';
import { useKeepForm } from '@/components/forms/use-keep-form';
import { StatusBadge } from '@/components/status-badge';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import { ENTRY_STATUS_LABELS, describeGapPp, describeProgressGap, formatPercent, formatRank } from '@/lib/format';
import { evaluateIndicator, type CampaignSettings, type IndicatorInput } from '@/lib/metrics';
import { parseNumberInput } from '@/lib/validation/number';
import { saveEntryAction } from './actions';

export interface EntryFormProps {
  indicatorId: number;
  period: string;
  unit: string;
  input: Omit<IndicatorInput, 'values'>;
  history: { period: string; value: number | null }[];
  settings: CampaignSettings;
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

function Preview({ props, typed }: { props: EntryFormProps; typed: string }) {
  const parsed = parseNumberInput(typed, props.unit);
  const evaluation = useMemo(() => {
    if (!parsed.ok || parsed.value === null) return null;
    return evaluateIndicator(
      { ...props.input, values: [...props.history, { period: props.period, value: parsed.value }] },
      props.period,
      props.settings,
    );
  }, [parsed, props]);
  if (!parsed.ok) return <p className="text-xs text-red-700">{parsed.message}</p>;
  if (!evaluation) return <p className="text-xs text-slate-500">填写数值后显示状态预估</p>;
  const gap =
    props.input.kind === 'cumulative'
      ? `完成${formatPercent(evaluation.completion)}，${describeProgressGap(evaluation.gapPp)}`
      : props.input.kind === 'rank'
        ? `${formatRank(evaluation.actual)}，目标前${props.input.targetRank ?? '—'}名`
        : describeGapPp(evaluation.gapPp);
  return (
    <p className="flex flex-wrap items-center gap-2 text-xs text-slate-700" aria-live="polite" data-testid="status-preview">
      <span>状态预估：</span>
      <StatusBadge status={evaluation.status} />
      <span>{gap}</span>
    </p>
  );
}

/** One indicator's entry: value, the three texts, save draft / submit, with a live status preview. */
export function EntryForm(props: EntryFormProps) {
  const [state, formAction, pending] = useActionState<Result | null, FormData>(
    saveEntryAction as (p: Result | null, f: FormData) => Promise<Result>,
    null,
  );
  const onSubmit = useKeepForm(formAction);
  const version = state?.ok ? state.data.version : (props.entry?.version ?? 0);
  const status = state?.ok ? state.data.status : props.entry?.status;
  const [typed, setTyped] = useState(props.entry?.value === null || props.entry?.value === undefined ? '' : String(props.entry.value));
  const editable = props.editable && !(state?.ok && state.data.status === 'submitted');
  const fid = `e-${props.indicatorId}`;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-2" aria-label="填报表单">
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
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
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
        <Preview props={props} typed={typed} />
        <span className="ml-auto text-xs text-slate-600" data-testid="entry-status">
          {status ? ENTRY_STATUS_LABELS[status as keyof typeof ENTRY_STATUS_LABELS] : '未填报'}
          {(props.entry?.late || (state?.ok && state.data.notice.includes('逾期'))) && (
            <span className="ml-1 rounded bg-red-100 px-1 text-red-800">逾期</span>
          )}
        </span>
      </div>
      <div className="grid gap-2 md:grid-cols-3">
        {(
          [
            ['workProgress', '工作进展'],
            ['problems', '存在问题'],
            ['nextSteps', '下步打算'],
          ] as const
        ).map(([name, label]) => (
          <div key={name}>
            <label htmlFor={`${fid}-${name}`} className="block text-xs font-medium text-slate-700">
              {label}
            </label>
            <textarea
              id={`${fid}-${name}`}
              name={name}
              rows={2}
              defaultValue={props.entry?.[name] ?? ''}
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
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
      {state?.ok && <Alert>{state.data.notice}</Alert>}
    </form>
  );
}
