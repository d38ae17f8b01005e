/** Records, actors and rounds for the workflow rule tests. */
import type { FigureRecord, RoundState, WorkflowActor } from './status';

export type Entry = FigureRecord & { value: number | null; note: string };

export const LEAD: WorkflowActor = { userId: 4, override: false };
export const OTHER_LEAD: WorkflowActor = { userId: 5, override: false };
export const ADMIN: WorkflowActor = { userId: 1, override: true };

export const OPEN: RoundState = { period: '2020-10', opened: true, locked: false, deadline: '2020-11-05T09:00:00.000Z' };
export const LOCKED: RoundState = { ...OPEN, locked: true };
export const NOT_OPENED: RoundState = { period: '2020-11', opened: false, locked: false, deadline: null };

/** Before the deadline of OPEN, and after it. */
export const EARLY = '2020-11-01T02:00:00.000Z';
export const AFTER = '2020-11-06T02:00:00.000Z';

export function record(over: Partial<Entry> = {}): Entry {
  return {
    status: 'draft',
    version: 1,
    updatedBy: LEAD.userId,
    submittedBy: null,
    submittedAt: null,
    firstSubmittedAt: null,
    late: false,
    value: 10,
    note: '',
    ...over,
  };
}
