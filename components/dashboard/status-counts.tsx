import type { StatusCounts } from '@/lib/metrics';
import { STATUS_ICONS, STATUS_LABELS, type StatusKey } from '@/lib/format';
import { STATUS_CLASSES } from '@/components/status-badge';
import { cn } from '@/lib/utils';

const SHOWN: StatusKey[] = ['ahead', 'behind', 'lagging', 'no_data'];

/** Counts by status; milestones done/overdue fold into 达到序时 / 严重滞后. */
export function StatusCountsRow({ counts, className }: { counts: StatusCounts; className?: string }) {
  const folded: Record<string, number> = {
    ahead: counts.ahead + counts.done,
    behind: counts.behind,
    lagging: counts.lagging + counts.overdue,
    no_data: counts.no_data,
  };
  return (
    <ul className={cn('flex flex-wrap gap-1.5 text-xs', className)} aria-label="指标状态分布">
      {SHOWN.map((s) => (
        <li key={s} className={cn('rounded px-1.5 py-0.5 font-medium', STATUS_CLASSES[s])}>
          <span aria-hidden>{STATUS_ICONS[s]} </span>
          {STATUS_LABELS[s]} <span className="tabular">{folded[s]}</span>
        </li>
      ))}
    </ul>
  );
}
