import type { Metadata } from 'next';
import type { SearchParams } from '@/db/queries/dashboard-context';
import { PresentDeck, type PresentParams } from '../../../present-deck';

export const metadata: Metadata = { title: '竞赛汇报' };

/** /present/<meeting>/reports/<competition>: the competition's report deck (as frozen once 定稿). */
export default function ReportPresentPage({ params, searchParams }: { params: PresentParams; searchParams: Promise<SearchParams> }) {
  return <PresentDeck params={params} searchParams={searchParams} live={false} />;
}
