'use client';

import Link from 'next/link';
import { Movement } from '@/components/movement';
import { STATUS_CLASSES } from '@/components/status-badge';
import { Badge } from '@/components/ui/badge';
import { STATUS_ICONS } from '@/lib/format/status';
import type { DrawnCell } from '@/lib/views/drawn-cell';
import { unpackCell, type PackedRows } from '@/lib/views/packed-cell';

interface TableRowsProps {
  packed: PackedRows;
  rowKeys?: string[];
  /** The picture column's nodes of these rows (sparklines), when the table has one. */
  figures?: React.ReactNode[];
  empty: string;
}

/**
 * The rows of a dashboard table, drawn from their cells' words: the page's payload carries each
 * shown cell once, as packed data, instead of as a tree of elements. A cell's column is named
 * once, on its header (`col-<key>`).
 */
export function TableRows({ packed: { looks, rows }, rowKeys, figures, empty }: TableRowsProps) {
  if (rows.length === 0)
    return (
      <tr>
        <td colSpan={looks.length + (figures ? 1 : 0)} className="w py-6! text-center text-slate-600">
          {empty}
        </td>
      </tr>
    );
  return rows.map((row, r) => (
    <tr key={r} data-testid={rowKeys?.[r] ? `row-${rowKeys[r]}` : undefined}>
      {row.map((packedCell, i) => {
        const cell = unpackCell(packedCell, looks[i]!);
        return (
          <td key={i} className={cell.c}>
            <Drawn cell={cell} />
          </td>
        );
      })}
      {figures && <td className="py-1!">{figures[r]}</td>}
    </tr>
  ));
}

/**
 * One cell: status in icon + words, movement in arrow + words, links for names. Text cells hold
 * names and texts people typed: <bdi> isolates them, so a bidirectional control in a name can
 * never reorder what is shown around it.
 */
function Drawn({ cell }: { cell: DrawnCell }) {
  switch (cell.k) {
    case 'b':
      // Tables hold dozens of links: no viewport prefetch (each would be a server render).
      return cell.h ? (
        <Link href={cell.h} prefetch={false}>
          <bdi>{cell.t}</bdi>
        </Link>
      ) : (
        <bdi>{cell.t}</bdi>
      );
    case 'm':
      return <Movement delta={cell.m ?? null} />;
    case 's':
      return cell.p && cell.s === 'no_data' ? (
        <Badge className="border border-dashed border-status-behind bg-white text-status-behind">
          <span aria-hidden>⧗</span>
          {cell.t}
        </Badge>
      ) : (
        <Badge className={STATUS_CLASSES[cell.s!]}>
          <span aria-hidden>{STATUS_ICONS[cell.s!]}</span>
          {cell.t}
        </Badge>
      );
    case 'v':
      return <span className="text-status-behind">{cell.t}</span>;
    default:
      return <>{cell.t}</>;
  }
}
