/** The header's 待办 links: what a lead still has to report and what a reviewer has to review. */

export interface HeaderTodos {
  /** Figures still missing over the open rounds (not submitted, or returned); 0 hides the link. */
  due: number;
  /** Entries awaiting this reviewer; null for a user who does not review (no link). */
  reviewQueue: number | null;
}

/**
 * The header's counts from the loaded 待办 of each open round (`missing` per round, as
 * roundTodo gives it) and the reviewer's queue length (null when the user does not review).
 */
export function headerTodos(rounds: { missing: number }[], reviewQueue: number | null): HeaderTodos {
  return { due: rounds.reduce((n, r) => n + r.missing, 0), reviewQueue };
}
