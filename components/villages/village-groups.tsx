import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { TownshipGroupView } from '@/lib/views/villages';
import { VILLAGE_WORDS } from '@/lib/views/village-words';
import { OperatorList } from './operator-list';

/**
 * Villages by township: those with an operator as cards; the others only counted, with a link to
 * the township's full list (shown page by page), so the page does not grow with the district.
 */
export function VillageGroups({ groups }: { groups: TownshipGroupView[] }) {
  return (
    <section aria-labelledby="village-groups-title" className="space-y-3">
      <h2 id="village-groups-title" className="text-lg font-semibold">
        各乡镇（街道）村庄与运营主体
      </h2>
      <div className="grid gap-3 lg:grid-cols-2 2xl:grid-cols-3">
        {groups.map((g) => (
          <Card key={g.id} data-testid={`township-${g.id}`}>
            <CardHeader>
              <CardTitle>{g.name}</CardTitle>
              <Link href={g.listHref} className="text-xs text-brand-700 underline-offset-2 hover:underline">
                {VILLAGE_WORDS.listVillages(g.featured.length + g.others)}
              </Link>
            </CardHeader>
            <CardContent className="space-y-3">
              {g.featured.map((v) => (
                <div key={v.id} className="rounded border border-slate-200 p-2.5">
                  <p className="text-sm font-semibold">
                    <Link href={v.href} className="text-brand-700 underline-offset-2 hover:underline">
                      {v.name}
                    </Link>
                    {v.natural.length > 0 && <span className="ml-1 font-normal text-slate-600">（含{v.natural.join('、')}）</span>}
                  </p>
                  <div className="mt-1.5">
                    <OperatorList operators={v.operators} compact />
                  </div>
                </div>
              ))}
              {g.others > 0 && <p className="text-sm text-slate-600">{VILLAGE_WORDS.otherVillages(g.others, g.featured.length === 0)}</p>}
            </CardContent>
          </Card>
        ))}
      </div>
    </section>
  );
}
