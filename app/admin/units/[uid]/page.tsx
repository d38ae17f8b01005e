import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/forms/action-form';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { listUnitsForAdmin } from '@/db/queries/structure-admin';
import { requirePermission } from '@/lib/auth/session';
import { asDefaults } from '../../campaigns/[id]/structure/item-fields';
import { segmentId } from '../../campaigns/[id]/structure/page-guard';
import { saveUnitAction } from '../actions';
import { UnitFields } from '../unit-fields';

export const metadata: Metadata = { title: '修改单位' };

export default async function UnitPage({ params }: { params: Promise<{ uid: string }> }) {
  await requirePermission('campaign:manage');
  const id = segmentId((await params).uid);
  const unit = listUnitsForAdmin().find((u) => u.id === id);
  if (!unit) notFound();
  return (
    <div className="space-y-4">
      <div className="flex items-baseline gap-4">
        <h1 className="text-2xl font-bold">单位“{unit.name}”</h1>
        <Link href="/admin/units" className="text-sm text-brand-700 underline">
          返回单位列表
        </Link>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>修改单位</CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm action={saveUnitAction} submitLabel="保存单位" label="修改单位">
            <input type="hidden" name="unitId" value={unit.id} />
            <UnitFields v={asDefaults(unit)} />
          </ActionForm>
        </CardContent>
      </Card>
    </div>
  );
}
