import type { HTMLAttributes } from 'react';
import { clsx } from 'clsx';

/** A notice. Drawn by the error boundaries of every page, so its classes are joined with clsx (no class merging in the browser bundle): `className` adds spacing or width, never a base class. */
export function Alert({ className, tone = 'info', ...props }: HTMLAttributes<HTMLDivElement> & { tone?: 'info' | 'error' | 'warning' }) {
  const tones = {
    info: 'border-brand-100 bg-brand-50 text-brand-900',
    error: 'border-red-200 bg-red-50 text-red-900',
    warning: 'border-amber-200 bg-amber-50 text-amber-900',
  };
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={clsx('rounded-md border px-4 py-3 text-sm', tones[tone], className)}
      {...props}
    />
  );
}
