import 'server-only';
import { and, eq, gte, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { periods, progressEntries, type Campaign } from '@/db/schema';
import { onTimeByUnit, parseInstant, type UnitOnTime } from '@/lib/metrics';
import { cached } from './cache';
import { getCampaignStructure } from './structure';

/**
 * 报送及时率 per responsible unit for reporting round `round` and the campaign year up to it, as
 * of the instant `asOf` (the reporting clock getNow(), or the day a 通报 is dated — always the
 * caller's; it enters the cache key as the deadlines it has passed, which is all it decides). See lib/metrics onTimeByUnit: a figure is due in the round
 * that owes it (错月: data month + lag) once that round's deadline is at or before `asOf`, and is on
 * time when its FIRST submission is at or before that deadline (a return and resubmission do not
 * make it late). Units with nothing due are absent. Rates are fractions 0..1, not rounded.
 */
export function getOnTimeRates(campaign: Campaign, round: string, asOf: Date): Map<number, UnitOnTime> {
  const at = asOf.toISOString();
  const db = getDb();
  const rounds = db
    .select({ period: periods.period, deadline: periods.deadline })
    .from(periods)
    .where(eq(periods.campaignId, campaign.id))
    .all();
  // The instant matters only through the deadlines it has passed: key by those, so that every
  // instant between two deadlines shares one entry (a key per millisecond would never be reused).
  const passed = rounds
    .filter((r) => (parseInstant(r.deadline) ?? Infinity) <= asOf.getTime())
    .map((r) => r.period)
    .sort()
    .join(',');
  return cached(`ontime:${campaign.id}:${round}:${passed}`, () => {
    const s = getCampaignStructure(campaign.id);
    const year = campaign.year;
    const submissions = db
      .select({
        indicatorId: progressEntries.indicatorId,
        period: progressEntries.period,
        firstSubmittedAt: progressEntries.firstSubmittedAt,
      })
      .from(progressEntries)
      .where(and(gte(progressEntries.period, `${year}-01`), lte(progressEntries.period, `${year}-12`)))
      .all();
    return onTimeByUnit({ year, round, asOf: at, rounds, indicators: s.indicators, submissions });
  });
}

/** The year-to-date 报送及时率 of each unit (null: nothing due yet), the column of the unit rankings. */
export function ytdRates(rows: Map<number, UnitOnTime>): Map<number, number | null> {
  return new Map([...rows].map(([id, r]) => [id, r.rateYtd]));
}
