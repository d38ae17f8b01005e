import type { HTMLAttributes } from 'react';
import { cn } from '@/lib/utils';

export function Alert({ className, tone = 'info', ...props }: HTMLAttributes<HTMLDivElement> & { tone?: 'info' | 'error' | 'warning' }) {
  const tones = {
    info: 'border-brand-100 bg-brand-50 text-brand-900',
    error: 'border-red-200 bg-red-50 text-red-900',
    warning: 'border-amber-200 bg-amber-50 text-amber-900',
  };
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cn('rounded-md border px-4 py-3 text-sm', tones[tone], className)}
      {...props}
    />
  );
}
