import { formatPercent, type StatusKey } from '@/lib/format';
import { DECK_TEXT } from '@/lib/deck/labels';
import { cn } from '@/lib/utils';

/**
 * One bar of the "completion vs expected progress" chart: the completion as a bar in the status
 * colour, the expected progress as a marker line, both written as numbers beside it. `max` is the
 * scale's right end in percent (≥ 100).
 */
export function CompletionBar({
  completion,
  expected,
  status,
  max,
  className,
}: {
  completion: number | null;
  expected: number | null;
  status: StatusKey;
  max: number;
  className?: string;
}) {
  const pct = (f: number) => `${Math.min(100, Math.max(0, (f * 100 * 100) / max))}%`;
  return (
    <div className={cn('flex items-center gap-4', className)}>
      <div
        className="deck-track relative h-[1.75rem] flex-1 rounded-sm"
        role="img"
        aria-label={`${DECK_TEXT.completion}${formatPercent(completion)}，${DECK_TEXT.expected}${formatPercent(expected)}`}
      >
        {completion !== null && (
          <div className={cn(`deck-fill-${status}`, 'absolute inset-y-0 left-0 rounded-sm')} style={{ width: pct(completion) }} />
        )}
        {expected !== null && (
          <div className="deck-marker absolute -inset-y-2 w-[0.3rem]" style={{ left: `calc(${pct(expected)} - 0.15rem)` }} />
        )}
      </div>
      <span className="tabular w-[15.5rem] text-right whitespace-nowrap">
        <span className="font-bold" data-testid="bar-completion">
          {formatPercent(completion)}
        </span>
        <span className="deck-muted">
          {' '}
          / 应完成 <span data-testid="bar-expected">{formatPercent(expected)}</span>
        </span>
      </span>
    </div>
  );
}

/** The right end of a completion scale in percent: at least 100, rounded up to 10. */
export function scaleMax(values: (number | null)[]): number {
  const top = Math.max(100, ...values.filter((v): v is number => v !== null).map((v) => v * 100));
  return Math.ceil(top / 10) * 10;
}
