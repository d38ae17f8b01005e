/**
 * A small hand-built campaign for the tests of lib/deck, lib/pptx and lib/bulletin: three
 * competitions, four task forces, eight indicators of every kind and direction, evaluated by the
 * engine (computeSnapshot) for 2020-09 against 2020-08. Month mode (序时 9月 75.0%, 8月 66.7%),
 * tolerance 5 百分点, score cap 120, 红榜/黄榜 size 1, warning line 70. The figures the tests
 * expect are computed by hand below, from the rules of the domain:
 *
 * | ind | TF | kind, direction          | target        | 8月 → 9月 (approved) | 9月 status, score               |
 * |-----|----|--------------------------|---------------|----------------------|---------------------------------|
 * | 101 | 11 | cumulative, higher 万元   | 200 000       | 114 000 → 148 000    | 74.0% vs 75.0%: 略滞后, 98.7     |
 * | 102 | 11 | cumulative, higher 万美元 | 1 000         | 450 → 520            | 52.0% vs 75.0%: 严重滞后, 69.3   |
 * | 103 | 12 | level, lower %           | 3.5           | 3.8 → 2.7            | 0.8 below: 达标, 100             |
 * | 104 | 12 | milestone                | 2 steps       | 1 due, done on time  | on schedule (ahead), 100         |
 * | 105 | 21 | cumulative, higher 个     | 1 000         | 1 500 → 1 800        | 180% (150% in a mean), 120       |
 * | 106 | 21 | rank (前3)               | 3             | — (9月 submitted)    | 未报送 (待审核), 0               |
 * | 197 | 31 | ceiling 起 (×2 weight)   | 12, 9月 line 8 | 7 → 9                | 1起 over = 8.3 百分点: 严重滞后, 88.9 |
 * | 108 | 31 | 零容忍 ceiling 处         | 0             | 0 → 1                | 发生1处: 严重滞后, 0             |
 *
 * Task forces 9月 (8月): 11 = 84.0 (76.5), 12 = 100 (98.5), 21 = 60 (60), 31 = (2×88.9+0)/3 = 59.3
 * ((2×114.3+120)/3 = 116.2) ⇒ ranks 12, 11, 21, 31 (8月 31, 12, 11, 21): 11 ▲1, 12 ▲1, 21 ▲1, 31 ▼3.
 * Competitions 9月 (8月): 1 = 92.0 (87.5), 2 = 60 (60), 3 = 59.3 (116.2) ⇒ 1 ▲1, 2 ▲1, 3 ▼2.
 * Group progress 9月: TF 11 and competition 1 = (74% + 52%)/2 = 63.0% vs 75.0% ⇒ 12 百分点 behind,
 * 严重滞后; TF 21 and competition 2 = 150% vs 75% ⇒ 达到序时; TF 12 (a level and a milestone), TF 31
 * and competition 3 (ceilings only) have nothing to average: counted by status.
 * County ranks 9月 (8月), six counties: 101 2nd (3rd) ▲1; 103 5th (3rd) ▼2, bottom third; 105 1st (1st).
 * 弱项, weakest first: 108 (0), 102 (69.3), 197 (88.9), 103 (100, bottom third).
 */
import { computeSnapshot, DEFAULT_SETTINGS, type CampaignSettings, type PeriodSnapshot, type SnapshotInput } from '@/lib/metrics';
import type { DeckSource } from './source';
import type { MeetingSpec } from './types';

export const FIXTURE_SETTINGS: CampaignSettings = { ...DEFAULT_SETTINGS, honourListSize: 1, warningScoreBelow: 70 };

type Ind = SnapshotInput['indicators'][number];

function ind(
  id: number,
  taskForceId: number,
  unitId: number,
  input: Partial<Ind['input']> & Pick<Ind['input'], 'kind'>,
  extra: Partial<Ind> = {},
): Ind {
  return {
    id,
    taskForceId,
    responsibleUnitId: unitId,
    weight: 1,
    hasCountyComparison: false,
    input: {
      direction: 'higher',
      unit: '',
      annualTarget: null,
      targetRank: null,
      lagMonths: 0,
      combinedJanFeb: false,
      phasedTargets: [],
      ...input,
    },
    ...extra,
  };
}

const INDICATORS: Ind[] = [
  ind(101, 11, 100, { kind: 'cumulative', unit: '万元', annualTarget: 200000 }, { hasCountyComparison: true }),
  ind(102, 11, 100, { kind: 'cumulative', unit: '万美元', annualTarget: 1000 }),
  ind(103, 12, 102, { kind: 'level', direction: 'lower', unit: '%', annualTarget: 3.5 }, { hasCountyComparison: true }),
  ind(104, 12, 102, {
    kind: 'milestone',
    steps: [
      { plannedDate: '2020-06-30', doneDate: '2020-06-20' },
      { plannedDate: '2020-12-31', doneDate: null },
    ],
  }),
  ind(105, 21, 101, { kind: 'cumulative', unit: '个', annualTarget: 1000 }, { hasCountyComparison: true }),
  ind(106, 21, 101, { kind: 'rank', unit: '名', targetRank: 3 }),
  ind(
    197,
    31,
    103,
    { kind: 'cumulative', direction: 'lower', unit: '起', annualTarget: 12, phasedTargets: [{ period: '2020-09', target: 8 }] },
    { weight: 2 },
  ),
  ind(108, 31, 103, { kind: 'cumulative', direction: 'lower', unit: '处', annualTarget: 0 }),
];

