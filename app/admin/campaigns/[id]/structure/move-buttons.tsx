'use client';

import { useActionState } from 'react';
import { useKeepForm } from '@/components/forms/use-keep-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';

type MoveAction = (prev: ActionResult<unknown> | null, fd: FormData) => Promise<ActionResult<unknown>>;

/** 上移 / 下移 as one real form (keyboard and screen-reader usable); the buttons name the item. */
export function MoveButtons({
  action,
  campaignId,
  kind,
  id,
  name,
  first,
  last,
}: {
  action: MoveAction;
  campaignId: number;
  kind: 'competition' | 'taskForce' | 'indicator';
  id: number;
  name: string;
  first: boolean;
  last: boolean;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(action, null);
  const onSubmit = useKeepForm(formAction);
  return (
    <form onSubmit={onSubmit} className="inline-flex items-center gap-1" aria-label={`调整“${name}”的顺序`}>
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <Button type="submit" name="direction" value="up" size="sm" variant="ghost" disabled={pending || first} aria-label={`上移“${name}”`}>
        ↑
      </Button>
      <Button type="submit" name="direction" value="down" size="sm" variant="ghost" disabled={pending || last} aria-label={`下移“${name}”`}>
        ↓
      </Button>
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
    </form>
  );
}
