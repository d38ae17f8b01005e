import Link from 'next/link';
import { Pager } from '@/components/dashboard/pager';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { SimpleTable } from '@/components/ui/simple-table';
import type { TablePage } from '@/lib/views/paging';
import type { TownshipVillagesView } from '@/lib/views/villages';
import { VILLAGE_WORDS } from '@/lib/views/village-words';

/** One township's villages, one page at a time, each linking to its village page. */
export function TownshipVillages({ view, page }: { view: TownshipVillagesView; page: TablePage }) {
  const total = view.villages.length;
  return (
    <Card id="village-list" data-testid="township-villages">
      <CardHeader>
        <CardTitle>{VILLAGE_WORDS.townshipList(view.name, total)}</CardTitle>
        <Link href="/villages" className="text-xs text-brand-700 underline-offset-2 hover:underline">
          收起名单
        </Link>
      </CardHeader>
      <CardContent className="px-0 pb-0">
        <SimpleTable
          caption={VILLAGE_WORDS.townshipList(view.name, total)}
          testId="table-township-villages"
          columns={[{ header: '行政村' }, { header: '自然村', wrap: true }, { header: '运营主体', wrap: true }]}
          rows={view.villages.slice(page.from, page.to).map((v) => ({
            key: v.href,
            cells: [
              <Link key="n" href={v.href} className="font-medium text-brand-700 hover:underline">
                {v.name}
              </Link>,
              v.natural || '—',
              v.operators,
            ],
          }))}
        />
        {page.pages > 1 && <Pager page={page} total={total} />}
      </CardContent>
    </Card>
  );
}
