import { formatPercent } from '@/lib/format';
import { DECK_TEXT } from '@/lib/deck/labels';
import { statusCountsText } from '@/lib/deck/measures';
import type { GroupFigures } from '@/lib/deck/types';
import { cn } from '@/lib/utils';

/**
 * One bar of the "completion vs 应完成" chart of a group: its mean completion (higher-is-better
 * cumulative indicators only) as a bar in the status colour, the 应完成 line as a marker, both
 * written as numbers beside it. A group with nothing to average says so in words instead. `max`
 * is the scale's right end in percent (≥ 100).
 */
export function CompletionBar({ figures, max, className }: { figures: GroupFigures; max: number; className?: string }) {
  const { completion, expected } = figures.progress;
  if (figures.status === null || completion === null || expected === null)
    return (
      <p className={cn('deck-muted whitespace-nowrap', className)} data-testid="group-progress">
        {figures.text}
      </p>
    );
  const pct = (f: number) => `${Math.min(100, Math.max(0, (f * 100 * 100) / max))}%`;
  return (
    <div className={cn('flex items-center gap-4', className)}>
      <div
        className="deck-track relative h-[1.75rem] flex-1 rounded-sm"
        role="img"
        aria-label={`${figures.text}；${DECK_TEXT.expected}${formatPercent(expected)}`}
      >
        <div className={cn(`deck-fill-${figures.status}`, 'absolute inset-y-0 left-0 rounded-sm')} style={{ width: pct(completion) }} />
        <div className="deck-marker absolute -inset-y-2 w-[0.3rem]" style={{ left: `calc(${pct(expected)} - 0.15rem)` }} />
      </div>
      <span className="tabular w-[15.5rem] text-right whitespace-nowrap">
        <span className="font-bold" data-testid="bar-completion">
          {formatPercent(completion)}
        </span>
        <span className="deck-muted">
          {' '}
          / {DECK_TEXT.expectedShort} <span data-testid="bar-expected">{formatPercent(expected)}</span>
        </span>
      </span>
    </div>
  );
}

/**
 * The line under a group's bar: the gap in words, coloured by status ("慢于应完成进度10.0个百分点
 * （严重滞后）"); for a group with nothing to average (or none of it in yet), its indicators
 * counted by status.
 */
export function GroupWords({ figures, className }: { figures: GroupFigures; className?: string }) {
  if (figures.status === null || figures.progress.completion === null)
    return (
      <p className={cn('whitespace-nowrap', className)} data-testid="group-counts">
        {statusCountsText(figures.counts, ' ')}
      </p>
    );
  return (
    <p className={cn(`deck-status-${figures.status}`, 'whitespace-nowrap', className)} data-testid="group-gap">
      {figures.gap}
    </p>
  );
}

/** True when at least one of the groups has a bar to draw. */
export function anyBar(groups: GroupFigures[]): boolean {
  return groups.some((g) => g.status !== null && g.progress.completion !== null);
}
