import type { Metadata } from 'next';
import type { SearchParams } from '@/db/queries/dashboard-context';
import { PresentDeck, type PresentParams } from '../../present-deck';

export const metadata: Metadata = { title: '会议全程演示' };

/** /present/<meeting>/agenda: overview, the competitions' reports in order, 红黄榜 and the end in one run (as frozen once 定稿). */
export default function AgendaPresentPage({ params, searchParams }: { params: PresentParams; searchParams: Promise<SearchParams> }) {
  return <PresentDeck params={params} searchParams={searchParams} live={false} agenda />;
}
