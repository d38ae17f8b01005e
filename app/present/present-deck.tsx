import { notFound } from 'next/navigation';
import { DeckPlayer } from '@/components/slides/deck-player';
import { LiveSlide } from '@/components/slides/registry';
import { parseId, type SearchParams } from '@/db/queries/dashboard-context';
import { getAgendaDeck, getReportDeck, getShownMeetingDeck } from '@/db/queries/meeting-report';
import { getMeeting } from '@/db/queries/meetings';
import { requireUser } from '@/lib/auth/session';
import { parseDeckParams } from '@/lib/deck/nav';

export type PresentParams = Promise<{ meetingId: string; competitionId?: string }>;

/**
 * The deck of a meeting, of one competition's report at it (`competitionId`), or the whole run, for anyone logged
 * in: as frozen by 会议定稿 once the meeting is frozen, else (or when `live`) from live figures.
 */
export async function PresentDeck({
  params,
  searchParams,
  live,
  agenda = false,
}: {
  params: PresentParams;
  searchParams: Promise<SearchParams>;
  live: boolean;
  /** The meeting as one run: its deck with every competition's report. */
  agenda?: boolean;
}) {
  await requireUser();
  const p = await params;
  const id = parseId(p.meetingId);
  const m = id === null ? null : getMeeting(id);
  if (!m) notFound();
  let deck = null;
  if (agenda) deck = getAgendaDeck(m, live);
  else if (p.competitionId === undefined) deck = getShownMeetingDeck(m, live);
  else {
    const competitionId = parseId(p.competitionId);
    deck = competitionId === null ? null : getReportDeck(m, competitionId, live);
  }
  if (!deck || deck.slides.length === 0) notFound();
  const initial = parseDeckParams(await searchParams, deck.slides.length);
  const exitHref = p.competitionId === undefined ? `/meetings/${m.meeting.id}` : `/meetings/${m.meeting.id}/reports/${p.competitionId}`;
  return (
    <DeckPlayer
      key={`${p.meetingId}:${p.competitionId ?? ''}:${live}:${agenda}:${initial.slide}:${initial.theme}`}
      slides={deck.slides.map((s) => (
        <LiveSlide key={s.number} data={s} deck={deck} />
      ))}
      titles={deck.slides.map((s) => s.title)}
      initial={initial}
      exitHref={exitHref}
    />
  );
}
