import { ChartFrame } from '@/components/charts/chart-frame';
import { CumulativeChart, LineTargetChart } from '@/components/charts/lazy';
import { chartPalette, type ChartPalette, type ColourScheme } from '@/components/charts/palette';
import { Card } from '@/components/ui/card';
import type { TrendView } from '@/lib/views/indicator-trend';

export const TREND_HEIGHT = 340;

const PENDING_LEGEND = (palette: ChartPalette) => ({
  label: '已报送待审核（空心点）',
  colour: palette.status.behind,
  shape: 'ring' as const,
});

/** The indicator over the year: cumulative against its 序时 line (or 控制线) and phased targets, or level/rank against the target. */
export function TrendPanel({ scheme, view }: { scheme: ColourScheme; view: TrendView }) {
  const palette = chartPalette(scheme);
  const l = view.labels;
  if (view.chart === 'cumulative') {
    return (
      <Card className="p-4">
        <ChartFrame
          title={view.title}
          summary={view.summary}
          height={TREND_HEIGHT}
          legend={[
            { label: l.actual, colour: palette.actual, shape: 'line' },
            { label: '本月增量', colour: palette.increment },
            { label: l.reference, colour: palette.timeLine, shape: 'dash' },
            { label: l.projection, colour: palette.actual, shape: 'dash' },
            ...(view.hasPhased ? [{ label: l.phased, colour: palette.target, shape: 'dot' as const }] : []),
            ...(view.hasPending ? [PENDING_LEGEND(palette)] : []),
          ]}
          testId="trend-chart"
        >
          <CumulativeChart data={view.points} unit={view.unit} labels={l} palette={palette} />
        </ChartFrame>
      </Card>
    );
  }
  const rank = view.chart === 'rank';
  return (
    <Card className="p-4">
      <ChartFrame
        title={view.title}
        summary={view.summary}
        height={TREND_HEIGHT}
        legend={[
          { label: rank ? '全市排名（第1名在上）' : '本期数值', colour: palette.actual, shape: 'line' },
          { label: l.reference, colour: palette.target, shape: 'dash' },
          ...(view.hasPending ? [PENDING_LEGEND(palette)] : []),
        ]}
        testId="trend-chart"
      >
        <LineTargetChart
          data={view.points.map((m) => ({ month: m.month, value: m.actual, pending: m.pending }))}
          unit={view.unit}
          target={view.target}
          targetLabel={l.reference}
          valueLabel={l.actual}
          palette={palette}
          mode={rank ? 'rank' : 'value'}
        />
      </ChartFrame>
    </Card>
  );
}
