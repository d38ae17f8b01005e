/**
 * The data of a meeting's slides, built from live figures (see ./registry). One shape per slide
 * kind; the live deck (components/slides) and the PPTX (lib/pptx) render the same data, so the
 * screen and the file can never disagree.
 */
import type { StatusKey } from '@/lib/format';
import type { CountyStanding, GroupProgress, HeadlineCounts } from '@/lib/metrics';
import type { BulletinSlide } from './bulletin/types';
import type { PlaceSlide } from './place-types';
import type { ReportSlideData } from './report/types';

/** The kinds of slide, derived from the slide data (lib/deck/registry checks them against the schema's enum). */
export type SlideKind = SlideData['kind'];

/** The kinds a meeting's own slide list holds (the report decks' and the 通报's kinds are built, not chosen). */
export type MeetingSlideKind = Exclude<SlideKind, ReportSlideData['kind'] | BulletinSlide['kind']>;

/** What a meeting asks for: its title, date, period and ordered slide choices. */
export interface MeetingSpec {
  title: string;
  /** `YYYY-MM-DD` */
  meetingDate: string;
  /** `YYYY-MM` */
  period: string;
  slides: SlideSpec[];
}

export interface SlideSpec {
  kind: MeetingSlideKind;
  /** For kind 'competition'. */
  competitionId: number | null;
  /** For kind 'village' (one village's story). */
  villageId?: number | null;
  /** For kind 'project'. */
  projectId?: number | null;
  /** Replaces the kind's default title when not empty. */
  title: string | null;
  notes: string;
}

interface SlideBase {
  /** 1-based position in the deck. */
  number: number;
  title: string;
  /** Presenter notes as written by the meeting's editor. */
  notes: string;
  /** One or two sentences with the slide's key figures (notes pane, screen readers). */
  summary: string;
}

export interface CoverSlide extends SlideBase {
  kind: 'cover';
  campaignLabel: string;
  meetingTitle: string;
  dateLabel: string;
  periodLabel: string;
}

/**
 * How a group (task force, competition) stands against its 应完成 line: the snapshot's group
 * progress (higher-is-better cumulative indicators only) in words, and its indicators by status.
 */
export interface GroupFigures {
  /** lib/metrics groupProgress, as the snapshot computed it. */
  progress: GroupProgress;
  /** The group's status (progress.status); null when it has nothing to average (then `counts` tell). */
  status: StatusKey | null;
  /** describeGroupProgress: "累计型指标平均完成率65.0%（2项），慢于应完成进度10.0个百分点（严重滞后）". */
  text: string;
  /** The gap words alone ("慢于应完成进度10.0个百分点（严重滞后）"), '—' without a gap. */
  gap: string;
  /** Its indicators by status (headlineFigures: milestones folded, not_due left out). */
  counts: HeadlineCounts;
}

export interface CompetitionRow extends GroupFigures {
  id: number;
  name: string;
  score: number | null;
  rank: number | null;
  movement: number | null;
  /** Indicators 严重滞后 or overdue. */
  lagging: number;
}

/** How much of the period's round is in, and the caveat on its ranks when it is incomplete. */
export interface DeckCompleteness {
  submitted: number;
  due: number;
  complete: boolean;
  /** "已报送26/215项，排名仅供参考", or null when the round is complete. */
  note: string | null;
}

export interface OverviewSlide extends SlideBase {
  kind: 'overview';
  timeProgress: number;
  counts: HeadlineCounts;
  county: CountyStanding;
  completeness: DeckCompleteness;
  competitions: CompetitionRow[];
}

export interface TaskForceBar extends GroupFigures {
  id: number;
  name: string;
  goal: string;
  leadUnit: string | null;
  score: number | null;
  /** Rank among all the campaign's task forces. */
  rank: number | null;
  movement: number | null;
}

export interface CountyRow {
  indicatorId: number;
  name: string;
  /** The name, with its task force added when another row of the slide has the same name. */
  label: string;
  taskForce: string;
  rank: number;
  total: number;
  movement: number | null;
  bottomThird: boolean;
}

export interface WeakRow {
  indicatorId: number;
  name: string;
  /** The name, with its task force added when another row of the list has the same name. */
  label: string;
  taskForce: string;
  competition: string;
  unit: string | null;
  status: StatusKey;
  /** The gap in words (describeGap): fact, then judgement. */
  gap: string;
  countyRank: number | null;
  countyTotal: number;
  /** 严重滞后 / 节点逾期 / 全市排名靠后, joined. */
  reason: string;
}

/** A list cut to what fits on a slide; `more` counts the rows left out. */
export interface Capped<T> {
  rows: T[];
  more: number;
}

export interface CompetitionSlide extends SlideBase {
  kind: 'competition';
  competitionId: number;
  name: string;
  leader: string | null;
  leadUnit: string | null;
  score: number | null;
  rank: number | null;
  total: number;
  movement: number | null;
  timeProgress: number;
  /** The competition's own progress against its 应完成 line. */
  group: GroupFigures;
  completeness: DeckCompleteness;
  /** Task forces of the whole campaign (the "/N" of a task force's rank). */
  taskForceTotal: number;
  taskForces: Capped<TaskForceBar>;
  county: Capped<CountyRow>;
  weak: Capped<WeakRow>;
}

export interface HonourRow {
  id: number;
  name: string;
  competition: string;
  leadUnit: string | null;
  score: number | null;
  rank: number | null;
  movement: number | null;
}

export interface HonourSlide extends SlideBase {
  kind: 'honour';
  red: Capped<HonourRow>;
  yellow: Capped<HonourRow>;
  rule: { size: number; warningBelow: number };
  completeness: DeckCompleteness;
}

export interface WeakSlide extends SlideBase {
  kind: 'weak';
  total: number;
  lagging: number;
  bottomThird: number;
  weak: Capped<WeakRow>;
}

export interface ClosingSlide extends SlideBase {
  kind: 'closing';
  meetingTitle: string;
  dateLabel: string;
  monthsLeft: number;
  lagging: number;
  weak: number;
}

export type SlideData =
  CoverSlide | OverviewSlide | CompetitionSlide | HonourSlide | WeakSlide | ClosingSlide | PlaceSlide | ReportSlideData | BulletinSlide;

export type SlideOf<K extends SlideKind> = Extract<SlideData, { kind: K }>;

export interface Deck {
  title: string;
  dateLabel: string;
  period: string;
  periodLabel: string;
  /** The installation holds demo data (演示数据): every slide says so. */
  demo: boolean;
  slides: SlideData[];
}
