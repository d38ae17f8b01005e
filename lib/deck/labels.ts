/**
 * Every fixed word of meeting mode (meetings page, live deck, PPTX), in one place for review.
 * Sentences with figures are written by the slide builders (./build).
 */
import type { MeetingSlideKind } from './types';

export const SLIDE_KIND_LABELS: Record<MeetingSlideKind, string> = {
  cover: '封面',
  overview: '总体情况',
  competition: '竞赛专页',
  honour: '红榜与黄榜',
  weak: '弱项指标',
  closing: '结束页',
  villages: '村庄经营比较',
  village: '村庄故事',
  project: '重点项目',
  work_items: '督办事项',
};

/** Default slide titles (a slide's own title replaces them). Competition slides use the competition's name. */
export const DEFAULT_TITLES: Record<Exclude<MeetingSlideKind, 'competition' | 'cover' | 'village' | 'project'>, string> = {
  overview: '总体运行情况',
  honour: '专班红榜与黄榜',
  weak: '弱项指标',
  closing: '谢谢！',
  villages: '村庄经营：带动农户与增收比较',
  work_items: '红色、黄色督办事项',
};

export const DECK_TEXT = {
  demo: '演示数据',
  campaign: (year: number, name: string) => `${year}年“${name}”`,
  periodSituation: (periodLabel: string) => `${periodLabel}运行情况`,
  timeProgress: '序时进度',
  score: '得分',
  rank: '排名',
  competitionRank: '竞赛排名',
  movement: '较上期',
  completion: '完成率',
  /** The series and column of a group's mean completion: it covers these indicators only. */
  meanCompletion: '累计型指标平均完成率',
  expected: '应完成进度',
  expectedShort: '应完成',
  gap: '差距',
  byStatus: '按状态计数',
  noCumulative: '无累计型指标',
  noneReported: '均未报送',
  expectedHint: '序时进度或阶段性目标',
  leader: '牵头领导',
  leadUnit: '牵头部门',
  taskForceLeadUnit: '牵头单位',
  annualTasks: '年度任务与完成进度',
  countyRanks: '全市县（市、区）排名',
  weakItems: '弱项',
  noCounty: '本竞赛暂无与各县（市、区）比较的指标。',
  noWeak: '本期无弱项指标。',
  more: (n: number, what: string) => `另有${n}${what}，详见看板`,
  indicators: '项指标',
  taskForces: '个专班',
  red: '红榜',
  yellow: '黄榜',
  redRule: (n: number) => `得分前${n}名且不低于100分`,
  yellowRule: (n: number, below: number) => `得分后${n}名或低于${below}分`,
  emptyList: '本期无专班入榜。',
  indicator: '指标',
  taskForce: '专班',
  competition: '竞赛',
  unit: '责任单位',
  status: '状态',
  countyRank: '全市排名',
  reason: '原因',
  monthsLeft: '全年剩余',
  laggingIndicators: '严重滞后指标',
  weakIndicators: '弱项指标',
  slideNumber: (n: number, total: number) => `${n} / ${total}`,
  notesHeading: '数据要点：',
  overviewCounts: '指标进度',
  countyCompare: '全市比较',
  taskForceRank: (rank: string) => `全区${rank}`,
} as const;

export const WEAK_REASONS = {
  lagging: '严重滞后',
  overdue: '节点逾期',
  bottomThird: '全市排名靠后',
} as const;
