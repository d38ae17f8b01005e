import type { SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { cn } from '@/lib/utils';

const BOX = 'w-full rounded-md border border-slate-300 px-3 text-sm focus:border-brand-600 focus:outline-none';

/** A labelled multi-line input (uncontrolled, so what was typed stays when the server refuses it). */
export function TextAreaField({
  label,
  name,
  className,
  hint,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; hint?: string }) {
  const id = props.id ?? `f-${name}`;
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea id={id} name={name} rows={2} aria-describedby={hint ? `${id}-hint` : undefined} className={cn(BOX, 'py-1.5')} {...props} />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A labelled select of options given as value / label pairs. */
export function SelectField({
  label,
  name,
  options,
  className,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; name: string; options: { value: string | number; label: string }[] }) {
  const id = props.id ?? `f-${name}`;
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} className={cn(BOX, 'h-9 bg-white')} {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
