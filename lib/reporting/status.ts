/**
 * The life of a reported figure: 草稿 draft → 待审核 submitted → 已通过 approved, or 已退回 returned
 * (back to the lead, who corrects and submits again). Every table of reported figures stores its
 * status as one of these (progress_entries today; village and project figures alike).
 */
export const FIGURE_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;

export type FigureStatus = (typeof FIGURE_STATUSES)[number];

/**
 * The workflow columns a table of reported figures carries, as drizzle reads them. A row of such
 * a table (with its own content columns besides) is a FigureRecord as it stands.
 */
export interface FigureRecord {
  status: FigureStatus;
  /** 1 for a new record, +1 on every write. */
  version: number;
  updatedBy: number | null;
  submittedBy: number | null;
  /** The latest submission. */
  submittedAt: string | null;
  /** The first submission: set once, never overwritten; 报送及时率 and 逾期 are judged on it. */
  firstSubmittedAt: string | null;
  /** The first submission was after the deadline of the round that owes the figure. */
  late: boolean;
}

/** Who is acting, as the rules need it. */
export interface WorkflowActor {
  userId: number;
  /**
   * May change a figure in any status and in a locked round (an administrator: 'period:edit-locked').
   * Such writes are allowed and reported as overrides, so the audit says so.
   */
  override: boolean;
}

/** The reporting round that owes the figure (see lib/metrics rounds.ts roundOwing), as the rules need it. */
export interface RoundState {
  /** 'YYYY-MM' */
  period: string;
  /** Opened by the administrator; a round never opened takes no writes. */
  opened: boolean;
  locked: boolean;
  /** ISO instant or date (a date-only deadline covers its whole day, UTC+08:00); null when not opened. */
  deadline: string | null;
}

/** A rule an administrator's write passed over: the round was locked, or the figure closed to leads. */
export type Override = 'locked' | 'submitted' | 'approved';
