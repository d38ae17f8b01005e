import Link from 'next/link';
import { Pager } from '@/components/dashboard/pager';
import { ChartFrame } from '@/components/charts/chart-frame';
import { RankingBarChart } from '@/components/charts/lazy';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { SimpleTable } from '@/components/ui/simple-table';
import type { TablePage } from '@/lib/views/paging';
import type { BarDatum, ComparisonRowView, ComparisonView } from '@/lib/views/villages';
import { VILLAGE_WORDS } from '@/lib/views/village-words';

const COLOURS = { bar: '#9cbbe3', highlight: '#1f4e8c', axis: '#374151', grid: '#e5e7eb' };
const chartHeight = (n: number) => Math.max(120, n * 24 + 30);
/** Bars in one chart: the leading villages; the table below ranks every village, page by page. */
export const CHART_BARS = 20;
const leading = (data: BarDatum[]) => data.slice(0, CHART_BARS);
const leadingNote = (data: BarDatum[]) => (data.length > CHART_BARS ? `（图中为前${CHART_BARS}名，共${data.length}个村）` : '');

function RankTable({
  caption,
  rows,
  first,
  testId,
  basis,
}: {
  caption: string;
  rows: ComparisonRowView[];
  first: string;
  testId: string;
  basis?: string;
}) {
  return (
    <SimpleTable
      caption={caption}
      testId={testId}
      columns={[
        { header: first },
        { header: '带动农户', numeric: true },
        { header: '户数排名' },
        { header: '增收幅度', numeric: true },
        { header: '增幅排名' },
        ...(basis ? [{ header: basis, wrap: true }] : []),
      ]}
      rows={rows.map((r) => ({
        key: r.key,
        cells: [
          r.href ? (
            <Link href={r.href} className="font-medium text-brand-700 hover:underline">
              {r.name}
              {r.township && <span className="ml-1 text-xs font-normal text-slate-500">{r.township}</span>}
            </Link>
          ) : (
            r.name
          ),
          r.households,
          r.householdsRank,
          r.growth,
          r.growthRank,
          ...(basis
            ? [
                <span key="b" className="text-xs text-slate-600">
                  {r.basis}
                </span>,
              ]
            : []),
        ],
      }))}
    />
  );
}

/** 村庄比较: households benefited and income growth across villages and townships, charts and ranked tables. */
export function VillageComparison({ view, page }: { view: ComparisonView; page: TablePage }) {
  return (
    <Card data-testid="village-comparison">
      <CardHeader>
        <CardTitle>{VILLAGE_WORDS.comparisonTitle}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <div className="grid gap-4 xl:grid-cols-2">
          <ChartFrame
            title={VILLAGE_WORDS.householdsTitle}
            summary={
              view.householdsChart
                .slice(0, 3)
                .map((d) => `${d.label}${d.text}`)
                .join('，') + leadingNote(view.householdsChart)
            }
            height={chartHeight(leading(view.householdsChart).length)}
            testId="chart-households"
          >
            <RankingBarChart data={leading(view.householdsChart)} unit="户" colours={COLOURS} />
          </ChartFrame>
          <ChartFrame
            title={VILLAGE_WORDS.growthTitle}
            summary={
              view.growthChart
                .slice(0, 3)
                .map((d) => `${d.label}${d.text}`)
                .join('，') + leadingNote(view.growthChart)
            }
            height={chartHeight(leading(view.growthChart).length)}
            testId="chart-growth"
          >
            <RankingBarChart data={leading(view.growthChart)} unit="%" colours={COLOURS} />
          </ChartFrame>
        </div>
        <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div id="village-ranking">
            <RankTable caption="各村比较与排名" rows={view.villages.slice(page.from, page.to)} first="村" testId="table-village-ranking" />
            {page.pages > 1 && <Pager page={page} total={view.villages.length} />}
          </div>
          <RankTable
            caption="各乡镇（街道）比较与排名"
            rows={view.townships}
            first="乡镇（街道）"
            testId="table-township-ranking"
            basis="说明"
          />
        </div>
        <p className="text-xs text-slate-600">
          {view.note}
          {view.bases.length > 0 && ` 报道实录村庄的增收口径——${view.bases.join('；')}。`}
        </p>
      </CardContent>
    </Card>
  );
}
