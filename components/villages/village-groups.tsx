import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { TownshipGroupView } from '@/lib/views/villages';
import { VILLAGE_WORDS } from '@/lib/views/village-words';
import { OperatorList } from './operator-list';

/** Villages by township: those with an operator as cards, the others as a list of links. */
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
              <span className="text-xs text-slate-600">{g.featured.length + g.others.length}个行政村</span>
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
              {g.others.length > 0 && (
                <details className="text-sm">
                  <summary className="cursor-pointer text-slate-600">{VILLAGE_WORDS.otherVillages(g.others.length)}</summary>
                  <p className="mt-1 leading-7">
                    {g.others.map((o, i) => (
                      <span key={o.href}>
                        {i > 0 && '、'}
                        <Link href={o.href} className="text-brand-700 hover:underline">
                          {o.name}
                        </Link>
                      </span>
                    ))}
                  </p>
                </details>
              )}
            </CardContent>
          </Card>
        ))}
      </div>
    </section>
  );
}
