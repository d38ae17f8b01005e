import 'server-only';
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { countyValues, meetingRecords, meetingReports, meetings, progressEntries, regions, type Campaign } from '@/db/schema';
import { buildBulletin } from '@/lib/bulletin/generate';
import { buildAgenda } from '@/lib/deck/agenda';
import { buildBulletinSlides } from '@/lib/deck/bulletin/build';
import type { PreviousReport } from '@/lib/deck/report/build-compare';
import { buildReportDeck } from '@/lib/deck/report/build';
import type { ReportSource, ReportTexts } from '@/lib/deck/report/source';
import { resolveTexts } from '@/lib/deck/report/texts';
import type { Deck, SlideData } from '@/lib/deck/types';
import { formatDateZh } from '@/lib/format';
import { getBulletinInput } from './bulletin';
import { getDeckSource, getMeetingDeck, meetingSpecOf, type MeetingWithSlides } from './meetings';
import { cached } from './cache';
import { getCampaignStructure } from './structure';

/** What 会议定稿 stores: the meeting's deck and each competition's report deck, as shown. */
export interface FrozenRecord {
  deck: Deck;
  /** Report decks by competition id. */
  reports: Record<string, Deck>;
  /** The 通报's pages at the end of the full run (absent from records frozen before the run showed it). */
  bulletin?: SlideData[];
}

/**
 * The structure, evaluated period, counties' values (official order, year up to `period`) and the
 * entries' texts of one competition of `campaign`; null when the competition is not the campaign's.
 */
export function getReportSource(campaign: Campaign, period: string, competitionId: number): ReportSource | null {
  const structure = getCampaignStructure(campaign.id);
  if (!structure.competitions.some((c) => c.id === competitionId)) return null;
  const tfIds = new Set(structure.taskForces.filter((t) => t.competitionId === competitionId).map((t) => t.id));
  const inds = structure.indicators.filter((i) => tfIds.has(i.taskForceId));
  const ids = inds.map((i) => i.id);
  const db = getDb();
  const yearStart = `${period.slice(0, 4)}-01`;
  const county = ids.length
    ? db
        .select({
          indicatorId: countyValues.indicatorId,
          period: countyValues.period,
          regionCode: countyValues.regionCode,
          name: regions.name,
          value: countyValues.value,
        })
        .from(countyValues)
        .innerJoin(regions, eq(regions.code, countyValues.regionCode))
        .where(and(inArray(countyValues.indicatorId, ids), gte(countyValues.period, yearStart), lte(countyValues.period, period)))
        .orderBy(asc(regions.sortOrder))
        .all()
    : [];
  const texts = ids.length
    ? db
        .select({
          indicatorId: progressEntries.indicatorId,
          period: progressEntries.period,
          workProgress: progressEntries.workProgress,
          problems: progressEntries.problems,
          nextSteps: progressEntries.nextSteps,
        })
        .from(progressEntries)
        .where(and(inArray(progressEntries.indicatorId, ids), gte(progressEntries.period, yearStart), lte(progressEntries.period, period)))
        .all()
    : [];
  return {
    deck: getDeckSource(campaign, period),
    competitionId,
    homeRegionCode: campaign.homeRegionCode,
    indicators: inds,
    countyValues: county,
    texts,
  };
}

/** The texts saved for the competition's report at the meeting, or null when none were saved. */
export function getSavedReportTexts(meetingId: number, competitionId: number): ReportTexts | null {
  const row = getDb()
    .select({ texts: meetingReports.texts })
    .from(meetingReports)
    .where(and(eq(meetingReports.meetingId, meetingId), eq(meetingReports.competitionId, competitionId)))
    .get();
  return row ? (row.texts as ReportTexts) : null;
}

/** The meeting's frozen record (会议定稿) with when it was frozen, or null while it is not frozen. */
export function getMeetingRecord(meetingId: number): { record: FrozenRecord; frozenAt: string } | null {
  const row = getDb().select().from(meetingRecords).where(eq(meetingRecords.meetingId, meetingId)).get();
  return row ? { record: row.record as FrozenRecord, frozenAt: row.frozenAt } : null;
}

