import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { getStructureChoices, getStructureTree } from '@/db/queries/structure-admin';
import { saveCompetitionAction } from '../../structure-actions';
import { CompetitionFields } from './item-fields';
import { structurePage } from './page-guard';
import { StructureTree } from './structure-tree';
import { PastYearNote } from '../year-form';
import { ActionForm } from '@/components/forms/action-form';

export const metadata: Metadata = { title: '活动结构' };

export default async function StructurePage({ params }: { params: Promise<{ id: string }> }) {
  const campaign = await structurePage(params);
  const tree = getStructureTree(campaign.id);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-bold">
          {campaign.year}年“{campaign.name}”结构
        </h1>
        <Link href={`/admin/campaigns/${campaign.id}`} className="text-sm text-brand-700 underline">
          返回活动设置
        </Link>
        <Link href="/admin/units" className="text-sm text-brand-700 underline">
          单位
        </Link>
        <Link href="/admin/people" className="text-sm text-brand-700 underline">
          人员
        </Link>
      </div>
      {campaign.readOnly ? (
        <PastYearNote year={campaign.year} />
      ) : (
        <Card>
          <CardHeader>
            <CardTitle>添加竞赛</CardTitle>
          </CardHeader>
          <CardContent>
            <ActionForm action={saveCompetitionAction} submitLabel="添加竞赛" label="添加竞赛">
              <input type="hidden" name="campaignId" value={campaign.id} />
              <CompetitionFields v={{}} choices={getStructureChoices(campaign.id)} />
            </ActionForm>
          </CardContent>
        </Card>
      )}
      <Card>
        <CardHeader>
          <CardTitle>竞赛、专班与指标</CardTitle>
        </CardHeader>
        <CardContent>
          {!campaign.readOnly && (
            <p className="mb-3 text-xs text-slate-500">
              用 ↑ ↓
              调整顺序。已被报送记录、授权或其他结构引用的不能删除，可以归档：归档后不再出现在填报、下拉选项和当期排名中，此前各期不受影响。
            </p>
          )}
          <StructureTree campaignId={campaign.id} tree={tree} readOnly={campaign.readOnly} />
        </CardContent>
      </Card>
    </div>
  );
}
