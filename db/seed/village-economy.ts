/**
 * Invented (演示数据) village operators, ventures and figures around the source page's 张西自然村,
 * so that the cross-village comparison (households benefited, income growth) has villages to
 * compare. Figures are approved; every row is marked isDemo.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../connection';
import { operators, units, villageMetrics, villageMetricValues, villages, ventures, type VillageMetricRole } from '../schema';
import type { Rng } from './random';

/** Catalogue entries that any village can report (not tied to one person of the page). */
export const GENERAL_METRICS: {
  key: string;
  name: string;
  unit: string;
  ventureKind: 'homestay' | null;
  granularity: 'year' | 'month';
  role: VillageMetricRole | null;
  description: string;
}[] = [
  {
    key: 'farm_income_before',
    name: '带动农户户均经营收入（运营前一年）',
    unit: '万元',
    ventureKind: null,
    granularity: 'year',
    role: 'income_before',
    description: '引入运营方前一年，参与业态经营的农户户均经营收入',
  },
  {
    key: 'farm_income_after',
    name: '带动农户户均经营收入（当年）',
    unit: '万元',
    ventureKind: null,
    granularity: 'year',
    role: 'income_after',
    description: '当年参与业态经营的农户户均经营收入',
  },
  {
    key: 'homestay_households',
    name: '带动参与经营农户',
    unit: '户',
    ventureKind: 'homestay',
    granularity: 'year',
    role: 'households',
    description: '以房屋入股、务工或分成方式参与民宿、餐饮经营的农户',
  },
  {
    key: 'visitors',
    name: '接待游客',
    unit: '人次',
    ventureKind: 'homestay',
    granularity: 'month',
    role: null,
    description: '当月民宿、青年旅社接待人次',
  },
];

const RURAL = ['石梁镇', '航埠镇', '黄家乡', '七里乡', '九华乡', '沟溪乡', '华墅乡', '姜家山乡', '万田乡', '石室乡'];

function insertMetrics(db: Db): Map<string, number> {
  const start = db.select({ id: villageMetrics.id }).from(villageMetrics).all().length;
  const ids = new Map<string, number>();
  GENERAL_METRICS.forEach((m, i) => {
    ids.set(
      m.key,
      db
        .insert(villageMetrics)
        .values({ ...m, sortOrder: start + i + 1 })
        .returning({ id: villageMetrics.id })
        .get().id,
    );
  });
  const teaHouseholds = db
    .select({ id: villageMetrics.id })
    .from(villageMetrics)
    .where(eq(villageMetrics.key, 'households_benefited'))
    .get();
  if (teaHouseholds) ids.set('households_benefited', teaHouseholds.id);
  return ids;
}

/** Two demo villages in each rural township: a tea or herb venture, or a homestay one, with a year of figures. */
export function seedVillageEconomy(db: Db, rng: Rng, year: number): void {
  const metric = insertMetrics(db);
  const townships = db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.name, RURAL)).all();
  for (const t of townships) {
    const demo = db
      .select({ id: villages.id, name: villages.name })
      .from(villages)
      .where(and(eq(villages.townshipUnitId, t.id), eq(villages.isDemo, true)))
      .orderBy(asc(villages.id))
      .limit(2)
      .all();
    demo.forEach((v, i) => seedOne(db, rng, metric, v, year, i % 2 === 0 ? 'tea' : 'homestay'));
  }
}

function seedOne(db: Db, rng: Rng, metric: Map<string, number>, v: { id: number; name: string }, year: number, kind: 'tea' | 'homestay') {
  const op = db
    .insert(operators)
    .values({
      name: `${v.name}强村经营有限公司`,
      villageId: v.id,
      foundedOn: `${year - 1}-${String(rng.int(1, 12)).padStart(2, '0')}`,
      isDemo: true,
    })
    .returning({ id: operators.id })
    .get();
  const venture = db
    .insert(ventures)
    .values({ operatorId: op.id, kind, name: kind === 'tea' ? `${v.name}高山茶` : `${v.name}农家民宿` })
    .returning({ id: ventures.id })
    .get();
  const before = Math.round(rng.range(0.8, 2.2) * 100) / 100;
  const after = Math.round(before * rng.range(1.1, 1.9) * 100) / 100;
  const rows = [
    { key: kind === 'tea' ? 'households_benefited' : 'homestay_households', period: String(year), value: rng.int(12, 90) },
    { key: 'farm_income_before', period: String(year - 1), value: before },
    { key: 'farm_income_after', period: String(year), value: after },
  ];
  if (kind === 'homestay') {
    for (let m = 1; m <= 9; m++) rows.push({ key: 'visitors', period: `${year}-${String(m).padStart(2, '0')}`, value: rng.int(200, 1800) });
  }
  db.insert(villageMetricValues)
    .values(
      rows.map((r) => ({
        ventureId: venture.id,
        metricId: metric.get(r.key)!,
        period: r.period,
        value: r.value,
        status: 'approved' as const,
      })),
    )
    .run();
}
