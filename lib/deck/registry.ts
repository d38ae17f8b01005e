/**
 * The slide kinds and their builders. A new kind of slide (villages, projects …) is: its enum value
 * in db/schema.ts `slideKinds`, its data type in ./types, a builder in ./build, an entry here, one
 * live slide in components/slides and one renderer in lib/pptx — the compiler lists what is missing.
 */
import type { SlideKind as SchemaSlideKind } from '@/db/schema';
import { formatDateZh, formatPeriodZh } from '@/lib/format';
import { buildClosing } from './build/closing';
import { buildCompetition } from './build/competition';
import type { BuildContext } from './build/context';
import { buildCover } from './build/cover';
import { buildHonour } from './build/honour';
import { buildOverview } from './build/overview';
import { buildWeak } from './build/weak';
import { SLIDE_KIND_LABELS } from './labels';
import { indexSource, type DeckSource } from './source';
import type { Deck, MeetingSpec, SlideKind, SlideOf } from './types';

interface KindDefinition<K extends SlideKind> {
  label: string;
  /** The slide is about one competition (its editor asks which). */
  needsCompetition: boolean;
  build: (ctx: BuildContext) => SlideOf<K>;
}

/** Keyed by the schema's enum: a kind stored but not built, or built but not stored, is a compile error. */
export const SLIDE_KINDS: { [K in SchemaSlideKind]: KindDefinition<K> } = {
  cover: { label: SLIDE_KIND_LABELS.cover, needsCompetition: false, build: buildCover },
  overview: { label: SLIDE_KIND_LABELS.overview, needsCompetition: false, build: buildOverview },
  competition: { label: SLIDE_KIND_LABELS.competition, needsCompetition: true, build: buildCompetition },
  honour: { label: SLIDE_KIND_LABELS.honour, needsCompetition: false, build: buildHonour },
  weak: { label: SLIDE_KIND_LABELS.weak, needsCompetition: false, build: buildWeak },
  closing: { label: SLIDE_KIND_LABELS.closing, needsCompetition: false, build: buildClosing },
};

/** Every slide of the meeting built from `src` (the evaluated meeting period), in order. */
export function buildDeck(src: DeckSource, meeting: MeetingSpec): Deck {
  const idx = indexSource(src);
  return {
    title: meeting.title,
    dateLabel: formatDateZh(meeting.meetingDate),
    period: meeting.period,
    periodLabel: formatPeriodZh(meeting.period),
    demo: src.demo,
    slides: meeting.slides.map((spec, i) => SLIDE_KINDS[spec.kind].build({ idx, meeting, spec, number: i + 1 })),
  };
}
