import type { InputHTMLAttributes } from 'react';
import { cn } from '@/lib/utils';

/** A labelled input whose errors are announced with aria-describedby. */
export function Field({
  label,
  name,
  errors,
  className,
  hint,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[]; hint?: string }) {
  const id = props.id ?? `f-${name}`;
  const errId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [errors?.length ? errId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={cn(
          'h-9 w-full rounded-md border border-slate-300 px-3 text-sm focus:border-brand-600 focus:outline-none',
          errors?.length && 'border-red-600',
        )}
        {...props}
      />
      {hint && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={errId} className="text-xs text-red-700">
          {errors.join('；')}
        </p>
      ) : null}
    </div>
  );
}
