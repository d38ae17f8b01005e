import { clsx } from 'clsx';
import { Badge } from '@/components/ui/badge';
import { STATUS_ICONS, STATUS_LABELS, type StatusKey } from '@/lib/format/status';

/** Colour class of each status (app/globals.css), always drawn beside its icon or word. */
export const STATUS_CLASSES: Record<StatusKey, string> = {
  ahead: 's-ahead',
  done: 's-ahead',
  behind: 's-behind',
  lagging: 's-lagging',
  overdue: 's-lagging',
  no_data: 's-nodata',
  not_due: 's-nodata',
};

/** A status in colour, icon and words: never colour alone. */
export function StatusBadge({ status, className }: { status: StatusKey; className?: string }) {
  return (
    <Badge className={clsx(STATUS_CLASSES[status], className)}>
      <span aria-hidden>{STATUS_ICONS[status]}</span>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
