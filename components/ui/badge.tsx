import type { HTMLAttributes } from 'react';
import { clsx } from 'clsx';

/**
 * A small label (the `badge` class, app/globals.css). Drawn in client tables too, so its classes
 * are joined with clsx (no class merging in the browser bundle): `className` adds colours and
 * borders, never a base class.
 */
export function Badge({ className, ...props }: HTMLAttributes<HTMLSpanElement>) {
  return <span className={clsx('badge', className)} {...props} />;
}
