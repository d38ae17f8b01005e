import { ChartFrame } from '@/components/charts/chart-frame';
import { CumulativeChart } from '@/components/charts/cumulative-chart';
import { LineTargetChart } from '@/components/charts/line-target-chart';
import { chartPalette } from '@/components/charts/palette';
import { Card } from '@/components/ui/card';
import type { DashboardContext } from '@/db/queries/dashboard-context';
import type { IndicatorView } from '@/db/queries/indicator-detail';
import { formatPercent, formatRank, formatValue } from '@/lib/format';

export const TREND_HEIGHT = 340;

/** The indicator over the year: cumulative against 序时 and phased targets, or level/rank against the target. */
export function TrendPanel({ ctx, view }: { ctx: DashboardContext; view: IndicatorView }) {
  const palette = chartPalette(ctx.settings.colourScheme);
  const ind = view.indicator;
  const e = view.result.evaluation;
  if (ind.kind === 'cumulative') {
    const effMonth = e.effectivePeriod ? Number(e.effectivePeriod.slice(5)) : null;
    const data = view.months.map((m) => ({
      ...m,
      projection: e.actual !== null && effMonth !== null && m.month >= effMonth ? (e.actual / effMonth) * m.month : null,
    }));
    return (
      <Card className="p-4">
        <ChartFrame
          title="累计完成与序时进度"
          summary={`年度目标${formatValue(ind.annualTarget, ind.unit)}；截至${effMonth ?? '—'}月累计${formatValue(e.actual, ind.unit)}，完成率${formatPercent(e.completion)}，应完成${formatPercent(e.expected)}。`}
          height={TREND_HEIGHT}
          legend={[
            { label: '累计完成', colour: palette.actual, shape: 'line' },
            { label: '本月增量', colour: palette.increment },
            { label: '序时进度线（年度目标×序时进度）', colour: palette.timeLine, shape: 'dash' },
            { label: '按当前进度预计', colour: palette.actual, shape: 'dash' },
            { label: '阶段性目标', colour: palette.target, shape: 'dot' },
            { label: '已报送待审核（空心点）', colour: palette.status.behind, shape: 'ring' },
          ]}
          testId="trend-chart"
        >
          <CumulativeChart data={data} unit={ind.unit} palette={palette} />
        </ChartFrame>
      </Card>
    );
  }
  const rank = ind.kind === 'rank';
  const target = rank ? ind.targetRank : ind.annualTarget;
  const data = view.months.map((m) => ({ month: m.month, value: m.actual, pending: m.pending }));
  return (
    <Card className="p-4">
      <ChartFrame
        title={rank ? '全市排名走势' : '数值走势与目标'}
        summary={
          rank
            ? `目标全市前${ind.targetRank ?? '—'}，本期${formatRank(e.actual)}。`
            : `目标${formatValue(target, ind.unit)}，本期${formatValue(e.actual, ind.unit)}。`
        }
        height={TREND_HEIGHT}
        legend={[
          { label: rank ? '全市排名（第1名在上）' : '本期数值', colour: palette.actual, shape: 'line' },
          { label: rank ? '目标名次' : '年度目标', colour: palette.target, shape: 'dash' },
          { label: '已报送待审核（空心点）', colour: palette.status.behind, shape: 'ring' },
        ]}
        testId="trend-chart"
      >
        <LineTargetChart
          data={data}
          unit={ind.unit}
          target={target}
          targetLabel={rank ? '目标名次' : '年度目标'}
          valueLabel={rank ? '全市排名' : '数值'}
          palette={palette}
          mode={rank ? 'rank' : 'value'}
        />
      </ChartFrame>
    </Card>
  );
}
