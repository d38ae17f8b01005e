import type { Db } from '../connection';
import {
  campaigns,
  competitions,
  indicators,
  indicatorSteps,
  phasedTargets,
  taskForceMembers,
  taskForces,
  type IndicatorKind,
  type Direction,
} from '../schema';
import { DEFAULT_SETTINGS } from '../../lib/metrics/settings';
import { CAMPAIGN_NAME, COMPETITIONS, type IndicatorTemplate } from './catalogue';
import type { Organisation } from './organisation';
import type { Rng } from './random';
import { HOME_COUNTY } from './reference';

/** What the value generator needs to know of each indicator. */
export interface SeededIndicator {
  id: number;
  /** Indicators with the same name and unit report one shared statistic (db/seed/entries.ts). */
  name: string;
  taskForceIndex: number;
  kind: IndicatorKind;
  direction: Direction;
  unit: string;
  target: number | null;
  targetRank: number | null;
  lag: number;
  combinedJanFeb: boolean;
  county: boolean;
  /** Plausible values (catalogue `range`), or null for the default of the unit. */
  range: [number, number] | null;
  /** Performance factor: 1 = exactly on time progress. */
  performance: number;
}

export const COUNT_UNITS = new Set(['个', '家', '户', '人', '所', '条', '处', '起', '件', '张', '名', '项']);

function roundTarget(t: IndicatorTemplate, v: number): number {
  if (t.kind === 'rank') return Math.round(v);
  // A level in 人 is a density (每千人口 3.4人), not a head count.
  if (t.kind !== 'level' && COUNT_UNITS.has(t.unit)) return Math.round(v);
  if (t.unit === '万元') return Math.round(v / 100) * 100;
  if (t.kind === 'level') return Math.round(v * 10) / 10;
  return Math.round(v * 10) / 10;
}

/** Competition leaders: the page names 王永明 (政法委书记), 徐登富 and 徐连土; the rest are 演示数据. */
const COMPETITION_LEADERS: Record<string, string> = { 平安法治竞赛: '王永明', 改革攻坚竞赛: '徐登富', 民生实事竞赛: '徐连土' };

export function seedCampaign(
  db: Db,
  org: Organisation,
  rng: Rng,
  opts: { scale: number; year: number; currentPeriod: string },
): { campaignId: number; indicators: SeededIndicator[]; taskForceIds: number[] } {
  const campaign = db
    .insert(campaigns)
    .values({
      name: CAMPAIGN_NAME,
      year: opts.year,
      homeRegionCode: HOME_COUNTY,
      currentPeriod: opts.currentPeriod,
      settings: { ...DEFAULT_SETTINGS } as unknown as Record<string, unknown>,
      isDemo: true,
    })
    .returning({ id: campaigns.id })
    .get();
  const unit = (name: string) => {
    const id = org.unitIds.get(name);
    if (id === undefined) throw new Error(`unknown unit ${name}`);
    return id;
  };
  const out: SeededIndicator[] = [];
  const taskForceIds: number[] = [];
  let leaderCursor = 0;
  const nextLeader = () => org.leaderIds[leaderCursor++ % org.leaderIds.length]!;

  COMPETITIONS.forEach((c, ci) => {
    const named = COMPETITION_LEADERS[c.name];
    const comp = db
      .insert(competitions)
      .values({
        campaignId: campaign.id,
        name: c.name,
        shortName: c.shortName,
        leadPersonId: named ? org.namedLeaderIds.get(named)! : nextLeader(),
        leadUnitId: unit(c.leadUnit),
        sortOrder: ci + 1,
      })
      .returning({ id: competitions.id })
      .get();
    const copies = Math.max(1, Math.round(opts.scale));
    for (let copy = 0; copy < copies; copy++) {
      c.taskForces.forEach((def, ti) => {
        const name = copy === 0 ? def.name : `${def.name.replace(/专班$/, '')}（第${copy + 1}组）专班`;
        const tfRow = db
          .insert(taskForces)
          .values({
            competitionId: comp.id,
            name,
            goal: def.goal,
            leadPersonId: nextLeader(),
            leadUnitId: unit(def.leadUnit),
            sortOrder: copy * 10 + ti + 1,
          })
          .returning({ id: taskForces.id })
          .get();
        taskForceIds.push(tfRow.id);
        const members = [...new Set([def.leadUnit, ...def.members])];
        db.insert(taskForceMembers)
          .values(members.map((m) => ({ taskForceId: tfRow.id, unitId: unit(m) })))
          .run();

        const tfPerformance = Math.min(1.3, Math.max(0.7, rng.normal(1.03, 0.08)));
        const count = opts.scale > 1 ? rng.int(8, 17) : rng.int(3, 8);
        const pool = rng.shuffle(c.pool);
        const chosen: IndicatorTemplate[] = [];
        for (let k = 0; k < count; k++) chosen.push(pool[k % pool.length]!);
        // Every task force mixes kinds: make sure it has a cumulative one first.
        chosen.sort((a, b) => (a.kind === 'cumulative' ? -1 : 0) - (b.kind === 'cumulative' ? -1 : 0));
        // Townships among the members answer for every other indicator (no random draw, so the
        // demo's values stay as they were); the rest belong to the template's department.
        const township = members.find((m) => /(街道|镇|乡)$/.test(m));
        chosen.forEach((t, k) => {
          const repeat = chosen.slice(0, k).filter((x) => x.name === t.name).length;
          const indicator = insertIndicator(db, rng, t, {
            taskForceId: tfRow.id,
            responsibleUnitId: unit(township && k % 2 === 1 ? township : t.dept),
            name: repeat ? `${t.name}（${['二', '三', '四'][repeat - 1] ?? repeat + 1}）` : t.name,
            sortOrder: k + 1,
            year: opts.year,
          });
          out.push({
            ...indicator,
            taskForceIndex: taskForceIds.length - 1,
            performance: Math.min(1.35, Math.max(0.55, tfPerformance * rng.normal(1, 0.05))),
          });
        });
      });
    }
  });
  return { campaignId: campaign.id, indicators: out, taskForceIds };
}

