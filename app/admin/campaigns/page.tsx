import type { Metadata } from 'next';
import Link from 'next/link';
import { listCampaignsForAdmin } from '@/db/queries/campaign-admin';
import { requirePermission } from '@/lib/auth/session';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { CampaignTable } from './campaign-table';
import { FirstSteps } from './first-steps';

export const metadata: Metadata = { title: '竞赛活动' };

export default async function CampaignsPage() {
  await requirePermission('campaign:manage');
  const rows = listCampaignsForAdmin();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">竞赛活动</h1>
        {rows.length > 0 && (
          <div className="flex gap-2">
            <Link href="/admin/campaigns/import" className={buttonVariants({ size: 'sm' })}>
              导入结构
            </Link>
            <Link href="/admin/campaigns/new" className={buttonVariants({ variant: 'outline', size: 'sm' })}>
              新建活动
            </Link>
          </div>
        )}
      </div>
      {rows.length === 0 ? (
        <FirstSteps />
      ) : (
        <Card>
          <CardContent className="pt-4">
            <CampaignTable rows={rows} />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
