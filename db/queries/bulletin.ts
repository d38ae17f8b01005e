import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { meetings, type Campaign } from '@/db/schema';
import type { BulletinInput } from '@/lib/bulletin/types';
import { defaultMeetingDate } from '@/lib/deck/preset';
import { isDemoDatabase } from './campaign';
import { getCampaignSettings, getPeriodSnapshot } from './snapshot';
import { getCampaignStructureIn } from './structure';
import { getOnTimeRates } from './timeliness';
import { listWorkItems } from './work-items';
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

/** The end of the bulletin's day in Beijing time: rounds whose deadline passed by then are counted. */
export function bulletinAsOf(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

/**
 * Everything the 通报 of `period` is written from (see lib/bulletin/generate.ts): the cached
 * snapshot and structure, and 报送及时率 as of the end of the bulletin's `date`.
 */
export function getBulletinInput(campaign: Campaign, period: string, date: string): BulletinInput {
  return {
    campaign: { name: campaign.name, year: campaign.year },
    period,
    date,
    settings: getCampaignSettings(campaign),
    demo: isDemoDatabase(),
    snapshot: getPeriodSnapshot(campaign, period),
    structure: getCampaignStructureIn(campaign.id, period),
    onTime: getOnTimeRates(campaign, period, bulletinAsOf(date)),
    workItems: listWorkItems(),
  };
}
