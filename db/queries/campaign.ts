import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { appMeta, campaigns, periods, type Campaign, type Period } from '@/db/schema';

/** The campaign shown by default (the most recent year), or undefined in an empty installation. */
export function findActiveCampaign(): Campaign | undefined {
  return getDb().select().from(campaigns).orderBy(desc(campaigns.year), desc(campaigns.id)).limit(1).get();
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
