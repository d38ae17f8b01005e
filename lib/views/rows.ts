/** Shapes of the rows db/queries loads for a screen beyond the structure and the snapshot. */
import type { ProgressEntry, WorkItem, WorkItemMilestone } from '@/db/schema';

export interface MonthlyValues {
  /** Approved value per data month (`YYYY-MM`). */
  approved: Map<string, number | null>;
  /** Submitted, not yet approved value per data month. */
  submitted: Map<string, number | null>;
}

/** A work item with its milestones in order. */
export type WorkItemRow = WorkItem & { milestones: WorkItemMilestone[] };

/** The rows of a task-force page. */
export interface TaskForceRows {
  /** Member units' names in the official order. */
  members: string[];
  /** Values of the task force's indicators, January to the period. */
  values: Map<number, MonthlyValues>;
  workItems: WorkItemRow[];
}

/** One county's value of an indicator for a data month. */
export interface CountyValueRow {
  period: string;
  regionCode: string;
  name: string;
  value: number;
}

/** An entry of the indicator page's 填报记录, with the names of who entered and reviewed it. */
export type EntryRow = ProgressEntry & { enteredBy: string | null; reviewedByName: string | null };

/** The rows of an indicator page. */
export interface IndicatorRows {
  values: MonthlyValues;
  /** County values of the year up to the effective period, in the official order of the counties. */
  county: CountyValueRow[];
}
