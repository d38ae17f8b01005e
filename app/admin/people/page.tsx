import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { SimpleTable } from '@/components/ui/simple-table';
import { listPeopleForAdmin, listUnitsForAdmin } from '@/db/queries/structure-admin';
import { requirePermission } from '@/lib/auth/session';
import { ARCHIVE_TEXT } from '@/lib/structure/admin-text';
import { isCurrent } from '@/lib/structure/archive';
import { ItemState } from '../campaigns/[id]/structure/item-state';
import { itemStateAction } from '../campaigns/structure-actions';
import { savePersonAction } from '../units/actions';
import { PersonFields } from '../units/unit-fields';

export const metadata: Metadata = { title: '人员' };

export default async function PeoplePage() {
  await requirePermission('campaign:manage');
  const rows = listPeopleForAdmin();
  const unitNames = listUnitsForAdmin()
    .filter(isCurrent)
    .map((u) => u.name);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">人员（领导及职务）</h1>
      <Card>
        <CardHeader>
          <CardTitle>添加人员</CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm action={savePersonAction} submitLabel="添加人员" label="添加人员">
            <PersonFields v={{}} units={unitNames} />
          </ActionForm>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>全部人员（{rows.length}名）</CardTitle>
        </CardHeader>
        <CardContent>
          <SimpleTable
            caption="人员"
            columns={[{ header: '姓名' }, { header: '职务' }, { header: '所在单位' }, { header: '归档与删除' }]}
            rows={rows.map((p) => ({
              key: String(p.id),
              cells: [
                <span key="n" className="flex items-center gap-2">
                  <Link href={`/admin/people/${p.id}`} className="text-brand-700 underline">
                    {p.name}
                  </Link>
                  {p.archivedFrom && <Badge className="bg-amber-100 text-amber-900">{ARCHIVE_TEXT.archivedBadge(p.archivedFrom)}</Badge>}
                </span>,
                p.title,
                p.unit || '—',
                <ItemState
                  key="s"
                  action={itemStateAction}
                  kind="person"
                  id={p.id}
                  campaignId={null}
                  name={p.name}
                  archivedFrom={p.archivedFrom}
                />,
              ],
            }))}
          />
        </CardContent>
      </Card>
    </div>
  );
}
