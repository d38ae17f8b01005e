'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
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

interface Baseline {
  fields: EntryFields;
  version: number;
  status: StoredEntry['status'] | undefined;
  /** Taken from this tab's last save rather than from the page. */
  restored?: boolean;
}

/**
 * What this tab last saved per form. A save no longer re-renders the page into its reply, so a
 * page restored from the browser's history may carry the entry as it was before the save; the
 * form then starts from the newer of the two.
 */
const savedInTab = new Map<string, Baseline>();

function baselineOf(entry: StoredEntry | null, key: string): Baseline {
  const saved = savedInTab.get(key);
  if (saved && saved.version > (entry?.version ?? 0)) return { ...saved, restored: true };
  const fields = {
    value: entry?.value === null || entry?.value === undefined ? '' : String(entry.value),
    workProgress: entry?.workProgress ?? '',
    problems: entry?.problems ?? '',
    nextSteps: entry?.nextSteps ?? '',
  };
  return { fields, version: entry?.version ?? 0, status: entry?.status };
}

/**
 * After a save: remember it for this tab, and after a submit refresh the page, whose 待办 counts,
 * round summary and header count it changed (a draft changes none of them).
 */
function useAfterSave(state: EntryResult | null, key: string) {
  const router = useRouter();
  const sentRef = useRef<EntryFields | null>(null);
  useEffect(() => {
    if (!state?.ok || !sentRef.current) return;
    const status = state.data.status as StoredEntry['status'];
    savedInTab.set(key, { fields: sentRef.current, version: state.data.version, status });
    if (status === 'submitted') startTransition(() => router.refresh());
  }, [state, key, router]);
  return sentRef;
}

const text = (fd: FormData, name: string) => String(fd.get(name) ?? '');

/**
 * The entry form's state: the typed fields (kept on every refusal), the version the next save is
 * made against, and the two ways out of a conflict — overwrite (save again against the version now
 * seen, with the intent of the refused press) or take theirs into the fields. Returns the form's
 * ref apart from what the markup reads.
 */
export function useEntryForm(entry: StoredEntry | null, editableByPage: boolean, key: string) {
  const [state, formAction, pending] = useActionState<EntryResult | null, FormData>(
    saveEntryAction as (p: EntryResult | null, f: FormData) => Promise<EntryResult>,
    null,
  );
  const form = useRef<HTMLFormElement>(null);
  const intent = useRef<string>('save');
  const [base] = useState(() => baselineOf(entry, key));
  const [fields, setFields] = useState<EntryFields>(base.fields);
  const [choice, setChoice] = useState<Choice | null>(null);
  const sentRef = useAfterSave(state, key);
  const answered = choice !== null && choice.answered === state ? choice : null;
  const conflict: ConflictInfo | null = state && !state.ok && state.conflict && !answered ? state.conflict : null;
  const version = answered ? answered.version : state?.ok ? state.data.version : base.version;
  const statusKey = (state?.ok ? state.data.status : base.status) as keyof typeof ENTRY_STATUS_LABELS | undefined;
  const statusLabel = answered?.statusLabel ?? (statusKey ? ENTRY_STATUS_LABELS[statusKey] : '未填报');
  const submitted = (state?.ok ? state.data.status : base.restored && base.status) === 'submitted';
  const editable = editableByPage && !submitted && !(answered && !answered.canSave);

  const send = (fd: FormData) => {
    sentRef.current = {
      value: text(fd, 'value'),
      workProgress: text(fd, 'workProgress'),
      problems: text(fd, 'problems'),
      nextSteps: text(fd, 'nextSteps'),
    };
    startTransition(() => formAction(fd));
  };
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
