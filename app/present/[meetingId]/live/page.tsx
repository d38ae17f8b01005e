import type { Metadata } from 'next';
import type { SearchParams } from '@/db/queries/dashboard-context';
import { PresentDeck, type PresentParams } from '../../present-deck';

export const metadata: Metadata = { title: '演示（实时数据）' };

/** /present/<meeting>/live: the meeting's deck from live figures, also after 定稿. */
export default function LivePresentPage({ params, searchParams }: { params: PresentParams; searchParams: Promise<SearchParams> }) {
  return <PresentDeck params={params} searchParams={searchParams} live />;
}
