import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { appMeta, campaigns, periods, type Campaign, type Period } from '@/db/schema';

/**
 * The current campaign — the most recent year (of two in one year, the later created) — or
 * undefined in an empty installation. It is shown when no year is chosen, and it is the only
 * campaign that takes writes: every other one is a past year, read-only (db/mutations/campaign-years.ts).
 */
export function findActiveCampaign(): Campaign | undefined {
  return getDb().select().from(campaigns).orderBy(desc(campaigns.year), desc(campaigns.id)).limit(1).get();
}

/** Every campaign, the most recent year first (as the 年度 selector lists them). */
export function listCampaigns(): Campaign[] {
  return getDb().select().from(campaigns).orderBy(desc(campaigns.year), desc(campaigns.id)).all();
}

/** The campaign with this id, or undefined. */
export function findCampaign(id: number): Campaign | undefined {
  return getDb().select().from(campaigns).where(eq(campaigns.id, id)).get();
}

/** The campaign shown by default. Throws when the database holds none (the layout shows that case first). */
export function getActiveCampaign(): Campaign {
  const row = findActiveCampaign();
  if (!row) throw new Error('数据库中没有任何竞赛活动，请先运行 npm run seed 或由管理员创建活动。');
  return row;
}

/** The campaign's opened periods, oldest first. */
export function listPeriods(campaignId: number): Period[] {
  return getDb().select().from(periods).where(eq(periods.campaignId, campaignId)).orderBy(asc(periods.period)).all();
}

export function getPeriod(campaignId: number, period: string): Period | undefined {
  return listPeriods(campaignId).find((p) => p.period === period);
}

/** True when this installation holds the generated demo (演示环境). */
export function isDemoDatabase(): boolean {
  return getDb().select().from(appMeta).where(eq(appMeta.key, 'demo')).get()?.value === '1';
}
