/**
 * The data of a meeting's slides, built from live figures (see ./registry). One shape per slide
 * kind; the live deck (components/slides) and the PPTX (lib/pptx) render the same data, so the
 * screen and the file can never disagree.
 */
import type { SlideKind } from '@/db/schema';
import type { StatusKey } from '@/lib/format';

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
  kind: SlideKind;
  /** For kind 'competition'. */
  competitionId: number | null;
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

export interface CompetitionRow {
  id: number;
  name: string;
  score: number | null;
  rank: number | null;
  movement: number | null;
  /** Mean completion of its indicators that have one (each capped at 150%), fraction. */
  completion: number | null;
  /** Mean expected progress of the same indicators, fraction. */
  expected: number | null;
  status: StatusKey;
  lagging: number;
}

export interface OverviewSlide extends SlideBase {
  kind: 'overview';
  timeProgress: number;
  counts: { ahead: number; behind: number; lagging: number; noData: number; total: number };
  county: { compared: number; top: number; bottom: number; up: number; down: number };
  competitions: CompetitionRow[];
}

export interface TaskForceBar {
  id: number;
  name: string;
  goal: string;
  leadUnit: string | null;
  score: number | null;
  completion: number | null;
  expected: number | null;
  status: StatusKey;
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

export type SlideData = CoverSlide | OverviewSlide | CompetitionSlide | HonourSlide | WeakSlide | ClosingSlide;

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
