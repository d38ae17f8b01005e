'use client';

import { useActionState } from 'react';
import { useKeepForm } from '@/components/forms/use-keep-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import { saveCountyAction } from './actions';

type Result = ActionResult<{ notice: string }>;

/** The prefecture's counties' values of one indicator for the period; errors beside each county. */
export function CountyForm({
  indicatorId,
  period,
  counties,
}: {
  indicatorId: number;
  period: string;
  counties: { regionCode: string; name: string; value: number | null }[];
}) {
  const [state, formAction, pending] = useActionState<Result | null, FormData>(
    saveCountyAction as (p: Result | null, f: FormData) => Promise<Result>,
    null,
  );
  const onSubmit = useKeepForm(formAction);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} className="mt-2 space-y-3" aria-label="全市六县（市、区）数值">
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <input type="hidden" name="period" value={period} />
      <div className="grid grid-cols-2 gap-2 md:grid-cols-6">
        {counties.map((c) => {
          const name = `county_${c.regionCode}`;
          const id = `county-${indicatorId}-${c.regionCode}`;
          const error = errors[name];
          return (
            <div key={c.regionCode} className="text-xs">
              <label htmlFor={id}>{c.name}</label>
              <input
                id={id}
                name={name}
                defaultValue={c.value ?? ''}
                inputMode="decimal"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                className={`mt-0.5 h-8 w-full rounded border px-2 text-right ${error ? 'border-red-600' : ''}`}
              />
              {error && (
                <p id={`${id}-error`} className="mt-0.5 text-red-700">
                  {error.join('；')}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? '正在保存…' : '保存县（市、区）数据'}
      </Button>
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
      {state?.ok && <Alert>{state.data.notice}</Alert>}
    </form>
  );
}
