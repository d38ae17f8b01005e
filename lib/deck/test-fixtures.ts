/**
 * A small hand-built deck source for the tests of lib/deck, lib/pptx and lib/bulletin: two
 * competitions, three task forces, six indicators with chosen evaluations (not computed by the
 * engine, so every expected figure in the tests can be read off this file).
 *
 * | ind | TF | kind       | status  | completion | expected | score | county        | weak |
 * |-----|----|------------|---------|------------|----------|-------|---------------|------|
 * | 101 | 11 | cumulative | ahead   | 0.80       | 0.75     | 106.7 | 2/6, +1       | no   |
 * | 102 | 11 | cumulative | lagging | 0.50       | 0.75     | 66.7  | —             | yes  |
 * | 103 | 12 | level      | behind  | —          | —        | 90    | 5/6, −2       | yes (bottom third) |
 * | 104 | 12 | milestone  | done    | 1.00       | 0.50     | 100   | —             | no   |
 * | 105 | 21 | cumulative | ahead   | 1.80 (cap 1.5) | 0.75 | 120   | 1/6, 0        | no   |
 * | 106 | 21 | rank       | no_data | —          | —        | 0     | —             | no   |
 */
import {
  DEFAULT_SETTINGS,
  emptyEvaluation,
  type IndicatorKind,
  type IndicatorResult,
  type PeriodSnapshot,
  type RankedResult,
  type Status,
} from '@/lib/metrics';
import type { DeckSource } from './source';
import type { MeetingSpec } from './types';

/** The kind of each fixture indicator (see the table above). */
const KIND: Record<number, IndicatorKind> = {
  101: 'cumulative',
  102: 'cumulative',
  103: 'level',
  104: 'milestone',
  105: 'cumulative',
  106: 'rank',
};

function evaluation(id: number, status: Status, completion: number | null, expected: number | null, score: number | null) {
  return {
    ...emptyEvaluation({ kind: KIND[id] ?? 'cumulative', direction: 'higher', unit: '' }, '2020-09', '2020-09', status, score),
    expected,
    completion,
  };
}

function ind(
  id: number,
  taskForceId: number,
  status: Status,
  completion: number | null,
  expected: number | null,
  score: number | null,
  county: [number, number, number | null] | null,
  weak: boolean,
): IndicatorResult {
  return {
    id,
    taskForceId,
    evaluation: evaluation(id, status, completion, expected, score),
    pending: false,
    countyRank: county ? county[0] : null,
    countyTotal: county ? county[1] : 0,
    countyMovement: county ? county[2] : null,
    countyBottomThird: county ? county[0] > Math.ceil((county[1] * 2) / 3) : false,
    weak,
  };
}

const counts = { ahead: 0, behind: 0, lagging: 0, no_data: 0, done: 0, overdue: 0, not_due: 0 };
const NO_PROGRESS = { completion: null, expected: null, gapPp: null, status: null, count: 0, eligible: 0 };
const ranked = (
  id: number,
  score: number | null,
  rank: number | null,
  movement: number | null,
  extra: Partial<RankedResult> = {},
): RankedResult => ({ id, score, rank, previousRank: null, movement, counts, completion: null, progress: NO_PROGRESS, ...extra });

export function fixtureSnapshot(): PeriodSnapshot {
  return {
    period: '2020-09',
    timeProgress: 0.75,
    previousPeriod: '2020-08',
    completeness: { round: '2020-09', due: 6, submitted: 6, approved: 6, share: 1, complete: true },
    indicators: [
      ind(101, 11, 'ahead', 0.8, 0.75, 106.7, [2, 6, 1], false),
      ind(102, 11, 'lagging', 0.5, 0.75, 66.7, null, true),
      ind(103, 12, 'behind', null, null, 90, [5, 6, -2], true),
      ind(104, 12, 'done', 1, 0.5, 100, null, false),
      ind(105, 21, 'ahead', 1.8, 0.75, 120, [1, 6, 0], false),
      ind(106, 21, 'no_data', null, null, 0, null, false),
    ],
    taskForces: [
      { ...ranked(11, 86.7, 2, -1, { counts: { ...counts, ahead: 1, lagging: 1 } }), competitionId: 1 },
      { ...ranked(12, 95, 1, 1, { counts: { ...counts, behind: 1, done: 1 } }), competitionId: 1 },
      { ...ranked(21, 60, 3, 0, { counts: { ...counts, ahead: 1, no_data: 1 } }), competitionId: 2 },
    ],
    competitions: [
      { ...ranked(1, 90.9, 1, 1, { counts: { ...counts, ahead: 1, lagging: 1, behind: 1, done: 1 } }), taskForceIds: [11, 12] },
      { ...ranked(2, 60, 2, -1, { counts: { ...counts, ahead: 1, no_data: 1 } }), taskForceIds: [21] },
    ],
    units: [],
  };
}

export function fixtureSource(overrides: Partial<DeckSource> = {}): DeckSource {
  return {
    campaign: { name: '六抓六比·八大竞赛', year: 2020 },
    settings: { ...DEFAULT_SETTINGS, honourListSize: 1, warningScoreBelow: 70 },
    demo: true,
    snapshot: fixtureSnapshot(),
    structure: {
      competitions: [
        { id: 1, name: '项目攻坚竞赛', shortName: '项目攻坚', leadPersonId: 1, leadUnitId: 100 },
        { id: 2, name: '民生实事竞赛', shortName: '民生实事', leadPersonId: null, leadUnitId: 101 },
      ],
      taskForces: [
        { id: 11, competitionId: 1, name: '招商引资专班', goal: '全年引进亿元以上产业项目20个', leadPersonId: 2, leadUnitId: 100 },
        { id: 12, competitionId: 1, name: '项目前期专班', goal: '谋划储备重大项目100个以上', leadPersonId: null, leadUnitId: 102 },
        { id: 21, competitionId: 2, name: '教育提升专班', goal: '新建改扩建学校5所', leadPersonId: null, leadUnitId: 101 },
      ],
      indicators: [
        { id: 101, taskForceId: 11, name: '固定资产投资', responsibleUnitId: 100 },
        { id: 102, taskForceId: 11, name: '实际利用外资', responsibleUnitId: 100 },
        { id: 103, taskForceId: 12, name: '项目开工率', responsibleUnitId: 102 },
        { id: 104, taskForceId: 12, name: '项目前期节点', responsibleUnitId: 102 },
        { id: 105, taskForceId: 21, name: '学位新增数', responsibleUnitId: 101 },
        { id: 106, taskForceId: 21, name: '教育质量全市排名', responsibleUnitId: 101 },
      ],
      units: new Map([
        [100, { name: '区发改局' }],
        [101, { name: '区教育局' }],
        [102, { name: '区住建局' }],
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
