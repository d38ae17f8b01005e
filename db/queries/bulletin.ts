import 'server-only';
import { and, desc, eq, gte, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { meetings, progressEntries, type Campaign } from '@/db/schema';
import type { BulletinInput } from '@/lib/bulletin/types';
import { defaultMeetingDate } from '@/lib/deck/preset';
import { isDemoDatabase, listPeriods } from './campaign';
import { getCampaignSettings, getPeriodSnapshot } from './snapshot';
import { getCampaignStructure } from './structure';
import { isCalendarDate } from '@/lib/validation/date';

/**
 * The bulletin's date: `requested` when it is a real `YYYY-MM-DD` date, else the latest saved
 * meeting on the period, else the default meeting date (the 9th of the following month).
 */
export function bulletinDate(campaign: Campaign, period: string, requested: string | undefined): string {
  if (requested && isCalendarDate(requested)) return requested;
  const latest = getDb()
    .select({ date: meetings.meetingDate })
    .from(meetings)
    .where(and(eq(meetings.campaignId, campaign.id), eq(meetings.period, period)))
    .orderBy(desc(meetings.meetingDate))
    .limit(1)
    .get();
  return latest?.date ?? defaultMeetingDate(period);
}

/** Everything the 通报 of `period` is written from (see lib/bulletin/generate.ts). */
export function getBulletinInput(campaign: Campaign, period: string, date: string): BulletinInput {
  const s = getCampaignStructure(campaign.id);
  const ids = new Set(s.indicators.map((i) => i.id));
  const submissions = getDb()
    .select({ indicatorId: progressEntries.indicatorId, period: progressEntries.period, submittedAt: progressEntries.submittedAt })
    .from(progressEntries)
    .where(and(gte(progressEntries.period, `${period.slice(0, 4)}-01`), lte(progressEntries.period, period)))
    .all()
    .filter((e) => ids.has(e.indicatorId));
  return {
    campaign: { name: campaign.name, year: campaign.year },
    period,
    date,
    settings: getCampaignSettings(campaign),
    demo: isDemoDatabase(),
    snapshot: getPeriodSnapshot(campaign, period),
    structure: s,
    submissions,
    deadlines: listPeriods(campaign.id).map((p) => ({ period: p.period, deadline: p.deadline })),
  };
}
