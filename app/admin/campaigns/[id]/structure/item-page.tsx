import Link from 'next/link';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ARCHIVE_TEXT, ITEM_WORDS, type ItemKind } from '@/lib/structure/admin-text';
import { itemStateAction } from '../../structure-actions';
import { ItemState } from './item-state';
import { PastYearNote } from '../year-form';

/** The frame of one item's page: heading, back link, the form card and 归档/删除. */
export function ItemPage({
  campaignId,
  title,
  kind,
  item,
  children,
  extra,
  pastYear = null,
}: {
  campaignId: number;
  title: string;
  kind: ItemKind;
  item: { id: number; name: string; archivedFrom: string | null } | null;
  children: ReactNode;
  extra?: ReactNode;
  /** The year of a past (read-only) campaign: the item is shown, not changed (no 归档/删除). */
  pastYear?: number | null;
}) {
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-bold">{title}</h1>
        {item?.archivedFrom && <Badge className="bg-amber-100 text-amber-900">{ARCHIVE_TEXT.archivedBadge(item.archivedFrom)}</Badge>}
        <Link href={`/admin/campaigns/${campaignId}/structure`} className="text-sm text-brand-700 underline">
          返回活动结构
        </Link>
      </div>
      {pastYear !== null && <PastYearNote year={pastYear} />}
      <Card>
        <CardHeader>
          <CardTitle>{item ? `修改${ITEM_WORDS[kind]}` : `添加${ITEM_WORDS[kind]}`}</CardTitle>
        </CardHeader>
        <CardContent>{children}</CardContent>
      </Card>
      {extra}
      {item && pastYear === null && (
        <Card>
          <CardHeader>
            <CardTitle>归档与删除</CardTitle>
          </CardHeader>
          <CardContent>
            <ItemState
              action={itemStateAction}
              kind={kind}
              id={item.id}
              campaignId={campaignId}
              name={item.name}
              archivedFrom={item.archivedFrom}
            />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
