import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { YearForm } from '../../../year-form';
import { getIndicatorForm, getStructureChoices } from '@/db/queries/structure-admin';
import { saveIndicatorAction } from '../../../../structure-actions';
import { asDefaults, IndicatorFields } from '../../item-fields';
import { ItemPage } from '../../item-page';
import { segmentId, structurePage } from '../../page-guard';
import { StepsCard } from '../../steps-card';

export const metadata: Metadata = { title: '修改指标' };

export default async function IndicatorPage({ params }: { params: Promise<{ id: string; iid: string }> }) {
  const campaign = await structurePage(params);
  const iid = segmentId((await params).iid);
  const form = iid === null ? null : getIndicatorForm(campaign.id, iid);
  if (!form) notFound();
  const steps =
    form.row.kind === 'milestone' ? (
      <StepsCard campaignId={campaign.id} indicatorId={form.row.id} steps={form.steps} readOnly={campaign.readOnly} />
    ) : null;
  return (
    <ItemPage
      campaignId={campaign.id}
      title={`指标“${form.row.name}”`}
      kind="indicator"
      item={form.row}
      extra={steps}
      pastYear={campaign.readOnly ? campaign.year : null}
    >
      {form.entries > 0 && <p className="mb-3 text-sm text-slate-600">已有 {form.entries} 条报送记录。</p>}
      <YearForm readOnly={campaign.readOnly} action={saveIndicatorAction} submitLabel="保存指标" label="修改指标">
        <input type="hidden" name="campaignId" value={campaign.id} />
        <input type="hidden" name="indicatorId" value={form.row.id} />
        <IndicatorFields
          v={{ ...asDefaults(form.row), taskForce: form.taskForce, responsibleUnit: form.responsibleUnit }}
          choices={getStructureChoices(campaign.id)}
          locked={form.entries > 0}
          targetHref={campaign.readOnly ? undefined : `/indicators/${form.row.id}#target-change`}
        />
      </YearForm>
    </ItemPage>
  );
}
