import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/forms/action-form';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { listPeopleForAdmin, listUnitsForAdmin } from '@/db/queries/structure-admin';
import { requirePermission } from '@/lib/auth/session';
import { isCurrent } from '@/lib/structure/archive';
import { asDefaults } from '../../campaigns/[id]/structure/item-fields';
import { segmentId } from '../../campaigns/[id]/structure/page-guard';
import { savePersonAction } from '../../units/actions';
import { PersonFields } from '../../units/unit-fields';

export const metadata: Metadata = { title: '修改人员' };

export default async function PersonPage({ params }: { params: Promise<{ pid: string }> }) {
  await requirePermission('campaign:manage');
  const id = segmentId((await params).pid);
  const person = listPeopleForAdmin().find((p) => p.id === id);
  if (!person) notFound();
  return (
    <div className="space-y-4">
      <div className="flex items-baseline gap-4">
        <h1 className="text-2xl font-bold">人员“{person.name}”</h1>
        <Link href="/admin/people" className="text-sm text-brand-700 underline">
          返回人员列表
        </Link>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>修改人员</CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm action={savePersonAction} submitLabel="保存人员" label="修改人员">
            <input type="hidden" name="personId" value={person.id} />
            <PersonFields
              v={asDefaults(person)}
              units={listUnitsForAdmin()
                .filter(isCurrent)
                .map((u) => u.name)}
            />
          </ActionForm>
        </CardContent>
      </Card>
    </div>
  );
}
