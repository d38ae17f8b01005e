import type { Metadata } from 'next';
import { YearForm } from '../../../year-form';
import { getCompetitionForm, getStructureChoices } from '@/db/queries/structure-admin';
import { saveTaskForceAction } from '../../../../structure-actions';
import { TaskForceFields } from '../../item-fields';
import { ItemPage } from '../../item-page';
import { segmentId, structurePage } from '../../page-guard';

export const metadata: Metadata = { title: '添加专班' };

export default async function NewTaskForcePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const campaign = await structurePage(params);
  const cid = segmentId((await searchParams).competition);
  const comp = cid === null ? null : getCompetitionForm(campaign.id, cid);
  return (
    <ItemPage campaignId={campaign.id} title="添加专班" kind="taskForce" item={null} pastYear={campaign.readOnly ? campaign.year : null}>
      <YearForm readOnly={campaign.readOnly} action={saveTaskForceAction} submitLabel="添加专班" label="添加专班">
        <input type="hidden" name="campaignId" value={campaign.id} />
        <TaskForceFields v={{ competition: comp?.row.name ?? '' }} members={[]} choices={getStructureChoices(campaign.id)} />
      </YearForm>
    </ItemPage>
  );
}
