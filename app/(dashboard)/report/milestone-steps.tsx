import type { IndicatorStep } from '@/db/schema';
import { ActionForm } from '@/components/forms/action-form';
import { formatDateZh, formatPeriodZh } from '@/lib/format';
import { setStepAction } from './actions';

/**
 * A milestone indicator's steps with their done dates. A date in a locked month is shown, not
 * offered for change (the server refuses it too), unless the viewer may edit locked periods.
 */
export function MilestoneSteps({
  steps,
  period,
  editable,
  lockedMonths,
}: {
  steps: IndicatorStep[];
  period: string;
  editable: boolean;
  /** Locked periods of the campaign, `YYYY-MM`; empty for an administrator. */
  lockedMonths: string[];
}) {
  return (
    <ul className="space-y-2">
      {steps.map((s) => {
        const lockedMonth = s.doneDate && lockedMonths.includes(s.doneDate.slice(0, 7)) ? s.doneDate.slice(0, 7) : null;
        return (
          <li key={s.id} className="flex flex-wrap items-end gap-3 text-sm">
            <span className="w-56">{s.title}</span>
            <span className="text-xs text-slate-500">计划 {formatDateZh(s.plannedDate)}</span>
            {editable && !lockedMonth ? (
              <ActionForm action={setStepAction} submitLabel="保存" inline variant="outline" label={`节点“${s.title}”`}>
                <input type="hidden" name="stepId" value={s.id} />
                <input type="hidden" name="period" value={period} />
                <label className="text-xs">
                  完成日期
                  <input type="date" name="doneDate" defaultValue={s.doneDate ?? ''} className="ml-1 h-8 rounded border px-2" />
                </label>
              </ActionForm>
            ) : (
              <span className="text-xs">
                {s.doneDate ? `已完成 ${formatDateZh(s.doneDate)}` : '未完成'}
                {lockedMonth && editable && `（${formatPeriodZh(lockedMonth)}已锁定，不能再修改）`}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
