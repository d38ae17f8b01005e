import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { YearForm } from '../../../year-form';
import { getCompetitionForm, getStructureChoices } from '@/db/queries/structure-admin';
import { saveCompetitionAction } from '../../../../structure-actions';
import { asDefaults, CompetitionFields } from '../../item-fields';
import { ItemPage } from '../../item-page';
import { segmentId, structurePage } from '../../page-guard';

export const metadata: Metadata = { title: '修改竞赛' };

export default async function CompetitionPage({ params }: { params: Promise<{ id: string; cid: string }> }) {
  const campaign = await structurePage(params);
  const cid = segmentId((await params).cid);
  const form = cid === null ? null : getCompetitionForm(campaign.id, cid);
  if (!form) notFound();
  return (
    <ItemPage
      campaignId={campaign.id}
      title={`竞赛“${form.row.name}”`}
      kind="competition"
      item={form.row}
      pastYear={campaign.readOnly ? campaign.year : null}
    >
      <YearForm readOnly={campaign.readOnly} action={saveCompetitionAction} submitLabel="保存竞赛" label="修改竞赛">
        <input type="hidden" name="campaignId" value={campaign.id} />
        <input type="hidden" name="competitionId" value={form.row.id} />
        <CompetitionFields
          v={{ ...asDefaults(form.row), leadPerson: form.leadPerson, leadUnit: form.leadUnit }}
          choices={getStructureChoices(campaign.id)}
        />
      </YearForm>
    </ItemPage>
  );
}
