/**
 * A meeting as one run (会议议程): its opening slides (cover, overview), then every competition's
 * report deck in the campaign's order, then its other slides (红榜与黄榜, 弱项 …), the 通报's pages,
 * and its end slide. The meeting's own one-slide competition pages give way to the reports. Pure:
 * the decks and the 通报's pages are built (or frozen) first.
 */
import type { Deck, SlideData } from './types';

const OPENING = new Set<SlideData['kind']>(['cover', 'overview']);

/** The agenda deck, renumbered 1..N, titled as the meeting. */
export function buildAgenda(meeting: Deck, reports: Deck[], bulletin: SlideData[]): Deck {
  const own = meeting.slides.filter((s) => s.kind !== 'competition');
  const slides = [
    ...own.filter((s) => OPENING.has(s.kind)),
    ...reports.flatMap((d) => d.slides),
    ...own.filter((s) => !OPENING.has(s.kind) && s.kind !== 'closing'),
    ...bulletin,
    ...own.filter((s) => s.kind === 'closing'),
  ];
  return { ...meeting, slides: slides.map((s, i) => ({ ...s, number: i + 1 }) as SlideData) };
}
