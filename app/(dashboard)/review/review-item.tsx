import Link from 'next/link';
import type { ReviewItem } from '@/db/queries/review-queue';
import { reviewEntryAction } from '@/app/(dashboard)/report/actions';
import { ActionForm } from '@/components/forms/action-form';
import { Card, CardContent } from '@/components/ui/card';
import { formatBeijingTimeShort, formatNumber, formatPeriodZh, formatValue } from '@/lib/format';

/** The form id the item checkboxes join (批量通过). */
export const BULK_FORM_ID = 'bulk-approve';

function Decisions({ item }: { item: ReviewItem }) {
  const e = item.entry;
  const what = `${item.indicator.name}（${formatPeriodZh(e.period)}）`;
  return (
    <div className="flex min-w-64 flex-col gap-2">
      <ActionForm action={reviewEntryAction} submitLabel="通过" successMessage="已通过。" label={`通过 ${what}`}>
        <input type="hidden" name="entryId" value={e.id} />
        <input type="hidden" name="version" value={e.version} />
        <input type="hidden" name="decision" value="approve" />
      </ActionForm>
      <ActionForm action={reviewEntryAction} submitLabel="退回" variant="outline" successMessage="已退回。" label={`退回 ${what}`}>
        <input type="hidden" name="entryId" value={e.id} />
        <input type="hidden" name="version" value={e.version} />
        <input type="hidden" name="decision" value="return" />
        <label className="block text-xs">
          退回原因
          <textarea name="reason" rows={2} className="mt-0.5 w-full rounded border px-2 py-1 text-sm" />
        </label>
      </ActionForm>
    </div>
  );
}

/**
 * One submitted entry: value, change, the three texts, and approve / return. In a locked period
 * only an administrator is offered the decisions (the server refuses the others too).
 */
export function ReviewEntry({ item, canReviewLocked }: { item: ReviewItem; canReviewLocked: boolean }) {
  const e = item.entry;
  const change = item.previousValue !== null && e.value !== null ? e.value - item.previousValue : null;
  const open = !item.periodLocked || canReviewLocked;
  return (
    <Card data-testid={`review-entry-${e.id}`}>
      <CardContent className="grid gap-3 pt-4 lg:grid-cols-[auto_1fr_auto]">
        <label className="flex items-start gap-2 pt-1 text-sm">
          <input
            type="checkbox"
            name="entries[]"
            value={`${e.id}:${e.version}`}
            form={BULK_FORM_ID}
            disabled={!open}
            aria-label={`勾选 ${item.indicator.name}`}
          />
        </label>
        <div className="space-y-1 text-sm">
          <p className="font-semibold">
            {item.indicator.name}
            <span className="ml-2 text-xs font-normal text-slate-500">
              {item.competitionName} · {item.taskForceName} · {formatPeriodZh(e.period)}
              {item.round !== e.period && `数据（${formatPeriodZh(item.round)}报送）`}
            </span>
            {item.periodLocked && <span className="ml-2 rounded bg-slate-200 px-1 text-xs font-normal">统计期已锁定</span>}
          </p>
          <p>
            本期 <strong className="tabular">{formatValue(e.value, item.indicator.unit)}</strong>
            {' · '}上期 {formatValue(item.previousValue, item.indicator.unit)}
            {' · '}变化 {change === null ? '—' : `${change >= 0 ? '+' : ''}${formatNumber(change, 2)}`}
            {item.late && <span className="ml-2 rounded bg-red-100 px-1 text-xs text-red-800">逾期提交</span>}
          </p>
          <p className="text-slate-700">工作进展：{e.workProgress || '—'}</p>
          <p className="text-slate-700">存在问题：{e.problems || '—'}</p>
          <p className="text-slate-700">下步打算：{e.nextSteps || '—'}</p>
          <p className="text-xs text-slate-500">
            {item.submittedByName ?? '—'} 提交于 {formatBeijingTimeShort(e.submittedAt)} ·{' '}
            <Link href={`/entries/${e.id}`} className="underline">
              修改记录
            </Link>
          </p>
        </div>
        {open ? (
          <Decisions item={item} />
        ) : (
          <p className="min-w-64 text-xs text-slate-600">{formatPeriodZh(item.round)}已锁定，不能再审核。如确需处理，请联系系统管理员。</p>
        )}
      </CardContent>
    </Card>
  );
}
