import 'server-only';
import { and, eq, gte, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { periods, progressEntries, type Campaign } from '@/db/schema';
import { onTimeByUnit, onTimeRate, shiftPeriod, type UnitOnTime } from '@/lib/metrics';
import { cached } from './cache';
import { getNow } from './clock';
import { getCampaignStructure } from './structure';

/**
 * 报送及时率 per responsible unit, for the campaign year up to `period`: entries submitted by their
 * deadline ÷ entries due. An entry is due for each (non-milestone) indicator and each opened period
 * whose deadline has passed; a lagged indicator's figure for month M is due with period M + lag;
 * January of a 1—2月 combined indicator is not due. A due entry never submitted counts as not on time.
 * null for a unit with nothing due yet.
 */
export function getOnTimeRates(campaign: Campaign, period: string, now = getNow()): Map<number, number | null> {
  return cached(`ontime:${campaign.id}:${period}`, () => {
    const s = getCampaignStructure(campaign.id);
    const db = getDb();
    const year = period.slice(0, 4);
    const deadlines = new Map(
      db
        .select()
        .from(periods)
        .where(and(eq(periods.campaignId, campaign.id), gte(periods.period, `${year}-01`), lte(periods.period, period)))
        .all()
        .map((p) => [p.period, p.deadline]),
    );
    const submitted = new Map(
      db
        .select({ indicatorId: progressEntries.indicatorId, period: progressEntries.period, submittedAt: progressEntries.submittedAt })
        .from(progressEntries)
        .where(and(gte(progressEntries.period, `${year}-01`), lte(progressEntries.period, period)))
        .all()
        .map((e) => [`${e.indicatorId}:${e.period}`, e.submittedAt]),
    );
    const byUnit = new Map<number, { submittedAt: string | null; deadline: string }[]>();
    for (const ind of s.indicators) {
      if (ind.kind === 'milestone' || ind.responsibleUnitId === null) continue;
      for (const [p, deadline] of deadlines) {
        const dataPeriod = shiftPeriod(p, -ind.lagMonths);
        if (dataPeriod.slice(0, 4) !== year) continue;
        if (ind.combinedJanFeb && dataPeriod.endsWith('-01')) continue;
        const list = byUnit.get(ind.responsibleUnitId) ?? [];
        list.push({ submittedAt: submitted.get(`${ind.id}:${dataPeriod}`) ?? null, deadline });
        byUnit.set(ind.responsibleUnitId, list);
      }
    }
    return new Map([...s.units.keys()].map((id) => [id, onTimeRate(byUnit.get(id) ?? [], now.toISOString())]));
  });
}

/**
 * 报送及时率 per responsible unit (lib/metrics onTimeByUnit: 错月 by reporting round, each figure
 * judged against the deadline of the round that owes it on its first submission time), for the campaign
 * year's rounds up to `period` whose deadline has passed at `asOf` — the reported round alone and
 * the year to date, with the counts behind each rate. Units with nothing due are absent.
 * Cached per campaign, period and instant.
 */
export function getOnTimeByUnit(campaign: Campaign, period: string, asOf: Date): Map<number, UnitOnTime> {
  const at = asOf.toISOString();
  return cached(`ontime-units:${campaign.id}:${period}:${at}`, () => {
    const s = getCampaignStructure(campaign.id);
    const db = getDb();
    const year = Number(period.slice(0, 4));
    const rounds = db
      .select({ period: periods.period, deadline: periods.deadline })
      .from(periods)
      .where(and(eq(periods.campaignId, campaign.id), gte(periods.period, `${year}-01`), lte(periods.period, period)))
      .all();
    const ids = new Set(s.indicators.map((i) => i.id));
    const submissions = db
      .select({
        indicatorId: progressEntries.indicatorId,
        period: progressEntries.period,
        firstSubmittedAt: progressEntries.firstSubmittedAt,
      })
      .from(progressEntries)
      .where(and(gte(progressEntries.period, `${year}-01`), lte(progressEntries.period, period)))
      .all()
      .filter((e) => ids.has(e.indicatorId));
    return onTimeByUnit({ year, round: period, asOf: at, rounds, indicators: s.indicators, submissions });
  });
}