const VALUES: [number, number, number][] = [
  [101, 114000, 148000],
  [102, 450, 520],
  [103, 3.8, 2.7],
  [105, 1500, 1800],
  [197, 7, 9],
  [108, 0, 1],
];

/** The six counties' values: [indicator, period, home value, the other five]. */
const COUNTY: [number, string, number, number[]][] = [
  [101, '2020-08', 150, [200, 180, 100, 90, 80]],
  [101, '2020-09', 150, [200, 100, 90, 80, 70]],
  [103, '2020-08', 2.7, [2.0, 2.1, 2.9, 3.0, 3.1]],
  [103, '2020-09', 2.7, [2.0, 2.1, 2.2, 2.5, 3.0]],
  [105, '2020-08', 1800, [900, 800, 700, 600, 500]],
  [105, '2020-09', 1800, [900, 800, 700, 600, 500]],
];
const OTHERS = ['330803', '330822', '330824', '330825', '330881'];

/** The snapshot's input; `entries` may be replaced (an open round, another month). */
export function fixtureSnapshotInput(period = '2020-09'): SnapshotInput {
  return {
    period,
    settings: FIXTURE_SETTINGS,
    homeRegionCode: '330802',
    competitions: [{ id: 1 }, { id: 2 }, { id: 3 }],
    taskForces: [
      { id: 11, competitionId: 1 },
      { id: 12, competitionId: 1 },
      { id: 21, competitionId: 2 },
      { id: 31, competitionId: 3 },
    ],
    units: [100, 101, 102, 103].map((id) => ({ id, kind: 'department' })),
    indicators: INDICATORS,
    entries: [
      ...VALUES.flatMap(([indicatorId, aug, sep]) => [
        { indicatorId, period: '2020-08', value: aug, status: 'approved' },
        { indicatorId, period: '2020-09', value: sep, status: 'approved' },
      ]),
      { indicatorId: 106, period: '2020-09', value: 4, status: 'submitted' },
    ],
    countyValues: COUNTY.flatMap(([indicatorId, p, home, others]) => [
      { indicatorId, period: p, regionCode: '330802', value: home },
      ...others.map((value, i) => ({ indicatorId, period: p, regionCode: OTHERS[i]!, value })),
    ]),
  };
}

export function fixtureSnapshot(input: SnapshotInput = fixtureSnapshotInput()): PeriodSnapshot {
  return computeSnapshot(input);
}

export function fixtureSource(overrides: Partial<DeckSource> = {}): DeckSource {
  return {
    campaign: { name: '六抓六比·八大竞赛', year: 2020 },
    settings: FIXTURE_SETTINGS,
    demo: true,
    snapshot: fixtureSnapshot(),
    structure: {
      competitions: [
        { id: 1, name: '项目攻坚竞赛', shortName: '项目攻坚', leadPersonId: 1, leadUnitId: 100 },
        { id: 2, name: '民生实事竞赛', shortName: '民生实事', leadPersonId: null, leadUnitId: 101 },
        { id: 3, name: '平安法治竞赛', shortName: '平安法治', leadPersonId: null, leadUnitId: 103 },
      ],
      taskForces: [
        { id: 11, competitionId: 1, name: '招商引资专班', goal: '全年引进亿元以上产业项目20个', leadPersonId: 2, leadUnitId: 100 },
        { id: 12, competitionId: 1, name: '项目前期专班', goal: '谋划储备重大项目100个以上', leadPersonId: null, leadUnitId: 102 },
        { id: 21, competitionId: 2, name: '教育提升专班', goal: '新建改扩建学校5所', leadPersonId: null, leadUnitId: 101 },
        { id: 31, competitionId: 3, name: '安全生产专班', goal: '生产安全事故起数控制在12起以内', leadPersonId: null, leadUnitId: 103 },
      ],
      indicators: [
        { id: 101, taskForceId: 11, name: '固定资产投资', responsibleUnitId: 100 },
        { id: 102, taskForceId: 11, name: '实际利用外资', responsibleUnitId: 100 },
        { id: 103, taskForceId: 12, name: '城镇登记失业率', responsibleUnitId: 102 },
        { id: 104, taskForceId: 12, name: '项目前期节点', responsibleUnitId: 102 },
        { id: 105, taskForceId: 21, name: '学位新增数', responsibleUnitId: 101 },
        { id: 106, taskForceId: 21, name: '教育质量全市排名', responsibleUnitId: 101 },
        { id: 197, taskForceId: 31, name: '生产安全事故起数', responsibleUnitId: 103 },
        { id: 108, taskForceId: 31, name: '新增违法建筑', responsibleUnitId: 103 },
      ],
      units: new Map([
        [100, { name: '区发改局' }],
        [101, { name: '区教育局' }],
        [102, { name: '区住建局' }],
        [103, { name: '区应急管理局' }],
      ]),
      people: new Map([
        [1, { name: '徐登富', title: '区委常委' }],
        [2, { name: '张三', title: '副区长' }],
      ]),
    },
    ...overrides,
  };
}

export const FIXTURE_MEETING: MeetingSpec = {
  title: '互看互学互比暨“六抓六比·八大竞赛”推进会',
  meetingDate: '2020-10-09',
  period: '2020-09',
  slides: [
    { kind: 'cover', competitionId: null, title: null, notes: '' },
    { kind: 'overview', competitionId: null, title: null, notes: '' },
    { kind: 'competition', competitionId: 1, title: null, notes: '请发改局汇报' },
    { kind: 'honour', competitionId: null, title: '红黄榜', notes: '' },
    { kind: 'weak', competitionId: null, title: null, notes: '' },
    { kind: 'closing', competitionId: null, title: null, notes: '' },
  ],
};
