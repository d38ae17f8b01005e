/** The entry panel of a project page (its task force's leads, administrators): figures still in the workflow. Pure. */
import type { ProjectFigure } from '@/db/schema';
import type { AuthUser } from '@/lib/auth/permissions';
import { ENTRY_STATUS_LABELS, formatLooseDate } from '@/lib/format';
import type { RoundState } from '@/lib/reporting';
import { entryEditState } from '@/lib/reporting/edit-state';

export interface OpenProjectFigureView {
  key: string;
  name: string;
  unit: string;
  asOf: string;
  label: string;
  value: string;
  qualifier: string;
  note: string;
  status: string;
  version: number;
  editable: boolean;
  reason: string | null;
  returnReason: string | null;
}

export function openProjectFigures(user: AuthUser, open: (ProjectFigure & { round: RoundState })[]): OpenProjectFigureView[] {
  return open.map((f) => {
    const state = entryEditState(user, f.status, f.round);
    return {
      key: `open-project-figure-${f.id}`,
      name: f.name,
      unit: f.unit,
      asOf: f.asOf,
      label: `${f.name}（截至${formatLooseDate(f.asOf)}，${f.unit}）`,
      value: String(f.value),
      qualifier: f.qualifier ?? '',
      note: f.note ?? '',
      status: ENTRY_STATUS_LABELS[f.status],
      version: f.version,
      editable: state.editable,
      reason: state.reason ?? null,
      returnReason: f.status === 'returned' ? f.returnReason : null,
    };
  });
}
