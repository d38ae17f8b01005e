import type { ComponentProps } from 'react';
import { ActionForm } from '@/components/forms/action-form';
import { Alert } from '@/components/ui/alert';
import { pastYearAdminNote } from '@/lib/campaign/choice';
import { cn } from '@/lib/utils';

/**
 * An administration form of one campaign: the action form, or for a past (read-only) year the same
 * fields shown disabled with no button (the action wrapper refuses such a write anyway).
 */
export function YearForm({ readOnly, ...props }: ComponentProps<typeof ActionForm> & { readOnly: boolean }) {
  if (!readOnly) return <ActionForm {...props} />;
  return (
    <fieldset disabled aria-label={props.label} className={cn('space-y-3', props.className)}>
      {props.children}
    </fieldset>
  );
}

/** 往年·只读 at the top of a past year's administration page. */
export function PastYearNote({ year }: { year: number }) {
  return <Alert tone="info">{pastYearAdminNote(year)}</Alert>;
}
