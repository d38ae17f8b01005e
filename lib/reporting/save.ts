/**
 * Saving and submitting a reported figure, as a pure rule: given the stored record (or none), what
 * the user sent and the round that owes the figure, the patch to write — or nothing to write, or a
 * typed refusal. The same rule serves every table of reported figures (see README in this folder).
 */
import { isLate } from '@/lib/metrics/timeliness';
import type { Refusal } from './refusals';
import type { FigureRecord, FigureStatus, Override, RoundState, WorkflowActor } from './status';

/** What a lead's press asks for: keep a draft, or submit for review. */
export const SAVE_INTENTS = ['save', 'submit'] as const;

/** Content fields of a figure (value, texts …): compared one by one with Object.is. */
export type Content = Record<string, unknown>;

export interface SaveIntent<C extends Content> {
  submit: boolean;
  /**
   * The version the user started from: 0 for a new record. After a conflict the form sends the
   * version the user has now seen, and saving over it is then allowed (the "seen their version" overwrite).
   */
  baseVersion: number;
  content: C;
}

export interface SaveArgs<C extends Content> {
  current: (FigureRecord & C) | null;
  intent: SaveIntent<C>;
  actor: WorkflowActor;
  /** The round that owes the figure. */
  round: RoundState;
  /** ISO instant of the write (the reporting clock). */
  now: string;
  /** Content fields that must be filled to submit (null or blank text is empty), e.g. ['value']. */
  requiredToSubmit?: (keyof C & string)[];
}

/** The workflow columns a write sets, besides the content. */
export interface WorkflowPatch {
  status: FigureStatus;
  version: number;
  updatedBy: number;
  updatedAt: string;
  /** Set on insert only. */
  createdBy?: number;
  createdAt?: string;
  /** Set on submission only. */
  submittedBy?: number;
  submittedAt?: string;
  firstSubmittedAt?: string;
  late?: boolean;
  reviewedBy?: null;
  reviewedAt?: null;
}

export type SaveDecision<C extends Content> =
  | { kind: 'write'; create: boolean; audit: 'save' | 'submit'; patch: C & WorkflowPatch; overrides: Override[] }
  | { kind: 'unchanged'; why: 'repeat' | 'same' }
  | { kind: 'refused'; refusal: Refusal };

/** Same content field by field (only the fields the user sent). */
export function sameContent<C extends Content>(current: C, content: C): boolean {
  return Object.keys(content).every((k) => Object.is(current[k], content[k]));
}

/** Submitted or approved: closed to anyone without override. */
export function closedStatus(status: FigureStatus): 'submitted' | 'approved' | null {
  return status === 'submitted' || status === 'approved' ? status : null;
}

/**
 * This user's own write from `baseVersion`, arriving again (a retry, a double click): the stored
 * record is exactly one version on, written by the same user with the same content, and — for a
 * submission — submitted by them; for a draft, still a draft (or the user may override).
 */
export function isRepeat<C extends Content>(current: FigureRecord & C, intent: SaveIntent<C>, actor: WorkflowActor): boolean {
  if (current.version !== intent.baseVersion + 1 || current.updatedBy !== actor.userId) return false;
  if (!sameContent(current, intent.content)) return false;
  if (intent.submit) return current.status === 'submitted' && current.submittedBy === actor.userId;
  return current.status === 'draft' || actor.override;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * The refusal of any write in this round (not opened; locked, unless the actor overrides), or
 * null; an override taken is pushed onto `overrides`.
 */
export function roundGate(round: RoundState, actor: WorkflowActor, overrides: Override[] = []): Refusal | null {
  if (!round.opened) return { reason: 'not_open', round: round.period };
  if (round.locked) {
    if (!actor.override) return { reason: 'locked', round: round.period };
    overrides.push('locked');
  }
  return null;
}

/** The refusal of an edit of a record in this status (submitted, approved), unless the actor overrides. */
export function statusGate(status: FigureStatus, actor: WorkflowActor, overrides: Override[] = []): Refusal | null {
  const closed = closedStatus(status);
  if (!closed) return null;
  if (!actor.override) return { reason: 'closed', status: closed };
  overrides.push(closed);
  return null;
}

/**
 * Decides a save (draft) or a submission:
 * 1. the round must be opened, and unlocked unless the actor overrides;
 * 2. a version other than the stored one is this user's repeat (nothing to write) or a conflict
 *    ('stale', with whether this user may save over it); a stored version with no record is 'gone';
 * 3. submitted and approved records are closed unless the actor overrides;
 * 4. a submission needs every `requiredToSubmit` field;
 * 5. a draft save that changes nothing writes nothing (a returned record does turn into a draft);
 * 6. otherwise the patch: content, version + 1 (1 for a new record), and for a submission status
 *    submitted, the submitter and time, the FIRST submission time (kept when set) and `late` =
 *    that first submission after the round's deadline; a draft keeps submitted/approved (override) and
 *    otherwise becomes draft.
 */
export function decideSave<C extends Content>(args: SaveArgs<C>): SaveDecision<C> {
  const { current, intent, actor } = args;
  const overrides: Override[] = [];
  const lockRefusal = roundGate(args.round, actor, overrides);
  if (lockRefusal) return { kind: 'refused', refusal: lockRefusal };
  if (current && current.version !== intent.baseVersion) {
    if (isRepeat(current, intent, actor)) return { kind: 'unchanged', why: 'repeat' };
    return { kind: 'refused', refusal: { reason: 'stale', canOverwrite: actor.override || closedStatus(current.status) === null } };
  }
  if (!current && intent.baseVersion !== 0) return { kind: 'refused', refusal: { reason: 'gone' } };
  const statusRefusal = current ? statusGate(current.status, actor, overrides) : null;
  if (statusRefusal) return { kind: 'refused', refusal: statusRefusal };
  const missing = intent.submit ? (args.requiredToSubmit ?? []).find((k) => isEmpty(intent.content[k])) : undefined;
  if (missing) return { kind: 'refused', refusal: { reason: 'value_required', field: missing } };
  if (current && !intent.submit && current.status !== 'returned' && sameContent(current, intent.content))
    return { kind: 'unchanged', why: 'same' };
  return { kind: 'write', create: current === null, audit: intent.submit ? 'submit' : 'save', patch: patchOf(args), overrides };
}

function patchOf<C extends Content>({ current, intent, actor, round, now }: SaveArgs<C>): C & WorkflowPatch {
  const base = { ...intent.content, updatedBy: actor.userId, updatedAt: now, version: current ? current.version + 1 : 1 };
  const created = current ? {} : { createdBy: actor.userId, createdAt: now };
  if (!intent.submit) {
    const status: FigureStatus = current && closedStatus(current.status) ? current.status : 'draft';
    return { ...base, ...created, status };
  }
  const first = current?.firstSubmittedAt ?? current?.submittedAt ?? now;
  return {
    ...base,
    ...created,
    status: 'submitted',
    submittedBy: actor.userId,
    submittedAt: now,
    firstSubmittedAt: first,
    late: round.deadline !== null && isLate(first, round.deadline),
    reviewedBy: null,
    reviewedAt: null,
  };
}
