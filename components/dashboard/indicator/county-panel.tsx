import { ChartFrame } from '@/components/charts/chart-frame';
import { CountyBarChart } from '@/components/charts/county-bar-chart';
import { LineTargetChart } from '@/components/charts/line-target-chart';
import { chartPalette } from '@/components/charts/palette';
import { Card } from '@/components/ui/card';
import type { DashboardContext } from '@/db/queries/dashboard-context';
import type { IndicatorView } from '@/db/queries/indicator-detail';
import { indicatorCountyTable } from '@/db/queries/indicator-tables';
import { formatMovement, formatPeriodZh, formatRank } from '@/lib/format';
import { DataTable } from '../data-table';

export const COUNTY_CHART_HEIGHT = 300;

/** 互看互学互比: the six counties for the period (the district highlighted) and the district's rank history. */
export function CountyPanel({ ctx, view }: { ctx: DashboardContext; view: IndicatorView }) {
  const c = view.county;
  if (!c) return null;
  const palette = chartPalette(ctx.settings.colourScheme);
  const r = view.result;
  const home = c.rows.find((x) => x.home);
  return (
    <section aria-labelledby="county-title" className="space-y-3">
      <h2 id="county-title" className="text-lg font-semibold text-slate-900">
        全市县（市、区）比较 · {formatPeriodZh(c.period)}
      </h2>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <Card className="p-4">
          <ChartFrame
            title="六县（市、区）数值"
            summary={`${home?.name ?? '本区'}${formatRank(r.countyRank, r.countyTotal)}，较上期${formatMovement(r.countyMovement)}。★ 为本区。`}
            height={COUNTY_CHART_HEIGHT}
            legend={[
              { label: '本区（★）', colour: palette.actual },
              { label: '其他县（市、区）', colour: palette.other },
            ]}
            testId="county-chart"
          >
            <CountyBarChart data={c.rows} unit={view.indicator.unit} palette={palette} />
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
              data={c.history.map((h) => ({ month: h.month, value: h.rank }))}
              unit=""
              target={null}
              targetLabel=""
              valueLabel="全市排名"
              palette={palette}
              mode="rank"
              rankTotal={Math.max(c.rows.length, 1)}
            />
          </ChartFrame>
        </Card>
      </div>
      <DataTable table={indicatorCountyTable(view)} exportQuery={`period=${ctx.period}&id=${view.indicator.id}`} headingLevel="h3" />
    </section>
  );
}
