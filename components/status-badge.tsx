import { Badge } from '@/components/ui/badge';
import { STATUS_ICONS, STATUS_LABELS, type StatusKey } from '@/lib/format';
import { cn } from '@/lib/utils';

export const STATUS_CLASSES: Record<StatusKey, string> = {
  ahead: 'bg-status-ahead-bg text-status-ahead',
  done: 'bg-status-ahead-bg text-status-ahead',
  behind: 'bg-status-behind-bg text-status-behind',
  lagging: 'bg-status-lagging-bg text-status-lagging',
  overdue: 'bg-status-lagging-bg text-status-lagging',
  no_data: 'bg-status-nodata-bg text-status-nodata',
  not_due: 'bg-status-nodata-bg text-status-nodata',
};

/** A status in colour, icon and words: never colour alone. */
export function StatusBadge({ status, className }: { status: StatusKey; className?: string }) {
  return (
    <Badge className={cn(STATUS_CLASSES[status], className)}>
      <span aria-hidden>{STATUS_ICONS[status]}</span>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
