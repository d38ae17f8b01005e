'use client';

import { startTransition, useActionState, useRef, useState, type FormEvent } from 'react';
import type { ActionResult, ConflictInfo } from '@/lib/actions/result';
import { ENTRY_STATUS_LABELS } from '@/lib/format';
import { saveEntryAction } from './actions';
import type { EntryFields } from './conflict-panel';

export type EntryResult = ActionResult<{ version: number; status: string; late: boolean; notice: string }>;

/** The user's answer to one conflict: the version they have now seen, and whether they may still save. */
export interface Choice {
  answered: EntryResult;
  version: number;
  canSave: boolean;
  /** Set when the other version was taken: what the user had typed, kept readable. */
  discarded?: EntryFields;
  statusLabel?: string;
}

interface StoredEntry {
  value: number | null;
  workProgress: string;
  problems: string;
  nextSteps: string;
  status: keyof typeof ENTRY_STATUS_LABELS;
  version: number;
}

function initialFields(entry: StoredEntry | null): EntryFields {
  return {
    value: entry?.value === null || entry?.value === undefined ? '' : String(entry.value),
    workProgress: entry?.workProgress ?? '',
    problems: entry?.problems ?? '',
    nextSteps: entry?.nextSteps ?? '',
  };
}

/**
 * The entry form's state: the typed fields (kept on every refusal), the version the next save is
 * made against, and the two ways out of a conflict — overwrite (save again against the version now
 * seen, with the intent of the refused press) or take theirs into the fields. Returns the form's
 * ref apart from what the markup reads.
 */
export function useEntryForm(entry: StoredEntry | null, editableByPage: boolean) {
  const [state, formAction, pending] = useActionState<EntryResult | null, FormData>(
    saveEntryAction as (p: EntryResult | null, f: FormData) => Promise<EntryResult>,
    null,
  );
  const form = useRef<HTMLFormElement>(null);
  const intent = useRef<string>('save');
  const [fields, setFields] = useState<EntryFields>(() => initialFields(entry));
  const [choice, setChoice] = useState<Choice | null>(null);
  const answered = choice !== null && choice.answered === state ? choice : null;
  const conflict: ConflictInfo | null = state && !state.ok && state.conflict && !answered ? state.conflict : null;
  const version = answered ? answered.version : state?.ok ? state.data.version : (entry?.version ?? 0);
  const statusKey = (state?.ok ? state.data.status : entry?.status) as keyof typeof ENTRY_STATUS_LABELS | undefined;
  const statusLabel = answered?.statusLabel ?? (statusKey ? ENTRY_STATUS_LABELS[statusKey] : '未填报');
  const editable = editableByPage && !(state?.ok && state.data.status === 'submitted') && !(answered && !answered.canSave);

  const send = (fd: FormData) => startTransition(() => formAction(fd));
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    intent.current = submitter?.value ?? 'save';
    send(new FormData(e.currentTarget, submitter));
  };
  const overwrite = (c: ConflictInfo) => {
    const fd = new FormData(form.current!);
    fd.set('version', String(c.version));
    fd.set('intent', intent.current);
    setChoice({ answered: state!, version: c.version, canSave: true });
    send(fd);
  };
  const takeTheirs = (c: ConflictInfo) => {
    const { value = '', workProgress = '', problems = '', nextSteps = '' } = c.fields;
    setFields({ value, workProgress, problems, nextSteps });
    setChoice({ answered: state!, version: c.version, canSave: c.canOverwrite, discarded: fields, statusLabel: c.fields.status });
  };
  const set = (key: keyof EntryFields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }));
  const view = { state, pending, fields, set, answered, conflict, version, statusLabel, editable, onSubmit, overwrite, takeTheirs };
  return [form, view] as const;
}
