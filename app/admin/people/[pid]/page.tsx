import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/forms/action-form';
import { listPeopleForAdmin, listUnitsForAdmin } from '@/db/queries/structure-admin';
import { requirePermission } from '@/lib/auth/session';
import { isCurrent } from '@/lib/structure/archive';
import { asDefaults } from '../../campaigns/[id]/structure/item-fields';
import { segmentId } from '../../campaigns/[id]/structure/page-guard';
import { savePersonAction } from '../../units/actions';
import { ItemEditPage } from '../../units/item-edit-page';
import { PersonFields } from '../../units/unit-fields';

export const metadata: Metadata = { title: '修改人员' };

export default async function PersonPage({ params }: { params: Promise<{ pid: string }> }) {
  await requirePermission('campaign:manage');
  const id = segmentId((await params).pid);
  const person = listPeopleForAdmin().find((p) => p.id === id);
  if (!person) notFound();
  const units = listUnitsForAdmin()
    .filter(isCurrent)
    .map((u) => u.name);
  return (
    <ItemEditPage heading={`人员“${person.name}”`} back={{ href: '/admin/people', label: '返回人员列表' }} title="修改人员">
      <ActionForm action={savePersonAction} submitLabel="保存人员" label="修改人员">
        <input type="hidden" name="personId" value={person.id} />
        <PersonFields v={asDefaults(person)} units={units} />
      </ActionForm>
    </ItemEditPage>
  );
}
