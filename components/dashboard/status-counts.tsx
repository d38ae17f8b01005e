import type { FoldedCounts } from '@/lib/metrics';
import { STATUS_ICONS, STATUS_LABELS } from '@/lib/format/status';
import { STATUS_CLASSES } from '@/components/status-badge';
import { clsx } from 'clsx';

const SHOWN = [
  ['ahead', 'ahead'],
  ['behind', 'behind'],
  ['lagging', 'lagging'],
  ['no_data', 'noData'],
] as const;

/** Counts by status, folded as the headline folds them (milestones done / overdue in 达到序时 / 严重滞后). */
export function StatusCountsRow({ counts, className }: { counts: FoldedCounts; className?: string }) {
  return (
    <ul className={clsx('counts', className)} aria-label="指标状态分布">
      {SHOWN.map(([s, k]) => (
        <li key={s} className={clsx('chip', STATUS_CLASSES[s])}>
          <span aria-hidden>{STATUS_ICONS[s]} </span>
          {STATUS_LABELS[s]} <span className="tabular">{counts[k]}</span>
        </li>
      ))}
    </ul>
  );
}
