/**
 * The 2020 Kecheng demo: campaign 六抓六比·八大竞赛 as of period 2020-09 (the 9 October meeting).
 * Deterministic: the same seed and scale give the same database on every machine.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../connection';
import { CLOCK_META_KEY } from '../../lib/clock/clock';
import { appMeta, campaigns } from '../schema';
import { seedCampaign } from './campaign';
import { DEMO_CLOCK, SEED_LAST_DAY } from './demo-day';
import { seedEntries } from './entries';
import { seedProjects, seedVillages, seedWorkItems } from './extras';
import { seedOrganisation } from './organisation';
import { publishLockedPeriods } from './published';
import { createRng } from './random';
import { seedSourceFacts } from './source-facts';
import { seedDemoUsers } from './users';
import { seedVillageEconomy } from './village-economy';

export const DEMO_YEAR = 2020;
export const DEMO_PERIOD = '2020-09';
export const DEMO_OPEN_PERIOD = '2020-10';
export { DEMO_CLOCK } from './demo-day';

export interface SeedOptions {
  /** 1 = the demo; 10 = ≈400 task forces, ≈5,000 indicators, 5 years of months, ≈2,000 villages. */
  scale?: number;
  seed?: number;
}

export interface SeedSummary {
  taskForces: number;
  indicators: number;
  entries: number;
  villages: number;
}

export function isDatabaseEmpty(db: Db): boolean {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(campaigns)
      .get()!.n === 0
  );
}

/** Fills an empty, migrated database with the demo. Runs in one transaction. */
export function seedDemo(db: Db, options: SeedOptions = {}): SeedSummary {
  const scale = Math.max(1, Math.min(20, Math.round(options.scale ?? 1)));
  const rng = createRng(options.seed ?? 20201009);
  const years = scale > 1 ? [2016, 2017, 2018, 2019, 2020] : [DEMO_YEAR];
  db.$client.transaction(() => {
    const txDb = db;
    const org = seedOrganisation(txDb);
    const { campaignId, indicators, taskForceIds } = seedCampaign(txDb, org, rng, { scale, year: DEMO_YEAR, currentPeriod: DEMO_PERIOD });
    seedEntries(txDb, rng, { campaignId, indicators, years, lastPeriod: DEMO_PERIOD, openPeriod: DEMO_OPEN_PERIOD });
    seedSourceFacts(txDb);
    seedVillages(txDb, rng, org.townshipIds, scale);
    seedVillageEconomy(txDb, rng, DEMO_YEAR);
    seedWorkItems(txDb, rng, taskForceIds, (i) => org.townshipIds[i % org.townshipIds.length]!, {
      year: DEMO_YEAR,
      lastDay: SEED_LAST_DAY,
    });
    seedProjects(txDb, rng, campaignId, DEMO_YEAR);
    seedDemoUsers(txDb);
    publishLockedPeriods(txDb, campaignId);
    txDb
      .insert(appMeta)
      .values([
        { key: 'demo', value: '1' },
        { key: 'demo_scale', value: String(scale) },
        // The demo runs on its meeting day, 2020年10月9日 (lib/clock).
        { key: CLOCK_META_KEY, value: DEMO_CLOCK },
      ])
      .run();
  })();
  const count = (table: string) => (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return {
    taskForces: count('task_forces'),
    indicators: count('indicators'),
    entries: count('progress_entries'),
    villages: count('villages'),
  };
}
