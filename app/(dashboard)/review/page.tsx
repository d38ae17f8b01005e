import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getShownCampaign } from '@/db/queries/shown-campaign';
import { listReviewQueue } from '@/db/queries/review-queue';
import { bulkApproveAction } from '@/app/(dashboard)/report/actions';
import { ActionForm } from '@/components/forms/action-form';
import { Alert } from '@/components/ui/alert';
import { can, roleHas, ROLE_LABELS } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { pastYearMessage } from '@/lib/campaign/choice';
import { FigureReviewSections } from './figure-review';
import { BULK_FORM_ID, ReviewEntry } from './review-item';

export const metadata: Metadata = { title: '审核' };

export default async function ReviewPage() {
  const user = await requireUser();
  if (!roleHas(user.role, 'progress:review')) {
    return <Alert className="mx-auto mt-8 max-w-2xl">审核由各竞赛的审核员完成。您的角色是“{ROLE_LABELS[user.role]}”，没有审核权限。</Alert>;
  }
  const shown = await getShownCampaign();
  if (shown.kind !== 'shown') notFound();
  const { campaign, current, readOnly } = shown.shown;
  if (readOnly)
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">审核</h1>
        <Alert>{pastYearMessage(campaign.year, current.year)}</Alert>
      </div>
    );
  const queue = listReviewQueue(user, campaign);
  const canReviewLocked = can(user, 'period:edit-locked');
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
            id={BULK_FORM_ID}
            action={bulkApproveAction}
            submitLabel="批量通过所勾选的条目"
            inline
            label="批量通过"
            successMessage="已批量通过。"
            className="max-w-xl justify-end"
          />
        )}
      </div>
      {queue.length === 0 && <Alert>没有待审核的条目。</Alert>}
      {queue.map((item) => (
        <ReviewEntry key={item.entry.id} item={item} canReviewLocked={canReviewLocked} />
      ))}
      <FigureReviewSections user={user} />
    </div>
  );
}
