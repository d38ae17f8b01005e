import { formatMovement, movementArrow, STATUS_ICONS, STATUS_LABELS, type StatusKey } from '@/lib/format';
import { DECK_TEXT } from '@/lib/deck/labels';
import { cn } from '@/lib/utils';

/** A status in the theme's colour, with its icon and word (never colour alone). */
export function StatusText({ status, className }: { status: StatusKey; className?: string }) {
  return (
    <span className={cn(`deck-status-${status}`, 'font-bold whitespace-nowrap', className)} data-status={status} data-testid="status">
      <span aria-hidden>{STATUS_ICONS[status]}</span> {STATUS_LABELS[status]}
    </span>
  );
}

/** 争先进位 in arrow and words: "▲ 上升2位", "▼ 下降1位", "– 持平", "—"; `plain` keeps the surrounding colour (the title band). */
export function MovementText({ delta, className, plain }: { delta: number | null; className?: string; plain?: boolean }) {
  const tone = plain ? '' : delta === null || delta === 0 ? 'deck-muted' : delta > 0 ? 'deck-status-ahead' : 'deck-status-lagging';
  return (
    <span className={cn(tone, 'whitespace-nowrap', className)}>
      {delta !== null && <span aria-hidden>{movementArrow(delta)} </span>}
      {formatMovement(delta)}
    </span>
  );
}

/** A group's status, or "按状态计数" when it has nothing to average (nothing at all when `quiet`). */
export function GroupStatus({ status, quiet }: { status: StatusKey | null; quiet?: boolean }) {
  if (status === null)
    return quiet ? null : (
      <span className="deck-muted whitespace-nowrap" data-status="none" data-testid="status">
        {DECK_TEXT.byStatus}
      </span>
    );
  return <StatusText status={status} />;
}
