import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { SimpleTable } from '@/components/ui/simple-table';
import { listUnitsForAdmin } from '@/db/queries/structure-admin';
import { requirePermission } from '@/lib/auth/session';
import { ARCHIVE_TEXT } from '@/lib/structure/admin-text';
import { UNIT_KIND_WORDS } from '@/lib/structure/sheets';
import { ItemState } from '../campaigns/[id]/structure/item-state';
import { itemStateAction } from '../campaigns/structure-actions';
import { saveUnitAction } from './actions';
import { UnitFields } from './unit-fields';

export const metadata: Metadata = { title: '单位' };

export default async function UnitsPage() {
  await requirePermission('campaign:manage');
  const rows = listUnitsForAdmin();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">单位（部门、乡镇街道）</h1>
      <Card>
        <CardHeader>
          <CardTitle>添加单位</CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm action={saveUnitAction} submitLabel="添加单位" label="添加单位">
            <UnitFields v={{}} />
          </ActionForm>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>全部单位（{rows.length}个）</CardTitle>
        </CardHeader>
        <CardContent>
          <SimpleTable
            caption="单位"
            columns={[{ header: '单位名称' }, { header: '简称' }, { header: '类型' }, { header: '区划代码' }, { header: '归档与删除' }]}
            rows={rows.map((u) => ({
              key: String(u.id),
              cells: [
                <span key="n" className="flex items-center gap-2">
                  <Link href={`/admin/units/${u.id}`} className="text-brand-700 underline">
                    {u.name}
                  </Link>
                  {u.archivedFrom && <Badge className="bg-amber-100 text-amber-900">{ARCHIVE_TEXT.archivedBadge(u.archivedFrom)}</Badge>}
                </span>,
                u.shortName ?? '—',
                UNIT_KIND_WORDS[u.kind],
                u.regionCode ?? '—',
                <ItemState
                  key="s"
                  action={itemStateAction}
                  kind="unit"
                  id={u.id}
                  campaignId={null}
                  name={u.name}
                  archivedFrom={u.archivedFrom}
                />,
              ],
            }))}
          />
        </CardContent>
      </Card>
    </div>
  );
}
