import { formatMovement, movementArrow } from '@/lib/format/rank';
import { cn } from '@/lib/utils';

/** 争先进位: arrow and words ("▲ 上升2位"). */
export function Movement({ delta, className }: { delta: number | null; className?: string }) {
  if (delta === null) return <span className={cn('text-slate-400', className)}>—</span>;
  const tone = delta > 0 ? 'text-status-ahead' : delta < 0 ? 'text-status-lagging' : 'text-slate-500';
  return (
    <span className={cn('whitespace-nowrap', tone, className)}>
      <span aria-hidden>{movementArrow(delta)} </span>
      {formatMovement(delta)}
    </span>
  );
}
