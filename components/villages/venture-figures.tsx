import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { SimpleTable } from '@/components/ui/simple-table';
import type { VentureView } from '@/lib/views/village-detail';
import { VILLAGE_WORDS } from '@/lib/views/village-words';

/** Each venture (业态) with its figures per year or month: value, period, the page's own words, status. */
export function VentureFigures({ ventures }: { ventures: VentureView[] }) {
  return (
    <section aria-labelledby="venture-figures-title" className="space-y-3">
      <h2 id="venture-figures-title" className="text-lg font-semibold">
        {VILLAGE_WORDS.figuresTitle}
      </h2>
      {ventures.map((v) => (
        <Card key={v.id} data-testid={`venture-${v.id}`}>
          <CardHeader>
            <CardTitle>
              {v.kind}：<bdi>{v.name}</bdi>
            </CardTitle>
            {v.description && <span className="text-xs text-slate-600">{v.description}</span>}
          </CardHeader>
          <CardContent>
            {v.figures.length === 0 ? (
              <p className="text-sm text-slate-500">{VILLAGE_WORDS.noFigures}</p>
            ) : (
              <SimpleTable
                caption={`${v.name}的经营数据`}
                columns={[
                  { header: '指标' },
                  { header: '时间' },
                  { header: '数值', numeric: true },
                  { header: `${VILLAGE_WORDS.sourceQuote}／说明`, wrap: true },
                  { header: '状态' },
                ]}
                rows={v.figures.map((f) => ({
                  key: f.key,
                  cells: [
                    f.metric,
                    f.period,
                    <strong key="v" className="font-semibold">
                      {f.value}
                    </strong>,
                    <span key="q" className="text-slate-700">
                      {f.quote && <q className="mr-1">{f.quote}</q>}
                      {f.note && <span className="text-xs text-slate-600">{f.note}</span>}
                    </span>,
                    f.pending ? <span className="rounded bg-amber-100 px-1 text-xs text-amber-900">{f.status}</span> : f.status,
                  ],
                }))}
              />
            )}
          </CardContent>
        </Card>
      ))}
    </section>
  );
}
