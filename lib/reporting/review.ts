/**
 * Reviewing a submitted figure, as a pure rule: approve, or return to the lead with a reason. Given
 * the stored record, the reviewer's decision and the round that owes the figure: the patch to write,
 * or a typed refusal. Scope (may this reviewer review this figure) is the caller's check.
 */
import type { Refusal } from './refusals';
import { roundGate } from './save';
import type { FigureRecord, FigureStatus, Override, RoundState, WorkflowActor } from './status';

/** The shortest return reason accepted, in characters after trimming. */
export const MIN_RETURN_REASON = 2;

/** A reviewer's decisions: approve, or return to the lead. */
export const REVIEW_DECISIONS = ['approve', 'return'] as const;

export interface ReviewIntent {
  decision: (typeof REVIEW_DECISIONS)[number];
  /** The version the reviewer saw. */
  baseVersion: number;
  reason?: string;
}

export interface ReviewPatch {
  status: Extract<FigureStatus, 'approved' | 'returned'>;
  /** The reason of a return; null on approval. */
  returnReason: string | null;
  reviewedBy: number;
  reviewedAt: string;
  updatedBy: number;
  updatedAt: string;
  version: number;
}

export type ReviewDecision =
  { kind: 'write'; audit: 'approve' | 'return'; patch: ReviewPatch; overrides: Override[] } | { kind: 'refused'; refusal: Refusal };

/**
 * Decides a review: the round must be opened and unlocked (unless the actor overrides); the record
 * must be the version the reviewer saw ('review_stale') and waiting for review ('not_submitted'); a
 * return needs a reason of at least {@link MIN_RETURN_REASON} characters. The patch sets the new
 * status, the reason (null on approval), reviewer and time, and version + 1.
 */
export function decideReview(args: {
  current: Pick<FigureRecord, 'status' | 'version'>;
  intent: ReviewIntent;
  actor: WorkflowActor;
  round: RoundState;
  now: string;
}): ReviewDecision {
  const { current, intent, actor, now } = args;
  const overrides: Override[] = [];
  const refused = (refusal: Refusal): ReviewDecision => ({ kind: 'refused', refusal });
  const gate = roundGate(args.round, actor, overrides);
  if (gate) return refused(gate);
  if (current.version !== intent.baseVersion) return refused({ reason: 'review_stale' });
  if (current.status !== 'submitted') return refused({ reason: 'not_submitted' });
  const reason = intent.reason?.trim() ?? '';
  if (intent.decision === 'return' && [...reason].length < MIN_RETURN_REASON) return refused({ reason: 'reason_required' });
  const approve = intent.decision === 'approve';
  return {
    kind: 'write',
    audit: approve ? 'approve' : 'return',
    overrides,
    patch: {
      status: approve ? 'approved' : 'returned',
      returnReason: approve ? null : reason,
      reviewedBy: actor.userId,
      reviewedAt: now,
      updatedBy: actor.userId,
      updatedAt: now,
      version: current.version + 1,
    },
  };
}
