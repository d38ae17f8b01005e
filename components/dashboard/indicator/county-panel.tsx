import { ChartFrame } from '@/components/charts/chart-frame';
import { CountyBarChart, LineTargetChart } from '@/components/charts/lazy';
import { chartPalette, type ColourScheme } from '@/components/charts/palette';
import { Card } from '@/components/ui/card';
import type { CountyView } from '@/lib/views/indicator-county';
import { DataTable } from '../data-table';

export const COUNTY_CHART_HEIGHT = 300;

/** 互看互学互比: the six counties for the period (the district highlighted) and the district's rank history. */
export function CountyPanel({ scheme, view, exportQuery }: { scheme: ColourScheme; view: CountyView; exportQuery: string }) {
  const palette = chartPalette(scheme);
  return (
    <section aria-labelledby="county-title" className="space-y-3">
      <h2 id="county-title" className="text-lg font-semibold text-slate-900">
        {view.title}
      </h2>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <Card className="p-4">
          <ChartFrame
            title="六县（市、区）数值"
            summary={view.summary}
            height={COUNTY_CHART_HEIGHT}
            legend={[
              { label: '本区（★）', colour: palette.actual },
              { label: '其他县（市、区）', colour: palette.other },
            ]}
            testId="county-chart"
          >
            <CountyBarChart data={view.bars} unit={view.unit} palette={palette} />
          </ChartFrame>
        </Card>
        <Card className="p-4">
          <ChartFrame
            title="本区全市排名走势"
            summary="第1名在上。"
            height={COUNTY_CHART_HEIGHT}
            legend={[{ label: '本区全市排名', colour: palette.actual, shape: 'line' }]}
            testId="county-rank-chart"
          >
            <LineTargetChart
              data={view.history}
              unit=""
              target={null}
              targetLabel=""
              valueLabel="全市排名"
              palette={palette}
              mode="rank"
              rankTotal={view.rankTotal}
            />
          </ChartFrame>
        </Card>
      </div>
      <DataTable table={view.table} exportQuery={exportQuery} headingLevel="h3" />
    </section>
  );
}
