'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useKeepForm } from '@/components/forms/use-keep-form';
import type { ActionResult } from '@/lib/actions/result';

type FormAction = (prev: ActionResult<unknown> | null, fd: FormData) => Promise<ActionResult<unknown>>;

/** Deletes the meeting after a confirmation, then returns to the list. */
export function DeleteMeeting({ action, meetingId, title }: { action: FormAction; meetingId: number; title: string }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(action, null);
  const onSubmit = useKeepForm(formAction, `确定删除会议“${title}”？删除后不能恢复（数据本身不受影响）。`);
  useEffect(() => {
    if (state?.ok) router.push('/meetings');
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="meetingId" value={meetingId} />
      <Button type="submit" variant="danger" size="sm" disabled={pending}>
        {pending ? '正在删除…' : '删除会议'}
      </Button>
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
    </form>
  );
}
