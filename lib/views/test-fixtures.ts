/**
 * A small campaign for the tests of lib/views, run through the real engine (computeSnapshot), so
 * the builders are tested on the figures the pages show. Not part of the public API.
 *
 * | ind | TF | kind / direction         | target             | values                         |
 * |-----|----|--------------------------|--------------------|--------------------------------|
 * | 197 | 11 | cumulative, lower (起)   | 控制线12, phased 8 @09 | 1起 a month (9起 by September) |
 * | 301 | 11 | cumulative, higher (万元) | 1,200              | 1,000 by September             |
 * | 68  | 12 | cumulative, lower (处)   | 0 (零容忍)          | 0 in January, then 1处          |
 * | 169 | 21 | level, lower (%)         | 3.5                | 2.8 in August, 2.7 in September |
 * | 300 | 21 | cumulative, higher (万元) | 2,000,000 (200亿元) | 120,000 a month                |
 */
import type { Competition, Indicator, Person, TaskForce, Unit } from '@/db/schema';
import { computeSnapshot, DEFAULT_SETTINGS, periodKey } from '@/lib/metrics';
import type { DashboardData } from './context';
import { snapshotStructure, type CampaignStructure } from './structure';

const active = { archivedFrom: null, archivedAt: null };

const unit = (id: number, name: string, kind: Unit['kind']): Unit => ({
  id,
  name,
  shortName: null,
  kind,
  regionCode: null,
  sortOrder: id,
  ...active,
});

const competition = (id: number, name: string, shortName: string): Competition => ({
  id,
  campaignId: 1,
  name,
  shortName,
  description: null,
  leadPersonId: 1,
  leadUnitId: 1,
  sortOrder: id,
  ...active,
});

const taskForce = (id: number, competitionId: number, name: string): TaskForce => ({
  id,
  competitionId,
  name,
  goal: `${name}的目标`,
  leadPersonId: 1,
  leadUnitId: 1,
  sortOrder: id,
  ...active,
});

function indicator(id: number, taskForceId: number, name: string, over: Partial<Indicator>): Indicator {
  return {
    id,
    taskForceId,
    name,
    kind: 'cumulative',
    direction: 'higher',
    unit: '万元',
    annualTarget: null,
    targetRank: null,
    weight: 1,
    responsibleUnitId: 1,
    lagMonths: 0,
    combinedJanFeb: false,
    hasCountyComparison: false,
    sortOrder: id,
    ...active,
    ...over,
  };
}

export const STRUCTURE: CampaignStructure = {
  competitions: [competition(1, '平安建设竞赛', '平安'), competition(2, '民生实事竞赛', '民生')],
  taskForces: [taskForce(11, 1, '安全生产专班'), taskForce(12, 1, '拆违控违专班'), taskForce(21, 2, '就业创业专班')],
  indicators: [
    indicator(197, 11, '生产安全事故起数', { direction: 'lower', unit: '起', annualTarget: 12 }),
    indicator(301, 11, '安全投入', { annualTarget: 1200 }),
    indicator(68, 12, '新增违法建筑', { direction: 'lower', unit: '处', annualTarget: 0, responsibleUnitId: 3 }),
    indicator(169, 21, '城镇登记失业率', {
      kind: 'level',
      direction: 'lower',
      unit: '%',
      annualTarget: 3.5,
      responsibleUnitId: 2,
      hasCountyComparison: true,
    }),
    indicator(300, 21, '固定资产投资', { annualTarget: 2_000_000, responsibleUnitId: 2 }),
  ],
  phasedTargets: new Map([
    [
      197,
      [
        { period: '2020-03', target: 2 },
        { period: '2020-06', target: 6 },
        { period: '2020-09', target: 8 },
        { period: '2020-12', target: 12 },
      ],
    ],
  ]),
  steps: new Map(),
  units: new Map(
    [unit(1, '区应急管理局', 'department'), unit(2, '区人力社保局', 'department'), unit(3, '石梁镇', 'township')].map((u) => [u.id, u]),
  ),
  people: new Map<number, Person>([[1, { id: 1, name: '张三', title: '副区长', unitId: null, sortOrder: 0, ...active }]]),
};

/** The value of each fixture indicator for month m (1..9). */
const VALUE: Record<number, (m: number) => number> = {
  197: (m) => m,
  301: (m) => Math.round((1000 * m) / 9),
  68: (m) => (m === 1 ? 0 : 1),
  169: (m) => (m === 9 ? 2.7 : 2.8),
  300: (m) => 120_000 * m,
};

/** Approved entries January–September 2020. */
export const ENTRIES = STRUCTURE.indicators.flatMap((i) =>
  Array.from({ length: 9 }, (_, k) => ({
    indicatorId: i.id,
    period: periodKey(2020, k + 1),
    value: VALUE[i.id]!(k + 1),
    status: 'approved',
  })),
);

/** 城镇登记失业率 of the six counties (the district 330802 third lowest in September, fourth in August). */
export const COUNTY_VALUES = [
  ['330802', 2.7, 3.0],
  ['330803', 2.5, 2.6],
  ['330822', 2.6, 2.9],
  ['330824', 3.1, 2.8],
  ['330825', 3.3, 3.2],
  ['330881', 3.0, 3.4],
].flatMap(([code, sep, aug]) => [
  { indicatorId: 169, period: '2020-09', regionCode: code as string, value: sep as number },
  { indicatorId: 169, period: '2020-08', regionCode: code as string, value: aug as number },
]);

/** The fixture campaign's data for `period`, through computeSnapshot (first period 2020-01). */
export function fixtureData(period: string): DashboardData {
  const s = STRUCTURE;
  const snapshot = computeSnapshot({
    period,
    settings: DEFAULT_SETTINGS,
    homeRegionCode: '330802',
    firstPeriod: '2020-01',
    year: 2020,
    ...snapshotStructure(s),
    entries: ENTRIES.filter((e) => e.period <= period),
    countyValues: COUNTY_VALUES.filter((v) => v.period <= period),
  });
  return { ctx: { period, settings: DEFAULT_SETTINGS }, structure: s, snapshot };
}
