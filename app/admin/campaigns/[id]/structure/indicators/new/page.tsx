import type { Metadata } from 'next';
import { YearForm } from '../../../year-form';
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
    <ItemPage campaignId={campaign.id} title="添加指标" kind="indicator" item={null} pastYear={campaign.readOnly ? campaign.year : null}>
      <YearForm readOnly={campaign.readOnly} action={saveIndicatorAction} submitLabel="添加指标" label="添加指标">
        <input type="hidden" name="campaignId" value={campaign.id} />
        <IndicatorFields
          v={{ taskForce: tf?.row.name ?? '', kind: 'cumulative', direction: 'higher' }}
          choices={getStructureChoices(campaign.id)}
          locked={false}
        />
      </YearForm>
    </ItemPage>
  );
}
