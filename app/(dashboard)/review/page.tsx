import type { Metadata } from 'next';
import Link from 'next/link';
import { getActiveCampaign } from '@/db/queries/campaign';
import { listReviewQueue } from '@/db/queries/reporting';
import { bulkApproveAction, reviewEntryAction } from '@/app/(dashboard)/report/actions';
import { ActionForm } from '@/components/forms/action-form';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent } from '@/components/ui/card';
import { roleHas, ROLE_LABELS } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { formatBeijingTimeShort, formatNumber, formatPeriodZh, formatValue } from '@/lib/format';

export const metadata: Metadata = { title: '审核' };

export default async function ReviewPage() {
  const user = await requireUser();
  if (!roleHas(user.role, 'progress:review')) {
    return <Alert className="mx-auto mt-8 max-w-2xl">审核由各竞赛的审核员完成。您的角色是“{ROLE_LABELS[user.role]}”，没有审核权限。</Alert>;
  }
  const queue = listReviewQueue(user, getActiveCampaign());
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">审核</h1>
          <p className="mt-1 text-sm text-slate-600">
            待审核 {queue.length} 条。通过后计入官方排名；退回须写明原因，填报员修改后重新提交。
          </p>
        </div>
        {queue.length > 0 && (
          <ActionForm
            id="bulk-approve"
            action={bulkApproveAction}
            submitLabel="批量通过所勾选的条目"
            inline
            successMessage="已批量通过。"
          />
        )}
      </div>
      {queue.length === 0 && <Alert>没有待审核的条目。</Alert>}
      {queue.map((item) => {
        const e = item.entry;
        const change = item.previousValue !== null && e.value !== null ? e.value - item.previousValue : null;
        return (
          <Card key={e.id} data-testid={`review-entry-${e.id}`}>
            <CardContent className="grid gap-3 pt-4 lg:grid-cols-[auto_1fr_auto]">
              <label className="flex items-start gap-2 pt-1 text-sm">
                <input
                  type="checkbox"
                  name="entries[]"
                  value={`${e.id}:${e.version}`}
                  form="bulk-approve"
                  aria-label={`勾选 ${item.indicator.name}`}
                />
              </label>
              <div className="space-y-1 text-sm">
                <p className="font-semibold">
                  {item.indicator.name}
                  <span className="ml-2 text-xs font-normal text-slate-500">
                    {item.competitionName} · {item.taskForceName} · {formatPeriodZh(e.period)}
                  </span>
                </p>
                <p>
                  本期 <strong className="tabular">{formatValue(e.value, item.indicator.unit)}</strong>
                  {' · '}上期 {formatValue(item.previousValue, item.indicator.unit)}
                  {' · '}变化 {change === null ? '—' : `${change >= 0 ? '+' : ''}${formatNumber(change, 2)}`}
                  {e.late && <span className="ml-2 rounded bg-red-100 px-1 text-xs text-red-800">逾期提交</span>}
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
              <div className="flex min-w-64 flex-col gap-2">
                <ActionForm action={reviewEntryAction} submitLabel="通过" successMessage="已通过。">
                  <input type="hidden" name="entryId" value={e.id} />
                  <input type="hidden" name="version" value={e.version} />
                  <input type="hidden" name="decision" value="approve" />
                </ActionForm>
                <ActionForm action={reviewEntryAction} submitLabel="退回" variant="outline" successMessage="已退回。">
                  <input type="hidden" name="entryId" value={e.id} />
                  <input type="hidden" name="version" value={e.version} />
                  <input type="hidden" name="decision" value="return" />
                  <label className="block text-xs">
                    退回原因
                    <textarea name="reason" rows={2} className="mt-0.5 w-full rounded border px-2 py-1 text-sm" />
                  </label>
                </ActionForm>
              </div>
            </CardContent>
          </Card>
        );
      })}
    </div>
  );
}
