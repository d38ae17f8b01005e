import type { Metadata } from 'next';
import { ActionForm } from '@/components/forms/action-form';
import { getStructureChoices, getTaskForceForm } from '@/db/queries/structure-admin';
import { saveIndicatorAction } from '../../../../structure-actions';
import { IndicatorFields } from '../../item-fields';
import { ItemPage } from '../../item-page';
import { segmentId, structurePage } from '../../page-guard';

export const metadata: Metadata = { title: '添加指标' };

export default async function NewIndicatorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const campaign = await structurePage(params);
  const tid = segmentId((await searchParams).taskForce);
  const tf = tid === null ? null : getTaskForceForm(campaign.id, tid);
  return (
    <ItemPage campaignId={campaign.id} title="添加指标" kind="indicator" item={null}>
      <ActionForm action={saveIndicatorAction} submitLabel="添加指标" label="添加指标">
        <input type="hidden" name="campaignId" value={campaign.id} />
        <IndicatorFields
          v={{ taskForce: tf?.row.name ?? '', kind: 'cumulative', direction: 'higher' }}
          choices={getStructureChoices(campaign.id)}
          locked={false}
        />
      </ActionForm>
    </ItemPage>
  );
}
