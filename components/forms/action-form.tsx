'use client';

import { useActionState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonProps } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import { clsx } from 'clsx';
import { useKeepForm } from './use-keep-form';

type FormAction = (prev: ActionResult<unknown> | null, fd: FormData) => Promise<ActionResult<unknown>>;

/**
 * A form bound to a server action: shows the action's Chinese message, field errors and, on success,
 * `data.notice` (e.g. a one-time password). Inputs are uncontrolled, so what was typed stays on error.
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  pendingLabel = '正在提交…',
  successMessage = '已保存。',
  variant,
  className,
  inline,
  confirmText,
  id,
  label,
  hideSubmit,
}: {
  action: FormAction;
  children?: ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  successMessage?: string;
  variant?: ButtonProps['variant'];
  className?: string;
  inline?: boolean;
  confirmText?: string;
  /** Lets inputs elsewhere on the page join this form with form="…". */
  id?: string;
  /** The form's accessible name (role form needs one), e.g. the card's title. */
  label?: string;
  /** The children hold the submit buttons (e.g. 保存草稿 / 提交审核 with name="intent"). */
  hideSubmit?: boolean;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(action, null);
  const onSubmit = useKeepForm(formAction, confirmText);
  const notice =
    state?.ok && state.data && typeof state.data === 'object' && 'notice' in state.data
      ? String((state.data as { notice: unknown }).notice)
      : null;
  return (
    <form
      id={id}
      aria-label={label}
      onSubmit={onSubmit}
      className={clsx(inline ? 'flex flex-wrap items-end gap-2' : 'space-y-3', className)}
    >
      {children}
      {!hideSubmit && (
        <Button type="submit" size="sm" variant={variant} disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      )}
      {hideSubmit && pending && <p className="text-xs text-slate-600">{pendingLabel}</p>}
      {state && !state.ok && (
        <Alert tone="error" className="w-full">
          {state.message}
          {state.fieldErrors && Object.keys(state.fieldErrors).length > 1 && (
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(state.fieldErrors).map(([k, v]) => (
                <li key={k}>{v.join('；')}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {state?.ok && <Alert className="w-full">{notice ?? successMessage}</Alert>}
    </form>
  );
}
