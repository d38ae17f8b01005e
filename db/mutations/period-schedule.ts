/**
 * Rounds opened by schedule (lib/reporting/schedule.ts), created lazily: the first read of the
 * current campaign after a round's opening day stores that round, audited as opened by the
 * system. Nothing runs in the background.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { perConnection } from '@/db/prepared';
import { campaigns, periods, type Campaign } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { dueRounds, readPeriodSchedule } from '@/lib/reporting/schedule';

/** The periods of a campaign already stored (checked before every write of a scheduled campaign). */
const storedRead = perConnection((db: Db) => {
  const q = db
    .select({ p: periods.period })
    .from(periods)
    .where(eq(periods.campaignId, sql.placeholder('campaignId')))
    .prepare();
  return { all: (params: { campaignId: number }) => q.all(params).map((r) => r.p) };
});

/**
 * Stores the rounds of `campaign` that its schedule has opened by `now` and that are not stored
 * yet, in one transaction (a round opened meanwhile by another request is skipped by the unique
 * index), and moves the campaign's current period forward to the newest of them (never back), so
 * its pages follow the year. Returns how many were stored; 0 for a campaign without a schedule.
 */
export function openDueRounds(db: Db, campaign: Campaign, now: Date): number {
  const schedule = readPeriodSchedule(campaign.settings);
  if (!schedule) return 0;
  const stored = (): Set<string> => new Set(storedRead(db).all({ campaignId: campaign.id }));
  if (dueRounds(campaign.year, schedule, now, stored()).length === 0) return 0;
  return db.$client.transaction(() => {
    const due = dueRounds(campaign.year, schedule, now, stored());
    for (const r of due) {
      const row = db
        .insert(periods)
        .values({ campaignId: campaign.id, period: r.period, deadline: r.deadline, locked: false, openedAt: now.toISOString() })
        .onConflictDoNothing()
        .returning()
        .get();
      if (row)
        writeAudit(db, {
          action: 'period.open',
          entityType: 'period',
          entityId: row.id,
          after: { period: row.period, deadline: row.deadline },
          detail: '按计划自动开放',
        });
    }
    advanceCurrentPeriod(
      db,
      campaign.id,
      due.map((r) => r.period),
    );
    return due.length;
  })();
}

/** Moves the current period to the newest of `opened` when that is later (audited as the system's). */
function advanceCurrentPeriod(db: Db, campaignId: number, opened: string[]): void {
  const newest = [...opened].sort().at(-1);
  const before = db.select({ p: campaigns.currentPeriod }).from(campaigns).where(eq(campaigns.id, campaignId)).get()?.p;
  if (!newest || !before || newest <= before) return;
  db.update(campaigns).set({ currentPeriod: newest }).where(eq(campaigns.id, campaignId)).run();
  writeAudit(db, {
    action: 'campaign.current_period',
    entityType: 'campaign',
    entityId: campaignId,
    before: { currentPeriod: before },
    after: { currentPeriod: newest },
    detail: '按计划开放新统计期，当前统计期随之更新',
  });
}
