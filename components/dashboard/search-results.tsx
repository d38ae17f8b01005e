import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { SearchEntry } from '@/lib/views/search';
import { status } from '@/lib/views/table';
import { formatNumber, formatRank } from '@/lib/format';
import { highlightRuns, type SearchHit } from '@/lib/search/match';
import { TableCell } from './table-cell';

/** One group of search hits (竞赛 / 专班 / 指标), names with the matched characters highlighted. */
export function SearchGroup({ title, hits, testId }: { title: string; hits: SearchHit<SearchEntry>[]; testId: string }) {
  if (hits.length === 0) return null;
  return (
    <Card className="p-4" data-testid={testId}>
      <h2 className="text-base font-semibold text-slate-900">
        {title}
        <span className="ml-2 text-xs font-normal text-slate-600">{hits.length}项</span>
      </h2>
      <ul className="mt-2 divide-y divide-slate-100">
        {hits.map(({ item, matched }) => (
          <li key={`${item.kind}-${item.id}`} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
            <div className="min-w-0">
              <Link href={item.href} prefetch={false} className="text-base font-medium text-brand-700 hover:underline">
                <bdi>
                  {highlightRuns(item.name, matched).map((r, i) =>
                    r.hit ? (
                      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-brand-900">
                        {r.text}
                      </mark>
                    ) : (
                      <span key={i}>{r.text}</span>
                    ),
                  )}
                </bdi>
              </Link>
              <div className="text-xs text-slate-600">
                <bdi>{item.context}</bdi>
              </div>
            </div>
            <div className="flex items-center gap-3 text-sm">
              {item.status && <TableCell cell={status(item.status, item.pending)} />}
              {item.rank !== null && <span className="tabular text-slate-700">{formatRank(item.rank)}</span>}
              <span className="tabular text-slate-900">得分 {formatNumber(item.score)}</span>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
