import type { Metadata } from 'next';
import Link from 'next/link';
import { parseSettings } from '@/lib/metrics';
import { Field } from '@/components/forms/field';
import { FormulaCard } from '@/components/dashboard/rankings/formula';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { updateCampaignAction } from '../actions';
import { CopyCard } from './copy-card';
import { SettingsFields } from './settings-fields';
import { SettingsPreviewPanel } from './settings-preview';
import { listPeriods } from '@/db/queries/campaign';
import { formatPeriodZh } from '@/lib/format';
import { PREVIEW_TEXT } from '@/lib/views/settings-preview';
import { structurePage } from './structure/page-guard';
import { PastYearNote, YearForm } from './year-form';

export const metadata: Metadata = { title: '活动设置' };

export default async function CampaignSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const campaign = await structurePage(params);
  const settings = parseSettings(campaign.settings);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-bold">
          {campaign.year}年“{campaign.name}”设置
        </h1>
        <Link href={`/admin/campaigns/${campaign.id}/structure`} className="text-brand-700 underline">
          竞赛、专班与指标
        </Link>
      </div>
      {campaign.readOnly && <PastYearNote year={campaign.year} />}
      <Card>
        <CardHeader>
          <CardTitle>名称与计分设置</CardTitle>
        </CardHeader>
        <CardContent>
          <YearForm readOnly={campaign.readOnly} action={updateCampaignAction} submitLabel="保存设置" label="活动设置">
            <input type="hidden" name="campaignId" value={campaign.id} />
            <Field label="活动名称" name="name" defaultValue={campaign.name} className="max-w-md" />
            <SettingsFields settings={settings} />
            {!campaign.readOnly && <Preview campaignId={campaign.id} currentPeriod={campaign.currentPeriod} />}
          </YearForm>
        </CardContent>
      </Card>
      <CopyCard campaign={campaign} />
      <FormulaCard settings={settings} />
    </div>
  );
}

/** 预览排名变化 over the opened periods (the current one first chosen, else the latest). */
function Preview({ campaignId, currentPeriod }: { campaignId: number; currentPeriod: string }) {
  const opened = listPeriods(campaignId).map((p) => p.period);
  if (opened.length === 0) return <p className="text-sm text-slate-600">{PREVIEW_TEXT.noPeriod}</p>;
  const periods = [...opened].reverse().map((p) => ({ value: p, label: formatPeriodZh(p) }));
  return <SettingsPreviewPanel periods={periods} defaultPeriod={opened.includes(currentPeriod) ? currentPeriod : opened.at(-1)!} />;
}
