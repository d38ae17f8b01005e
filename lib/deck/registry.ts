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
import { buildProject } from './build/project';
import { buildVillage } from './build/village';
import { buildVillages } from './build/villages';
import { buildWeak } from './build/weak';
import { buildWorkItems } from './build/work-items';
import { SLIDE_KIND_LABELS } from './labels';
import { indexSource, type DeckSource } from './source';
import type { Deck, MeetingSlideKind, MeetingSpec, SlideKind, SlideOf } from './types';

interface KindDefinition<K extends SlideKind> {
  label: string;
  /** What one slide of the kind is about, asked by its editor (a competition, a village, a project), or null. */
  subject: 'competition' | 'village' | 'project' | null;
  /** The slide shows villages, projects or 督办 items (their data is loaded for the deck). */
  places: boolean;
  build: (ctx: BuildContext) => SlideOf<K>;
}

/** Keyed by the schema's enum: a kind stored but not built, or built but not stored, is a compile error. */
export const SLIDE_KINDS: { [K in SchemaSlideKind]: KindDefinition<K> } = {
  cover: { label: SLIDE_KIND_LABELS.cover, subject: null, places: false, build: buildCover },
  overview: { label: SLIDE_KIND_LABELS.overview, subject: null, places: false, build: buildOverview },
  competition: { label: SLIDE_KIND_LABELS.competition, subject: 'competition', places: false, build: buildCompetition },
  honour: { label: SLIDE_KIND_LABELS.honour, subject: null, places: false, build: buildHonour },
  weak: { label: SLIDE_KIND_LABELS.weak, subject: null, places: false, build: buildWeak },
  closing: { label: SLIDE_KIND_LABELS.closing, subject: null, places: false, build: buildClosing },
  villages: { label: SLIDE_KIND_LABELS.villages, subject: null, places: true, build: buildVillages },
  village: { label: SLIDE_KIND_LABELS.village, subject: 'village', places: true, build: buildVillage },
  project: { label: SLIDE_KIND_LABELS.project, subject: 'project', places: true, build: buildProject },
  work_items: { label: SLIDE_KIND_LABELS.work_items, subject: null, places: true, build: buildWorkItems },
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

/** True when one of the slides shows villages, projects or 督办 items (the deck source must carry them). */
export function needsPlaces(slides: { kind: MeetingSlideKind }[]): boolean {
  return slides.some((s) => SLIDE_KINDS[s.kind].places);
}
