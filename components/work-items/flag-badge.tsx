import { clsx } from 'clsx';
import type { FlagView } from '@/lib/views/work-item';

const FLAG_ICON = { red: '●', yellow: '▲', blue: '◆' } as const;

/**
 * The 督办 flag in words and icon as well as colour (the `flag` classes of app/globals.css);
 * '无督办标记' when the item carries none. Drawn in client tables too, so classes are joined with clsx.
 */
export function FlagBadge({ flag, compact }: { flag: FlagView | null; compact?: boolean }) {
  if (!flag)
    return (
      <span className="text-sm text-slate-600" data-testid="supervise-flag">
        无督办标记
      </span>
    );
  return (
    <span className={clsx('flag', `flag-${flag.flag}`, compact && 'sm')} data-testid="supervise-flag" title={flag.label}>
      {FLAG_ICON[flag.flag]} {compact ? flag.short : flag.label}
    </span>
  );
}
