import type { HTMLAttributes } from 'react';
import { clsx } from 'clsx';

/**
 * A small label. Drawn in client tables too, so its classes are joined with clsx (no class
 * merging in the browser bundle): `className` adds colours and borders, never a base class.
 */
export function Badge({ className, ...props }: HTMLAttributes<HTMLSpanElement>) {
  return (
    <span
      className={clsx('inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap', className)}
      {...props}
    />
  );
}
