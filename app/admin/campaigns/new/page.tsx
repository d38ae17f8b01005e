import type { Metadata } from 'next';
import Link from 'next/link';
import { getHomeRegion } from '@/db/queries/campaign-admin';
import { getNow } from '@/db/queries/clock';
import { requirePermission } from '@/lib/auth/session';
import { ActionForm } from '@/components/forms/action-form';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { createCampaignAction } from '../actions';
import { CampaignFields } from '../campaign-fields';

export const metadata: Metadata = { title: '新建活动' };

export default async function NewCampaignPage() {
  await requirePermission('campaign:manage');
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">新建活动</h1>
      <Card>
        <CardHeader>
          <CardTitle>活动信息</CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm action={createCampaignAction} submitLabel="建立活动" label="新建活动">
            <CampaignFields region={getHomeRegion()} year={getNow().getFullYear()} />
          </ActionForm>
        </CardContent>
      </Card>
      <p className="text-sm text-slate-600">
        建立后可在{' '}
        <Link href="/admin/campaigns/import" className="text-brand-700 underline">
          导入结构
        </Link>{' '}
        中选择该活动，按名称导入竞赛、专班和指标。
      </p>
    </div>
  );
}
