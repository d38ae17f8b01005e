'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import { ARCHIVE_TEXT, ITEM_WORDS, type ItemKind } from '@/lib/structure/admin-text';
import { useKeepForm } from '@/components/forms/use-keep-form';

type StateAction = (prev: ActionResult<unknown> | null, fd: FormData) => Promise<ActionResult<unknown>>;

/**
 * 归档 / 删除 (or 恢复 when archived) of one item. A refused delete shows why, with the offer to
 * archive as a button of the same form.
 */
export function ItemState({
  action,
  kind,
  id,
  campaignId,
  name,
  archivedFrom,
}: {
  action: StateAction;
  kind: ItemKind;
  id: number;
  campaignId: number | null;
  name: string;
  archivedFrom: string | null;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(action, null);
  const onSubmit = useKeepForm(formAction);
  const refused = state && !state.ok && state.code === 'conflict' && !archivedFrom;
  const notice = state?.ok ? String((state.data as { notice?: unknown })?.notice ?? '') : null;
  const word = ITEM_WORDS[kind];
  return (
    <form onSubmit={onSubmit} aria-label={`${word}“${name}”的归档与删除`} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      {campaignId !== null && <input type="hidden" name="campaignId" value={campaignId} />}
      {archivedFrom ? (
        <Button type="submit" name="intent" value="restore" size="sm" variant="outline" disabled={pending}>
          恢复
        </Button>
      ) : (
        <>
          <Button type="submit" name="intent" value="archive" size="sm" variant="outline" disabled={pending}>
            归档
          </Button>
          <Button type="submit" name="intent" value="delete" size="sm" variant="outline" disabled={pending}>
            删除
          </Button>
        </>
      )}
      {state && !state.ok && (
        <Alert tone="error" className="w-full">
          {state.message}
          {refused && (
            <span className="mt-1 block">
              {ARCHIVE_TEXT.offer}{' '}
              <Button type="submit" name="intent" value="archive" size="sm" disabled={pending}>
                改为归档
              </Button>
            </span>
          )}
        </Alert>
      )}
      {notice && <Alert className="w-full">{notice}</Alert>}
    </form>
  );
}
