/**
 * The slides of a competition report deck (竞赛汇报, one per lead unit): built from live figures by
 * ./build, frozen as they were shown by 会议定稿. Same rules as ../types: one shape per kind, drawn
 * by the live deck and the PPTX.
 */
import type { StatusKey } from '@/lib/format';
import type { GroupFigures } from '../types';

interface ReportBase {
  number: number;
  title: string;
  notes: string;
  summary: string;
}

export interface ReportCoverSlide extends ReportBase {
  kind: 'report-cover';
  campaignLabel: string;
  competition: string;
  leader: string | null;
  leadUnit: string | null;
  meetingTitle: string;
  dateLabel: string;
  periodLabel: string;
}

export interface GoalRow extends GroupFigures {
  taskForceId: number;
  name: string;
  goal: string;
}

export interface ReportGoalsSlide extends ReportBase {
  kind: 'report-goals';
  competitionId: number;
  score: number | null;
  rank: number | null;
  total: number;
  movement: number | null;
  timeProgress: number;
  rows: GoalRow[];
}

export interface IndicatorDetailRow {
  indicatorId: number;
  name: string;
  taskForce: string;
  target: string;
  actual: string;
  /** 完成率 or the headline figure; else the gap in words. */
  figure: string;
  status: StatusKey;
  countyRank: number | null;
  countyTotal: number;
  countyMovement: number | null;
}

export interface ReportIndicatorsSlide extends ReportBase {
  kind: 'report-indicators';
  page: number;
  pages: number;
  rows: IndicatorDetailRow[];
}

export interface CountyBarValue {
  name: string;
  value: number;
  rank: number | null;
  home: boolean;
}

export interface CatchUpRow {
  indicatorId: number;
  name: string;
  /** The name, with its task force added when another row has the same name. */
  label: string;
  taskForce: string;
  unit: string;
  rank: number;
  total: number;
  movement: number | null;
  bars: CountyBarValue[];
  /** 赶超测算 in words (lib/metrics catchUp, worded by lib/format): passing the county above, reaching the target rank. */
  passAbove: string;
  reachTarget: string;
}

export interface ReportCountySlide extends ReportBase {
  kind: 'report-county';
  page: number;
  pages: number;
  rows: CatchUpRow[];
}

export interface WeakCauseRow {
  indicatorId: number;
  name: string;
  taskForce: string;
  status: StatusKey;
  gap: string;
  reason: string;
}

export interface TextGroup {
  taskForceId: number;
  taskForce: string;
  text: string;
}

export interface ReportWeakSlide extends ReportBase {
  kind: 'report-weak';
  rows: WeakCauseRow[];
  more: number;
  /** 存在问题 of the task forces, as prepared for the meeting. */
  problems: TextGroup[];
}

export interface ReportNextSlide extends ReportBase {
  kind: 'report-next';
  groups: TextGroup[];
}

export interface ReportCoordinationSlide extends ReportBase {
  kind: 'report-coordination';
  text: string;
}

export interface ChangeRow {
  indicatorId: number;
  name: string;
  before: string;
  now: string;
}

export interface PromiseRow extends TextGroup {
  /** This period's 工作进展 of the task force: what became of the promise. */
  progress: string;
}

export interface ReportCompareSlide extends ReportBase {
  kind: 'report-compare';
  previousTitle: string;
  previousDate: string;
  competitionRank: { before: number | null; now: number | null; total: number };
  /** Indicators whose shown figure, status or county rank changed since the last meeting. */
  changes: ChangeRow[];
  promises: PromiseRow[];
}

export type ReportSlideData =
  | ReportCoverSlide
  | ReportCompareSlide
  | ReportGoalsSlide
  | ReportIndicatorsSlide
  | ReportCountySlide
  | ReportWeakSlide
  | ReportNextSlide
  | ReportCoordinationSlide;