/**
 * The competition's report at the latest frozen meeting of the same campaign before `m` (earlier
 * date, or the same date and created earlier); null when there is none.
 */
export function getPreviousReport(m: MeetingWithSlides, competitionId: number): PreviousReport | null {
  const rows = getDb()
    .select({ id: meetings.id, title: meetings.title, meetingDate: meetings.meetingDate, record: meetingRecords.record })
    .from(meetings)
    .innerJoin(meetingRecords, eq(meetingRecords.meetingId, meetings.id))
    .where(and(eq(meetings.campaignId, m.campaign.id), lte(meetings.meetingDate, m.meeting.meetingDate)))
    .all()
    .filter((r) => r.id !== m.meeting.id && (r.meetingDate < m.meeting.meetingDate || r.id < m.meeting.id))
    .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || b.id - a.id);
  for (const r of rows) {
    const deck = (r.record as FrozenRecord).reports[String(competitionId)];
    if (deck) return { title: r.title, dateLabel: formatDateZh(r.meetingDate), deck };
  }
  return null;
}

/**
 * The competition's report deck from live figures and the texts prepared for the meeting; null for
 * a competition not of the campaign. Cached until the next write (see ./cache).
 */
export function getLiveReportDeck(m: MeetingWithSlides, competitionId: number): Deck | null {
  return cached(`report-deck:${m.meeting.id}:${m.meeting.updatedAt}:${competitionId}`, () => {
    const src = getReportSource(m.campaign, m.meeting.period, competitionId);
    if (!src) return null;
    const texts = resolveTexts(src, getSavedReportTexts(m.meeting.id, competitionId));
    return buildReportDeck(src, meetingSpecOf(m), texts, getPreviousReport(m, competitionId));
  });
}

/** The .pptx of a deck shown at the meeting, built once per `key` until the next write (see ./cache). */
export function getDeckPptx(key: string, deck: Deck, build: (d: Deck) => Promise<Buffer>): Promise<Buffer> {
  return cached(`pptx:${key}`, () => build(deck));
}

/** The report deck as the meeting showed it when frozen (unless `live`), else from live figures. */
export function getReportDeck(m: MeetingWithSlides, competitionId: number, live = false): Deck | null {
  const frozen = live ? null : getMeetingRecord(m.meeting.id);
  if (frozen) return frozen.record.reports[String(competitionId)] ?? null;
  return getLiveReportDeck(m, competitionId);
}

/** The meeting's own deck as frozen (unless `live`), else from live figures. */
export function getShownMeetingDeck(m: MeetingWithSlides, live = false): Deck {
  const frozen = live ? null : getMeetingRecord(m.meeting.id);
  return frozen ? frozen.record.deck : getMeetingDeck(m);
}

/**
 * The 通报 of the meeting's period dated the meeting's day — the document /bulletin?period=&date=
 * shows — as slides, from live figures. Cached until the next write (see ./cache).
 */
export function getLiveBulletinSlides(m: MeetingWithSlides): SlideData[] {
  return cached(`bulletin-slides:${m.meeting.id}:${m.meeting.updatedAt}`, () =>
    buildBulletinSlides(buildBulletin(getBulletinInput(m.campaign, m.meeting.period, m.meeting.meetingDate))).map((s, i): SlideData => ({
      ...s,
      number: i + 1,
    })),
  );
}

/**
 * The meeting as one run: its deck with every competition's report in the campaign's order and
 * the 通报's pages, as frozen unless `live` (a record frozen before the run showed the 通报 has none).
 */
export function getAgendaDeck(m: MeetingWithSlides, live = false): Deck {
  const ids = getCampaignStructure(m.campaign.id).competitions.map((c) => c.id);
  const reports = ids.flatMap((id) => getReportDeck(m, id, live) ?? []);
  const frozen = live ? null : getMeetingRecord(m.meeting.id);
  const bulletin = frozen ? (frozen.record.bulletin ?? []) : getLiveBulletinSlides(m);
  return buildAgenda(getShownMeetingDeck(m, live), reports, bulletin);
}
