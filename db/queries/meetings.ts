import 'server-only';
import { asc, count, desc, eq, getTableColumns } from 'drizzle-orm';
import { getDb } from '@/db';
import { campaigns, meetings, meetingSlides, type Campaign, type Meeting, type MeetingSlide } from '@/db/schema';
import { buildDeck, needsPlaces } from '@/lib/deck/registry';
import type { DeckSource } from '@/lib/deck/source';
import type { Deck, MeetingSpec } from '@/lib/deck/types';
import { isDemoDatabase } from './campaign';
import { getDeckPlaces } from './deck-places';
import { getCampaignSettings, getPeriodSnapshot } from './snapshot';
import { getCampaignStructureIn } from './structure';

export interface MeetingListItem extends Meeting {
  slideCount: number;
}

/** The campaign's meetings, latest date first (then latest created). */
export function listMeetings(campaignId: number): MeetingListItem[] {
  return getDb()
    .select({ ...getTableColumns(meetings), slideCount: count(meetingSlides.id) })
    .from(meetings)
    .leftJoin(meetingSlides, eq(meetingSlides.meetingId, meetings.id))
    .where(eq(meetings.campaignId, campaignId))
    .groupBy(meetings.id)
    .orderBy(desc(meetings.meetingDate), desc(meetings.id))
    .all();
}

export interface MeetingWithSlides {
  meeting: Meeting;
  slides: MeetingSlide[];
  campaign: Campaign;
}

/** A meeting with its slides in order and its campaign, or null when there is no such meeting. */
export function getMeeting(id: number): MeetingWithSlides | null {
  const db = getDb();
  const meeting = db.select().from(meetings).where(eq(meetings.id, id)).get();
  if (!meeting) return null;
  const campaign = db.select().from(campaigns).where(eq(campaigns.id, meeting.campaignId)).get();
  if (!campaign) return null;
  const slides = db.select().from(meetingSlides).where(eq(meetingSlides.meetingId, id)).orderBy(asc(meetingSlides.position)).all();
  return { meeting, slides, campaign };
}

/** The meeting's choices as the slide builders read them. */
export function meetingSpecOf(m: Pick<MeetingWithSlides, 'meeting' | 'slides'>): MeetingSpec {
  return {
    title: m.meeting.title,
    meetingDate: m.meeting.meetingDate,
    period: m.meeting.period,
    slides: m.slides.map((s) => ({
      kind: s.kind,
      competitionId: s.competitionId,
      villageId: s.villageId,
      projectId: s.projectId,
      title: s.title,
      notes: s.notes,
    })),
  };
}

/** Structure and evaluated period of `campaign` (cached snapshot: see ./snapshot); villages, projects and 督办 items when `places`. */
export function getDeckSource(campaign: Campaign, period: string, places = false): DeckSource {
  return {
    ...(places ? { places: getDeckPlaces() } : {}),
    campaign: { name: campaign.name, year: campaign.year },
    settings: getCampaignSettings(campaign),
    demo: isDemoDatabase(),
    snapshot: getPeriodSnapshot(campaign, period),
    structure: getCampaignStructureIn(campaign.id, period),
  };
}

/** Every slide of the meeting built from the live figures of its period. */
export function getMeetingDeck(m: MeetingWithSlides): Deck {
  const spec = meetingSpecOf(m);
  return buildDeck(getDeckSource(m.campaign, m.meeting.period, needsPlaces(spec.slides)), spec);
}
