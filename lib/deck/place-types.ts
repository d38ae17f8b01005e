/**
 * The data of the slides about places and plans: the cross-village comparison, one village's
 * story, one 重点项目 (timeline and figures) and the red and yellow 督办 items. Built from lib/views
 * (whose figures come from lib/metrics), rendered live (components/slides) and in the PPTX (lib/pptx).
 */
import type { FlagView } from '@/lib/views/work-item';
import type { TimelineStepView } from '@/lib/views/projects';

interface PlaceSlideBase {
  number: number;
  title: string;
  notes: string;
  summary: string;
}

/** A cut list: `more` counts the rows left out. */
export interface CappedRows<T> {
  rows: T[];
  more: number;
}

/** One series of a chart: a value per category in the chart's unit, and each value as written. */
export interface ChartSeries {
  name: string;
  values: number[];
  texts: string[];
}

/** A native bar or pie chart of a slide: one or more series over the same categories. */
export interface SlideChart {
  id: string;
  title: string;
  /** The figures in words (screen readers, notes). */
  summary: string;
  /** Unit of the values ("户", "%", "元/公斤"). */
  unit: string;
  type: 'bar' | 'pie';
  categories: string[];
  series: ChartSeries[];
}

export interface VillageComparisonRow {
  name: string;
  township: string;
  households: string;
  householdsRank: string;
  growth: string;
  growthRank: string;
}

export interface VillagesSlide extends PlaceSlideBase {
  kind: 'villages';
  /** 带动农户数 and 增收幅度, each best first (capped). */
  charts: SlideChart[];
  villages: CappedRows<VillageComparisonRow>;
  townships: CappedRows<VillageComparisonRow>;
  note: string;
}

export interface VillageSlide extends PlaceSlideBase {
  kind: 'village';
  villageId: number;
  name: string;
  township: string;
  /** "张西自然村 · 优宿（民宿、茶叶…）" */
  operators: string[];
  /** Up to four story charts: prices, income before and after, revenue shared, output bought. */
  charts: SlideChart[];
  demo: boolean;
}

export interface ProjectSlide extends PlaceSlideBase {
  kind: 'project';
  projectId: number;
  name: string;
  facts: { label: string; value: string }[];
  steps: CappedRows<Pick<TimelineStepView, 'key' | 'title' | 'planned' | 'actual' | 'stateLabel' | 'late' | 'state'>>;
  figures: CappedRows<{ key: string; name: string; value: string; asOf: string }>;
  /** 计划投资 vs 累计完成投资, or the figures sharing a unit; empty when there is nothing to chart. */
  charts: SlideChart[];
  demo: boolean;
}

export interface SupervisionSlideRow {
  key: string;
  title: string;
  taskForce: string;
  owner: string;
  deadline: string;
  flag: FlagView;
  overdue: string;
  escalated: boolean;
}

export interface WorkItemsSlide extends PlaceSlideBase {
  kind: 'work_items';
  red: number;
  yellow: number;
  escalated: number;
  rows: CappedRows<SupervisionSlideRow>;
  /** Red and yellow items per task force. */
  charts: SlideChart[];
}

export type PlaceSlide = VillagesSlide | VillageSlide | ProjectSlide | WorkItemsSlide;
