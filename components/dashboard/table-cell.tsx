import Link from 'next/link';
import { Movement } from '@/components/movement';
import { STATUS_CLASSES } from '@/components/status-badge';
import { Badge } from '@/components/ui/badge';
import { cellText, type Cell } from '@/lib/views/table';
import { STATUS_ICONS } from '@/lib/format';

/**
 * One cell of a dashboard table: status in icon + words, movement in arrow + words, links for names.
 * Text cells hold names and texts people typed: <bdi> isolates them, so a bidirectional control
 * in a name can never reorder what is shown around it.
 */
export function TableCell({ cell }: { cell: Cell }) {
  switch (cell.kind) {
    case 'text':
      // Tables hold dozens of links: no viewport prefetch (each would be a server render).
      return cell.href ? (
        <Link href={cell.href} prefetch={false}>
          <bdi>{cell.text}</bdi>
        </Link>
      ) : (
        <bdi>{cell.text}</bdi>
      );
    case 'movement':
      return <Movement delta={cell.value} />;
    case 'status':
      return cell.pending && cell.status === 'no_data' ? (
        <Badge className="border border-dashed border-status-behind bg-white text-status-behind">
          <span aria-hidden>⧗</span>
          {cellText(cell)}
        </Badge>
      ) : (
        <Badge className={STATUS_CLASSES[cell.status]}>
          <span aria-hidden>{STATUS_ICONS[cell.status]}</span>
          {cellText(cell)}
        </Badge>
      );
    case 'value':
      return cell.pending ? <span className="text-status-behind">{cellText(cell)}</span> : <>{cellText(cell)}</>;
    default:
      return <>{cellText(cell)}</>;
  }
}
