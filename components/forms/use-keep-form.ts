'use client';

import { startTransition, type FormEvent } from 'react';

/**
 * Submits a form to an action without React's automatic form reset, so what the user typed stays
 * in the fields when the server refuses it (and after saving, the fields show what was saved).
 * The clicked submit button's name/value (e.g. intent=submit) is included.
 */
export function useKeepForm(formAction: (fd: FormData) => void, confirmText?: string) {
  return (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (confirmText && !window.confirm(confirmText)) return;
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    const fd = new FormData(e.currentTarget, submitter);
    startTransition(() => formAction(fd));
  };
}
