'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { CORRECTION_REASON_MAX } from '@/lib/reporting/correction';
import { FIELD_LABELS, type EntryFields } from './conflict-panel';
import type { EntryFormProps } from './entry-form';
import type { useEntryForm } from './use-entry-form';

export type Form = ReturnType<typeof useEntryForm>[1];

export function ValueField({ props, f }: { props: EntryFormProps; f: Form }) {
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

export function TextFields({ indicatorId, f }: { indicatorId: number; f: Form }) {
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

/**
 * 修订原因 of an administrator's correction in a locked round: the server refuses the save without
 * it (lib/reporting/correction); what was typed stays after a refusal.
 */
export function ReasonField({ indicatorId, f }: { indicatorId: number; f: Form }) {
  const [reason, setReason] = useState('');
  const fid = `e-${indicatorId}-reason`;
  const error = f.state && !f.state.ok ? f.state.fieldErrors?.reason : undefined;
  return (
    <div>
      <label htmlFor={fid} className="block text-xs font-medium text-slate-700">
        修订原因（本月已锁定并发布排名，更正须说明原因，将显示在排名页的“修订”中）
      </label>
      <input
        id={fid}
        name="reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        disabled={!f.editable}
        maxLength={CORRECTION_REASON_MAX}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fid}-error` : undefined}
        className="h-9 w-full rounded-md border border-amber-400 px-2 text-sm disabled:bg-slate-100"
      />
      {error && (
        <p id={`${fid}-error`} className="text-xs text-red-700">
          {error.join('；')}
        </p>
      )}
    </div>
  );
}

/** After taking the other version: what the user had typed stays readable, to copy from. */
export function TakenTheirs({ version, discarded, editable }: { version: number; discarded: EntryFields; editable: boolean }) {
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
