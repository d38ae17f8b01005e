import type { Metadata } from 'next';
import type { SearchParams } from '@/db/queries/dashboard-context';
import { PresentDeck, type PresentParams } from '../present-deck';

export const metadata: Metadata = { title: '演示' };

/** /present/<meeting>?slide=N[&theme=dark][&auto=15&loop=1]: the meeting's deck (as frozen once 定稿). */
export default function PresentPage({ params, searchParams }: { params: PresentParams; searchParams: Promise<SearchParams> }) {
  return <PresentDeck params={params} searchParams={searchParams} live={false} />;
}