function insertIndicator(
  db: Db,
  rng: Rng,
  t: IndicatorTemplate,
  o: { taskForceId: number; responsibleUnitId: number; name: string; sortOrder: number; year: number },
): Omit<SeededIndicator, 'taskForceIndex' | 'performance'> {
  const direction = t.direction ?? 'higher';
  const raw = rng.range(t.target[0], t.target[1]);
  const target = t.kind === 'cumulative' || t.kind === 'level' ? roundTarget(t, raw) : null;
  const targetRank = t.kind === 'rank' ? roundTarget(t, raw) : null;
  const county = Boolean(t.county) && (t.kind === 'cumulative' || t.kind === 'level');
  const row = db
    .insert(indicators)
    .values({
      taskForceId: o.taskForceId,
      name: o.name,
      kind: t.kind,
      direction,
      unit: t.unit,
      annualTarget: target,
      targetRank,
      weight: rng.chance(0.2) ? 2 : 1,
      responsibleUnitId: o.responsibleUnitId,
      lagMonths: t.lag ?? 0,
      combinedJanFeb: Boolean(t.combinedJanFeb),
      hasCountyComparison: county,
      sortOrder: o.sortOrder,
    })
    .returning({ id: indicators.id })
    .get();
  if (t.kind === 'cumulative' && target !== null && target > 0 && rng.chance(0.5)) {
    const shares = [0.2, 0.45, 0.72, 1].map((s) => Math.min(1, s + rng.range(-0.03, 0.03)));
    db.insert(phasedTargets)
      .values(
        ['03', '06', '09', '12'].map((m, i) => ({
          indicatorId: row.id,
          period: `${o.year}-${m}`,
          target: roundTarget(t, target * shares[i]!),
        })),
      )
      .run();
  }
  if (t.kind === 'milestone' && t.steps) {
    const n = t.steps.length;
    db.insert(indicatorSteps)
      .values(
        t.steps.map((title, i) => {
          const month = Math.min(12, Math.round(((i + 1) * 11) / n) + rng.int(-1, 0));
          const day = rng.int(10, 28);
          return {
            indicatorId: row.id,
            title,
            plannedDate: `${o.year}-${String(Math.max(1, month)).padStart(2, '0')}-${day}`,
            sortOrder: i + 1,
          };
        }),
      )
      .run();
  }
  return {
    id: row.id,
    name: o.name,
    kind: t.kind,
    direction,
    unit: t.unit,
    target,
    targetRank,
    lag: t.lag ?? 0,
    combinedJanFeb: Boolean(t.combinedJanFeb),
    county,
    range: t.range ?? null,
  };
}
