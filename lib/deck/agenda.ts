/**
 * A meeting as one run (会议议程): its opening slides (cover, overview), then every competition's
 * report deck in the campaign's order, then its closing slides (红榜与黄榜, 弱项, end). The meeting's
 * own one-slide competition pages give way to the reports. Pure: the decks are built (or frozen) first.
 */
import type { Deck, SlideData } from './types';

const OPENING = new Set<SlideData['kind']>(['cover', 'overview']);

/** The agenda deck, renumbered 1..N, titled as the meeting. */
export function buildAgenda(meeting: Deck, reports: Deck[]): Deck {
  const own = meeting.slides.filter((s) => s.kind !== 'competition');
  const slides = [
    ...own.filter((s) => OPENING.has(s.kind)),
    ...reports.flatMap((d) => d.slides),
    ...own.filter((s) => !OPENING.has(s.kind)),
  ];
  return { ...meeting, slides: slides.map((s, i) => ({ ...s, number: i + 1 }) as SlideData) };
}
