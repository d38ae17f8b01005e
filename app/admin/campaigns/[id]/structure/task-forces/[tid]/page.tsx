import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { YearForm } from '../../../year-form';
import { getStructureChoices, getTaskForceForm } from '@/db/queries/structure-admin';
import { saveTaskForceAction } from '../../../../structure-actions';
import { asDefaults, TaskForceFields } from '../../item-fields';
import { ItemPage } from '../../item-page';
import { segmentId, structurePage } from '../../page-guard';

export const metadata: Metadata = { title: '修改专班' };

export default async function TaskForcePage({ params }: { params: Promise<{ id: string; tid: string }> }) {
  const campaign = await structurePage(params);
  const tid = segmentId((await params).tid);
  const form = tid === null ? null : getTaskForceForm(campaign.id, tid);
  if (!form) notFound();
  const base = `/admin/campaigns/${campaign.id}/structure`;
  return (
    <ItemPage
      campaignId={campaign.id}
      title={`专班“${form.row.name}”`}
      kind="taskForce"
      item={form.row}
      pastYear={campaign.readOnly ? campaign.year : null}
    >
      <p className="mb-3 flex gap-4 text-sm">
        <Link href={`${base}/task-forces/${form.row.id}/targets`} className="text-brand-700 underline">
          阶段目标
        </Link>
        {!campaign.readOnly && (
          <Link href={`${base}/indicators/new?taskForce=${form.row.id}`} className="text-brand-700 underline">
            添加指标
          </Link>
        )}
      </p>
      <YearForm readOnly={campaign.readOnly} action={saveTaskForceAction} submitLabel="保存专班" label="修改专班">
        <input type="hidden" name="campaignId" value={campaign.id} />
        <input type="hidden" name="taskForceId" value={form.row.id} />
        <TaskForceFields
          v={{ ...asDefaults(form.row), competition: form.competition, leadPerson: form.leadPerson, leadUnit: form.leadUnit }}
          members={form.members}
          choices={getStructureChoices(campaign.id)}
        />
      </YearForm>
    </ItemPage>
  );
}
