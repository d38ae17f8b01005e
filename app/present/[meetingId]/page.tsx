import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DeckPlayer } from '@/components/slides/deck-player';
import { LiveSlide } from '@/components/slides/registry';
import { parseId, type SearchParams } from '@/db/queries/dashboard-context';
import { getMeeting, getMeetingDeck } from '@/db/queries/meetings';
import { requireUser } from '@/lib/auth/session';
import { parseDeckParams } from '@/lib/deck/nav';

export const metadata: Metadata = { title: '演示' };

/** /present/<meeting>?slide=N[&theme=dark][&auto=15&loop=1]: the meeting's live deck, for anyone logged in. */
export default async function PresentPage({
  params,
  searchParams,
}: {
  params: Promise<{ meetingId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  await requireUser();
  const id = parseId((await params).meetingId);
  if (id === null) notFound();
  const m = getMeeting(id);
  if (!m) notFound();
  const deck = getMeetingDeck(m);
  if (deck.slides.length === 0) notFound();
  const initial = parseDeckParams(await searchParams, deck.slides.length);
  return (
    <DeckPlayer
      key={`${id}:${initial.slide}:${initial.theme}`}
      slides={deck.slides.map((s) => (
        <LiveSlide key={s.number} data={s} deck={deck} />
      ))}
      titles={deck.slides.map((s) => s.title)}
      initial={initial}
      exitHref={`/meetings/${id}`}
    />
  );
}
