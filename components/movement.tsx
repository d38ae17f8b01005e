import { clsx } from 'clsx';
import { formatMovement, movementArrow } from '@/lib/format/rank';

/** 争先进位: arrow and words ("▲ 上升2位"). Drawn in client tables too, so its classes are joined with clsx. */
export function Movement({ delta, className }: { delta: number | null; className?: string }) {
  if (delta === null) return <span className={clsx('mv-none', className)}>—</span>;
  const tone = delta > 0 ? 'mv-up' : delta < 0 ? 'mv-down' : 'mv-level';
  return (
    <span className={clsx('mv', tone, className)}>
      <span aria-hidden>{movementArrow(delta)} </span>
      {formatMovement(delta)}
    </span>
  );
}
