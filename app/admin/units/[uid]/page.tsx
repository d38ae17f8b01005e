import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/forms/action-form';
import { listUnitsForAdmin } from '@/db/queries/structure-admin';
import { requirePermission } from '@/lib/auth/session';
import { asDefaults } from '../../campaigns/[id]/structure/item-fields';
import { segmentId } from '../../campaigns/[id]/structure/page-guard';
import { saveUnitAction } from '../actions';
import { ItemEditPage } from '../item-edit-page';
import { UnitFields } from '../unit-fields';

export const metadata: Metadata = { title: '修改单位' };

export default async function UnitPage({ params }: { params: Promise<{ uid: string }> }) {
  await requirePermission('campaign:manage');
  const id = segmentId((await params).uid);
  const unit = listUnitsForAdmin().find((u) => u.id === id);
  if (!unit) notFound();
  return (
    <ItemEditPage heading={`单位“${unit.name}”`} back={{ href: '/admin/units', label: '返回单位列表' }} title="修改单位">
      <ActionForm action={saveUnitAction} submitLabel="保存单位" label="修改单位">
        <input type="hidden" name="unitId" value={unit.id} />
        <UnitFields v={asDefaults(unit)} />
      </ActionForm>
    </ItemEditPage>
  );
}
