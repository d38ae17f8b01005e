/**
 * Every user-facing status / category label in one place (reviewed by the product owner).
 * Keys mirror the enums in `db/schema.ts`.
 */

/** Indicator status versus schedule (ahead…no_data) and milestone status (done…not_due). */
export type StatusKey = 'ahead' | 'behind' | 'lagging' | 'no_data' | 'done' | 'overdue' | 'not_due';
/** Monthly progress-entry workflow status. */
export type EntryStatusKey = 'draft' | 'submitted' | 'approved' | 'returned';
/** Indicator kind. */
export type KindKey = 'cumulative' | 'level' | 'milestone' | 'rank';
/** Which direction of an indicator is better. */
export type DirectionKey = 'higher' | 'lower';

/** Status labels (Simplified Chinese). */
export const STATUS_LABELS: Record<StatusKey, string> = {
  ahead: '达到序时',
  behind: '略滞后',
  lagging: '严重滞后',
  no_data: '未报送',
  done: '已完成',
  overdue: '已逾期',
  not_due: '未到期',
};

/**
 * Short text icons, so status is never conveyed by colour alone; shapes are distinct within each
 * family (schedule: ✔ ◐ ✖ ○; milestone: ✔ ✖ …).
 */
export const STATUS_ICONS: Record<StatusKey, string> = {
  ahead: '✔',
  behind: '◐',
  lagging: '✖',
  no_data: '○',
  done: '✔',
  overdue: '✖',
  not_due: '…',
};

/** Progress-entry workflow labels. */
export const ENTRY_STATUS_LABELS: Record<EntryStatusKey, string> = {
  draft: '草稿',
  submitted: '待审核',
  approved: '已通过',
  returned: '已退回',
};

/** Indicator kind labels. */
export const KIND_LABELS: Record<KindKey, string> = {
  cumulative: '累计型',
  level: '时点/比率型',
  milestone: '节点型',
  rank: '排名型',
};

/** Indicator direction labels. */
export const DIRECTION_LABELS: Record<DirectionKey, string> = {
  higher: '越高越好',
  lower: '越低越好',
};

/** The district's standing among the prefecture's counties, by thirds (6 counties: 前两名 / 后两名). */
export const COUNTY_STANDING_LABELS = {
  top: '全市排名前三分之一',
  bottom: '全市排名后三分之一',
} as const;

/** 督办 flags of work items (三色督办单); a scheme apart from the indicator statuses. */
export const SUPERVISE_LABELS: Record<'red' | 'yellow' | 'blue', string> = {
  red: '红色督办（逾期未销号）',
  yellow: '黄色督办（节点滞后）',
  blue: '蓝色督办（7日内到期）',
};

/** How much of a round is in: '已报送26/190项'. */
export function completenessText(c: { submitted: number; due: number }): string {
  return `已报送${c.submitted}/${c.due}项`;
}

/**
 * The caveat of a ranking on an incomplete round — '已报送26/190项，排名仅供参考' — or null when
 * the round is complete enough to be ranked without one (see roundCompleteness in lib/metrics).
 */
export function completenessNote(c: { submitted: number; due: number; complete: boolean }): string | null {
  return c.complete ? null : `${completenessText(c)}，排名仅供参考`;
}
